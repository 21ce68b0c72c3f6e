"""Asks the sandbox's simulator for cells through boto3's simulate_principal_policy, independently of sts-mfa.

Reads {"cells": [{"arn", "userName", "action", "resource", "way"}]} on stdin; prints the EvalDecision of each.
The context entries are AWS's for each way of signing, written out here by hand.
"""
import json, sys

import boto3

CONTEXT = {
    'longTermKey': [],
    'noMfaSession': [('aws:MultiFactorAuthPresent', 'boolean', 'false')],
    'freshMfaSession': [('aws:MultiFactorAuthPresent', 'boolean', 'true'), ('aws:MultiFactorAuthAge', 'numeric', '0')],
    'oldMfaSession': [('aws:MultiFactorAuthPresent', 'boolean', 'true'), ('aws:MultiFactorAuthAge', 'numeric', '7200')],
}

iam = boto3.client('iam')
answers = []
for cell in json.load(sys.stdin)['cells']:
    entries = CONTEXT[cell['way']] + [('aws:username', 'string', cell['userName'])]
    request = {
        'PolicySourceArn': cell['arn'],
        'ActionNames': [cell['action']],
        'ContextEntries': [{'ContextKeyName': k, 'ContextKeyType': t, 'ContextKeyValues': [v]} for k, t, v in entries],
    }
    if cell['resource'] != '*':
        request['ResourceArns'] = [cell['resource']]
    result = iam.simulate_principal_policy(**request)['EvaluationResults'][0]
    answers.append(result['EvalDecision'])
json.dump(answers, sys.stdout)
