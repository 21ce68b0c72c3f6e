import {describe, expect, it} from 'vitest';
import {harness} from '../store/harness.js';
import {allow, userArn, WITH_MFA} from './policy-fixtures.js';

const MFA_POLICY = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*', Condition: WITH_MFA},
		{
			Effect: 'Allow',
			Action: 'iam:GetUser',
			Resource: '*',
			Condition: {StringEquals: {'aws:RequestedRegion': 'eu-west-1'}},
		},
	],
});

const MFA_CONTEXT = {
	'ContextEntries.member.1.ContextKeyName': 'aws:MultiFactorAuthPresent',
	'ContextEntries.member.1.ContextKeyType': 'boolean',
	'ContextEntries.member.1.ContextKeyValues.member.1': 'true',
};

describe("the simulator's MissingContextValues", () => {
	it('names the condition keys of the statements about the action that the request did not supply', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'sim'});
		await h.call('iam', 'PutUserPolicy', {UserName: 'sim', PolicyName: 'mfa', PolicyDocument: MFA_POLICY});
		const simulate = async (extra: Record<string, string> = {}) =>
			(
				await h.call('iam', 'SimulatePrincipalPolicy', {
					PolicySourceArn: userArn('sim'),
					'ActionNames.member.1': 's3:ListAllMyBuckets',
					'ActionNames.member.2': 'iam:CreateUser',
					...extra,
				})
			).body.EvaluationResults.map((result: Record<string, any>) => [result.EvalDecision, result.MissingContextValues]);
		expect(await simulate()).toEqual([
			['implicitDeny', ['aws:MultiFactorAuthPresent']],
			['implicitDeny', []],
		]);
		expect(await simulate(MFA_CONTEXT)).toEqual([
			['allowed', []],
			['implicitDeny', []],
		]);
	});

	it('puts them under ResourceSpecificResults when resources are named', async () => {
		const h = harness();
		const result = (
			await h.call('iam', 'SimulateCustomPolicy', {
				'PolicyInputList.member.1': allow('s3:GetObject', 'arn:aws:s3:::b/*', WITH_MFA),
				'ActionNames.member.1': 's3:GetObject',
				'ResourceArns.member.1': 'arn:aws:s3:::b/key',
			})
		).body.EvaluationResults[0];
		expect(result.MissingContextValues).toEqual([]);
		expect(result.ResourceSpecificResults).toEqual([
			{
				EvalResourceName: 'arn:aws:s3:::b/key',
				EvalResourceDecision: 'implicitDeny',
				MatchedStatements: [],
				MissingContextValues: ['aws:MultiFactorAuthPresent'],
			},
		]);
	});
});
