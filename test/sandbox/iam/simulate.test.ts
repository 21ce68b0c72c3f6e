import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

const POLICY = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: '*',
			Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
		},
		{Effect: 'Allow', Action: 'iam:GetUser', Resource: '*'},
		{Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*'},
	],
});

const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/sim`;

describe('IAM SimulatePrincipalPolicy', () => {
	it("evaluates each action against the user's policies and the given context", async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'sim'});
		await h.call('iam', 'PutUserPolicy', {UserName: 'sim', PolicyName: 'p', PolicyDocument: POLICY});
		const simulate = async (extra: Record<string, string> = {}) => {
			const params = {
				PolicySourceArn: USER_ARN,
				'ActionNames.member.1': 's3:ListAllMyBuckets',
				'ActionNames.member.2': 'iam:GetUser',
				'ActionNames.member.3': 'iam:DeleteUser',
				'ActionNames.member.4': 'iam:CreateUser',
				...extra,
			};
			const results = (await h.call('iam', 'SimulatePrincipalPolicy', params)).body.EvaluationResults;
			return Object.fromEntries(
				results.map((result: {EvalActionName: string; EvalDecision: string}) => [
					result.EvalActionName,
					result.EvalDecision,
				]),
			);
		};
		expect(await simulate()).toEqual({
			's3:ListAllMyBuckets': 'implicitDeny',
			'iam:GetUser': 'allowed',
			'iam:DeleteUser': 'explicitDeny',
			'iam:CreateUser': 'implicitDeny',
		});
		const withMfa = await simulate({
			'ContextEntries.member.1.ContextKeyName': 'aws:MultiFactorAuthPresent',
			'ContextEntries.member.1.ContextKeyValues.member.1': 'true',
			'ContextEntries.member.1.ContextKeyType': 'boolean',
		});
		expect(withMfa['s3:ListAllMyBuckets']).toBe('allowed');
	});

	it('judges each requested resource ARN, so a policy on arn:aws:s3:::* is found in force', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'sim'});
		const onBuckets = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::*'}],
		});
		await h.call('iam', 'PutUserPolicy', {UserName: 'sim', PolicyName: 'p', PolicyDocument: onBuckets});
		const results = (
			await h.call('iam', 'SimulatePrincipalPolicy', {
				PolicySourceArn: USER_ARN,
				'ActionNames.member.1': 's3:ListAllMyBuckets',
				'ResourceArns.member.1': 'arn:aws:s3:::*',
				'ResourceArns.member.2': 'arn:aws:iam::123456789012:user/other',
			})
		).body.EvaluationResults;
		expect(
			results.map((result: {EvalResourceName: string; EvalDecision: string}) => [
				result.EvalResourceName,
				result.EvalDecision,
			]),
		).toEqual([
			['arn:aws:s3:::*', 'allowed'],
			['arn:aws:iam::123456789012:user/other', 'implicitDeny'],
		]);
	});

	it('sees the policies as authorization does, after the propagation delay', async () => {
		const h = harness({propagationDelayMs: 3_000});
		await h.call('iam', 'CreateUser', {UserName: 'sim'});
		await h.call('iam', 'PutUserPolicy', {UserName: 'sim', PolicyName: 'p', PolicyDocument: POLICY});
		const decision = async () =>
			(
				await h.call('iam', 'SimulatePrincipalPolicy', {
					PolicySourceArn: USER_ARN,
					'ActionNames.member.1': 'iam:GetUser',
				})
			).body.EvaluationResults[0].EvalDecision;
		expect(await decision()).toBe('implicitDeny');
		h.advance(3_000);
		expect(await decision()).toBe('allowed');
	});

	it('answers NoSuchEntity for an unknown principal and ValidationError without actions', async () => {
		const h = harness();
		expectAwsError(
			await h.failure('iam', 'SimulatePrincipalPolicy', {
				PolicySourceArn: USER_ARN,
				'ActionNames.member.1': 'iam:GetUser',
			}),
			'NoSuchEntity',
			404,
		);
		expectAwsError(
			await h.failure('iam', 'SimulatePrincipalPolicy', {PolicySourceArn: USER_ARN}),
			'ValidationError',
			400,
		);
		await h.call('iam', 'CreateUser', {UserName: 'sim'});
		expectAwsError(
			await h.failure('iam', 'SimulatePrincipalPolicy', {
				PolicySourceArn: USER_ARN,
				'ActionNames.member.1': 'iam:GetUser',
				'ContextEntries.member.1.ContextKeyName': 'aws:MultiFactorAuthPresent',
				'ContextEntries.member.1.ContextKeyValues.member.1': 'maybe',
				'ContextEntries.member.1.ContextKeyType': 'boolean',
			}),
			'InvalidInput',
			400,
		);
	});
});
