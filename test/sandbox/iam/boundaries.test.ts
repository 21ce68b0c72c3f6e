import {describe, expect, it} from 'vitest';
import {evaluateGrant, requestContext} from '../../../source/sandbox/policy/index.js';
import type {Principal} from '../../../source/sandbox/types.js';
import {expectAwsError, harness, type Harness} from '../store/harness.js';
import {allow, assumingCaller, deny, policyArn, roleArn, TRUST_ACCOUNT, userArn} from './policy-fixtures.js';

/** What the router decides for `action` by `who` (identity, boundary and session policies). */
function decide(h: Harness, who: Principal, action: string): string {
	return evaluateGrant(h.store.permissionsOf(who, h.now()), {
		action,
		resource: '*',
		context: requestContext(who, {now: h.now(), sourceIp: '', secureTransport: false}),
	}).decision;
}

async function boundedUser(h: Harness) {
	await h.call('iam', 'CreatePolicy', {PolicyName: 'boundary', PolicyDocument: allow(['s3:*', 'iam:GetUser'])});
	await h.call('iam', 'CreateUser', {UserName: 'dev', PermissionsBoundary: policyArn('boundary')});
	await h.call('iam', 'PutUserPolicy', {UserName: 'dev', PolicyName: 'wide', PolicyDocument: allow(['s3:*', 'iam:*'])});
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'dev'})).body.AccessKey;
	return h.principalOf(key.AccessKeyId);
}

describe('permissions boundaries', () => {
	it('are recorded at CreateUser and shown by GetUser; an action needs both the identity policy and the boundary', async () => {
		const h = harness();
		const dev = await boundedUser(h);
		expect((await h.call('iam', 'GetUser', {UserName: 'dev'})).body.User.PermissionsBoundary).toEqual({
			PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
			PermissionsBoundaryArn: policyArn('boundary'),
		});
		expect(decide(h, dev, 's3:ListAllMyBuckets')).toBe('allow');
		expect(decide(h, dev, 'iam:GetUser')).toBe('allow');
		expect(decide(h, dev, 'iam:CreateUser')).toBe('implicitDeny');
		expect(decide(h, dev, 'sts:GetCallerIdentity')).toBe('implicitDeny');
		expect((await h.call('iam', 'GetPolicy', {PolicyArn: policyArn('boundary')})).body.Policy).toMatchObject({
			AttachmentCount: 0,
			PermissionsBoundaryUsageCount: 1,
		});
		expectAwsError(await h.failure('iam', 'DeletePolicy', {PolicyArn: policyArn('boundary')}), 'DeleteConflict', 409);
		await h.call('iam', 'DeleteUserPermissionsBoundary', {UserName: 'dev'});
		expect(decide(h, dev, 'iam:CreateUser')).toBe('allow');
		expect((await h.call('iam', 'GetUser', {UserName: 'dev'})).body.User.PermissionsBoundary).toBeUndefined();
		expectAwsError(await h.failure('iam', 'DeleteUserPermissionsBoundary', {UserName: 'dev'}), 'NoSuchEntity', 404);
	});

	it('lets an explicit Deny in the boundary deny, and refuses a boundary that does not exist', async () => {
		const h = harness();
		const dev = await boundedUser(h);
		await h.call('iam', 'CreatePolicy', {PolicyName: 'no-s3', PolicyDocument: deny('s3:*')});
		await h.call('iam', 'PutUserPermissionsBoundary', {UserName: 'dev', PermissionsBoundary: policyArn('no-s3')});
		expect(decide(h, dev, 's3:ListAllMyBuckets')).toBe('explicitDeny');
		expectAwsError(
			await h.failure('iam', 'PutUserPermissionsBoundary', {UserName: 'dev', PermissionsBoundary: policyArn('none')}),
			'NoSuchEntity',
			404,
			`Policy ${policyArn('none')} does not exist or is not attachable.`,
		);
		expectAwsError(
			await h.failure('iam', 'CreateUser', {UserName: 'other', PermissionsBoundary: policyArn('none')}),
			'NoSuchEntity',
			404,
		);
		expectAwsError(await h.failure('iam', 'GetUser', {UserName: 'other'}), 'NoSuchEntity', 404);
	});

	it("bounds a role's sessions, and appears in GetRole and ListEntitiesForPolicy", async () => {
		const h = harness();
		await h.call('iam', 'CreatePolicy', {PolicyName: 'read-only', PolicyDocument: allow('s3:List*')});
		await h.call('iam', 'CreateRole', {
			RoleName: 'ops',
			AssumeRolePolicyDocument: TRUST_ACCOUNT,
			PermissionsBoundary: policyArn('read-only'),
		});
		await h.call('iam', 'PutRolePolicy', {RoleName: 'ops', PolicyName: 'all', PolicyDocument: allow('s3:*')});
		expect((await h.call('iam', 'GetRole', {RoleName: 'ops'})).body.Role.PermissionsBoundary).toEqual({
			PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
			PermissionsBoundaryArn: policyArn('read-only'),
		});
		const caller = await assumingCaller(h);
		const assumed = await h.call(
			'sts',
			'AssumeRole',
			{RoleArn: roleArn('ops'), RoleSessionName: 'ops-session'},
			caller,
		);
		const session = h.sessionOf(assumed.body.Credentials);
		expect(decide(h, session, 's3:ListAllMyBuckets')).toBe('allow');
		expect(decide(h, session, 's3:CreateBucket')).toBe('implicitDeny');
		const boundedBy = await h.call('iam', 'ListEntitiesForPolicy', {
			PolicyArn: policyArn('read-only'),
			PolicyUsageFilter: 'PermissionsBoundary',
		});
		expect(boundedBy.body.PolicyRoles).toEqual([{RoleName: 'ops', RoleId: expect.stringMatching(/^AROA/)}]);
		const attachedTo = await h.call('iam', 'ListEntitiesForPolicy', {
			PolicyArn: policyArn('read-only'),
			PolicyUsageFilter: 'PermissionsPolicy',
		});
		expect(attachedTo.body.PolicyRoles).toEqual([]);
		await h.call('iam', 'DeleteRolePermissionsBoundary', {RoleName: 'ops'});
		expect(decide(h, session, 's3:CreateBucket')).toBe('allow');
		await h.call('iam', 'PutRolePermissionsBoundary', {RoleName: 'ops', PermissionsBoundary: policyArn('read-only')});
		expect(decide(h, session, 's3:CreateBucket')).toBe('implicitDeny');
	});

	it('take part in SimulatePrincipalPolicy, and PermissionsBoundaryPolicyInputList replaces the entity boundary', async () => {
		const h = harness();
		await boundedUser(h);
		const simulate = async (extra: Record<string, string> = {}) =>
			(
				await h.call('iam', 'SimulatePrincipalPolicy', {
					PolicySourceArn: userArn('dev'),
					'ActionNames.member.1': 'iam:GetUser',
					'ActionNames.member.2': 'iam:CreateUser',
					...extra,
				})
			).body.EvaluationResults.map((result: Record<string, any>) => [
				result.EvalDecision,
				result.PermissionsBoundaryDecisionDetail,
			]);
		expect(await simulate()).toEqual([
			['allowed', {AllowedByPermissionsBoundary: true}],
			['implicitDeny', {AllowedByPermissionsBoundary: false}],
		]);
		expect(await simulate({'PermissionsBoundaryPolicyInputList.member.1': allow('iam:CreateUser')})).toEqual([
			['implicitDeny', {AllowedByPermissionsBoundary: false}],
			['allowed', {AllowedByPermissionsBoundary: true}],
		]);
		const custom = await h.call('iam', 'SimulateCustomPolicy', {
			'PolicyInputList.member.1': allow('*'),
			'PermissionsBoundaryPolicyInputList.member.1': deny('iam:*'),
			'ActionNames.member.1': 'iam:GetUser',
		});
		expect(custom.body.EvaluationResults[0]).toMatchObject({
			EvalDecision: 'explicitDeny',
			MatchedStatements: [{SourcePolicyId: 'PermissionsBoundaryPolicyInputList.1', SourcePolicyType: 'none'}],
			PermissionsBoundaryDecisionDetail: {AllowedByPermissionsBoundary: false},
		});
	});
});
