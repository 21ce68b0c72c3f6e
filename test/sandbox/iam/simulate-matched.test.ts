import {SimulateCustomPolicyCommand} from '@aws-sdk/client-iam';
import {describe, expect, it} from 'vitest';
import {startSandbox} from '../../../source/sandbox/index.js';
import {clientsFor} from '../e2e/clients.js';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

/** Two statements on known lines: the Allow's brace opens on line 4, the Deny's on line 9. */
const TWO_STATEMENTS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:*",
      "Resource": "*"
    },
    {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
  ]
}`;
const TRUST = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Principal: {AWS: ACCOUNT}, Action: 'sts:AssumeRole'}],
});

const custom = (actions: string[], policies = [TWO_STATEMENTS]) => ({
	...Object.fromEntries(policies.map((text, index) => [`PolicyInputList.member.${index + 1}`, text])),
	...Object.fromEntries(actions.map((action, index) => [`ActionNames.member.${index + 1}`, action])),
});

describe('SimulateCustomPolicy', () => {
	it('names the statements that decided, with their policy and place in its text', async () => {
		const h = harness();
		const {EvaluationResults: results} = (
			await h.call('iam', 'SimulateCustomPolicy', custom(['s3:ListAllMyBuckets', 's3:DeleteBucket', 'iam:ListUsers']))
		).body;
		expect(results.map((result: any) => result.EvalDecision)).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
		expect(results[0].MatchedStatements).toEqual([
			{
				SourcePolicyId: 'PolicyInputList.1',
				SourcePolicyType: 'none',
				StartPosition: {Line: 4, Column: 5},
				EndPosition: {Line: 8, Column: 6},
			},
		]);
		expect(results[1].MatchedStatements).toEqual([
			{
				SourcePolicyId: 'PolicyInputList.1',
				SourcePolicyType: 'none',
				StartPosition: {Line: 9, Column: 5},
				EndPosition: {Line: 9, Column: 69},
			},
		]);
		expect(results[2].MatchedStatements).toEqual([]);
	});

	it('refuses a malformed policy and a request without policies', async () => {
		const h = harness();
		expectAwsError(
			await h.failure('iam', 'SimulateCustomPolicy', custom(['s3:*'], ['{"Statement": 1'])),
			'MalformedPolicyDocument',
			400,
		);
		expectAwsError(await h.failure('iam', 'SimulateCustomPolicy', custom(['s3:*'], [])), 'ValidationError', 400);
	});

	it('comes through the AWS SDK with its positions', async () => {
		const sandbox = await startSandbox();
		try {
			const {iam} = clientsFor(sandbox, sandbox.credentials);
			const {EvaluationResults} = await iam.send(
				new SimulateCustomPolicyCommand({PolicyInputList: [TWO_STATEMENTS], ActionNames: ['s3:DeleteBucket']}),
			);
			expect(EvaluationResults?.[0]?.MatchedStatements?.[0]).toEqual({
				SourcePolicyId: 'PolicyInputList.1',
				SourcePolicyType: 'none',
				StartPosition: {Line: 9, Column: 5},
				EndPosition: {Line: 9, Column: 69},
			});
		} finally {
			await sandbox.stop();
		}
	});
});

describe('SimulatePrincipalPolicy for roles and managed policies', () => {
	it("evaluates a role's inline and attached policies and names their sources", async () => {
		const h = harness();
		const role = (await h.call('iam', 'CreateRole', {RoleName: 'reader', AssumeRolePolicyDocument: TRUST})).body.Role;
		const managed = (
			await h.call('iam', 'CreatePolicy', {
				PolicyName: 'list',
				PolicyDocument: JSON.stringify({
					Version: '2012-10-17',
					Statement: {Effect: 'Allow', Action: 's3:List*', Resource: '*'},
				}),
			})
		).body.Policy;
		await h.call('iam', 'AttachRolePolicy', {RoleName: 'reader', PolicyArn: managed.Arn});
		await h.call('iam', 'PutRolePolicy', {RoleName: 'reader', PolicyName: 'inline', PolicyDocument: TWO_STATEMENTS});
		const simulate = async (action: string) =>
			(
				await h.call('iam', 'SimulatePrincipalPolicy', {
					PolicySourceArn: role.Arn,
					'ActionNames.member.1': action,
				})
			).body.EvaluationResults[0];
		const listing = await simulate('s3:ListAllMyBuckets');
		expect(listing.EvalDecision).toBe('allowed');
		expect(
			listing.MatchedStatements.map((statement: any) => [statement.SourcePolicyId, statement.SourcePolicyType]),
		).toEqual([
			['inline', 'role'],
			['list', 'user-managed'],
		]);
		expect((await simulate('s3:DeleteBucket')).EvalDecision).toBe('explicitDeny');
		expectAwsError(
			await h.failure('iam', 'SimulatePrincipalPolicy', {
				PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/none`,
				'ActionNames.member.1': 's3:*',
			}),
			'NoSuchEntity',
			404,
			`The role with ARN arn:aws:iam::${ACCOUNT}:role/none cannot be found.`,
		);
	});

	it("includes a user's attached managed policies", async () => {
		const h = harness();
		const user = (await h.call('iam', 'CreateUser', {UserName: 'alice'})).body.User;
		const managed = (await h.call('iam', 'CreatePolicy', {PolicyName: 'all', PolicyDocument: TWO_STATEMENTS})).body
			.Policy;
		await h.call('iam', 'AttachUserPolicy', {UserName: 'alice', PolicyArn: managed.Arn});
		const result = (
			await h.call('iam', 'SimulatePrincipalPolicy', {
				PolicySourceArn: user.Arn,
				'ActionNames.member.1': 's3:ListAllMyBuckets',
			})
		).body.EvaluationResults[0];
		expect(result).toMatchObject({
			EvalDecision: 'allowed',
			MatchedStatements: [{SourcePolicyId: 'all', SourcePolicyType: 'user-managed'}],
		});
	});
});
