"""The sandbox's SimulatePrincipalPolicy and SimulateCustomPolicy answers as boto3 parses them, checked
against botocore's own model of SimulatePolicyResponse: what sts-mfa's explanation of a denial reads
(EvalDecision, MatchedStatements with SourcePolicyId, SourcePolicyType, StartPosition/EndPosition).

Reads STS_MFA_ENDPOINT, STS_MFA_ACCESS_KEY_ID, STS_MFA_SECRET_ACCESS_KEY, and STS_MFA_POLICIES: a JSON
object of policy name -> policy document. Puts each on a user of its own, asks the simulator about
s3:ListAllMyBuckets with aws:MultiFactorAuthPresent absent, false and true, and each document again as a
custom policy; prints one JSON object of the answers and exits 0 when every answer matched the model.
"""
import json
import os
import uuid

import boto3
from botocore.config import Config

from botocore_shapes import checked as checked_by_model

ENDPOINT = os.environ["STS_MFA_ENDPOINT"]
ADMIN = {
    "aws_access_key_id": os.environ["STS_MFA_ACCESS_KEY_ID"],
    "aws_secret_access_key": os.environ["STS_MFA_SECRET_ACCESS_KEY"],
}
CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"})
IAM = boto3.client("iam", endpoint_url=ENDPOINT, region_name="us-east-1", config=CONFIG, **ADMIN)
CONTEXTS = {
    "absent": [],
    "false": [{"ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyType": "boolean", "ContextKeyValues": ["false"]}],
    "true": [{"ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyType": "boolean", "ContextKeyValues": ["true"]}],
}


def checked(operation, answer):
    [result] = checked_by_model(IAM, operation, answer)["EvaluationResults"]
    return {"decision": result["EvalDecision"], "matched": result.get("MatchedStatements", [])}


def main():
    policies = json.loads(os.environ["STS_MFA_POLICIES"])
    answers = {}
    for name, document in policies.items():
        user = f"simulate-{uuid.uuid4().hex[:8]}"
        arn = IAM.create_user(UserName=user, Path="/sts-mfa/")["User"]["Arn"]
        IAM.put_user_policy(UserName=user, PolicyName=name, PolicyDocument=document)
        principal = {
            key: checked("SimulatePrincipalPolicy", IAM.simulate_principal_policy(
                PolicySourceArn=arn, ActionNames=["s3:ListAllMyBuckets"], ResourceArns=["arn:aws:s3:::*"],
                ContextEntries=entries))
            for key, entries in CONTEXTS.items()
        }
        custom = checked("SimulateCustomPolicy", IAM.simulate_custom_policy(
            PolicyInputList=[document], ActionNames=["s3:ListAllMyBuckets"], ResourceArns=["arn:aws:s3:::*"]))
        answers[name] = {"principal": principal, "custom": custom}
        IAM.delete_user_policy(UserName=user, PolicyName=name)
        IAM.delete_user(UserName=user)
    print(json.dumps(answers))


if __name__ == "__main__":
    main()
