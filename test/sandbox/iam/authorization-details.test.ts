import {describe, expect, it} from 'vitest';
import {SandboxStore} from '../../../source/sandbox/store/index.js';
import {ACCOUNT, expectAwsError, harness, type Harness, userWithMfa} from '../store/harness.js';
import {allow, policyArn, TRUST_ACCOUNT} from './policy-fixtures.js';

/** An account an auditor would read: a group with a member, a bounded role, a policy with two versions. */
async function account(h: Harness) {
	await h.call('iam', 'CreatePolicy', {PolicyName: 'boundary', PolicyDocument: allow('s3:*')});
	await h.call('iam', 'CreatePolicyVersion', {
		PolicyArn: policyArn('boundary'),
		PolicyDocument: allow('s3:List*'),
		SetAsDefault: 'true',
	});
	await h.call('iam', 'CreateGroup', {GroupName: 'admins'});
	await h.call('iam', 'PutGroupPolicy', {GroupName: 'admins', PolicyName: 'all-and-more', PolicyDocument: allow('*')});
	await h.call('iam', 'AttachGroupPolicy', {GroupName: 'admins', PolicyArn: policyArn('boundary')});
	await userWithMfa(h, 'alice');
	await h.call('iam', 'AddUserToGroup', {GroupName: 'admins', UserName: 'alice'});
	await h.call('iam', 'PutUserPolicy', {UserName: 'alice', PolicyName: 'own', PolicyDocument: allow('iam:GetUser')});
	await h.call('iam', 'CreateAccessKey', {UserName: 'alice'});
	await h.call('iam', 'CreateUser', {UserName: 'bob', PermissionsBoundary: policyArn('boundary')});
	await h.call('iam', 'CreateRole', {
		RoleName: 'ops',
		AssumeRolePolicyDocument: TRUST_ACCOUNT,
		PermissionsBoundary: policyArn('boundary'),
	});
}

describe('GetAccountAuthorizationDetails', () => {
	it('lists users, groups, roles and policies with their documents URL-encoded', async () => {
		const h = harness();
		await account(h);
		const details = (await h.call('iam', 'GetAccountAuthorizationDetails')).body;
		expect(details.IsTruncated).toBe(false);
		const alice = details.UserDetailList.find((user: {UserName: string}) => user.UserName === 'alice');
		expect(alice).toMatchObject({
			GroupList: ['admins'],
			UserPolicyList: [{PolicyName: 'own', PolicyDocument: encodeURIComponent(allow('iam:GetUser'))}],
			AttachedManagedPolicies: [],
		});
		const bob = details.UserDetailList.find((user: {UserName: string}) => user.UserName === 'bob');
		expect(bob.PermissionsBoundary.PermissionsBoundaryArn).toBe(policyArn('boundary'));
		expect(details.GroupDetailList).toEqual([
			expect.objectContaining({
				GroupName: 'admins',
				GroupPolicyList: [{PolicyName: 'all-and-more', PolicyDocument: encodeURIComponent(allow('*'))}],
				AttachedManagedPolicies: [{PolicyName: 'boundary', PolicyArn: policyArn('boundary')}],
			}),
		]);
		expect(details.RoleDetailList).toEqual([
			expect.objectContaining({
				RoleName: 'ops',
				AssumeRolePolicyDocument: encodeURIComponent(TRUST_ACCOUNT),
				InstanceProfileList: [],
				RolePolicyList: [],
				PermissionsBoundary: {
					PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
					PermissionsBoundaryArn: policyArn('boundary'),
				},
			}),
		]);
		expect(details.Policies).toEqual([
			expect.objectContaining({
				PolicyName: 'boundary',
				DefaultVersionId: 'v2',
				AttachmentCount: 1,
				PermissionsBoundaryUsageCount: 2,
				PolicyVersionList: [
					expect.objectContaining({
						VersionId: 'v2',
						IsDefaultVersion: true,
						Document: encodeURIComponent(allow('s3:List*')),
					}),
					expect.objectContaining({
						VersionId: 'v1',
						IsDefaultVersion: false,
						Document: encodeURIComponent(allow('s3:*')),
					}),
				],
			}),
		]);
	});

	it('filters by entity type and pages across the kinds with Marker', async () => {
		const h = harness();
		await account(h);
		const roles = (await h.call('iam', 'GetAccountAuthorizationDetails', {'Filter.member.1': 'Role'})).body;
		expect([roles.UserDetailList, roles.GroupDetailList, roles.RoleDetailList.length, roles.Policies]).toEqual([
			[],
			[],
			1,
			[],
		]);
		const names: string[] = [];
		let marker: string | undefined;
		for (let pages = 0; pages < 10; pages++) {
			const page = (
				await h.call('iam', 'GetAccountAuthorizationDetails', {MaxItems: '2', ...(marker ? {Marker: marker} : {})})
			).body;
			names.push(
				...page.UserDetailList.map((user: {UserName: string}) => `user ${user.UserName}`),
				...page.GroupDetailList.map((group: {GroupName: string}) => `group ${group.GroupName}`),
				...page.RoleDetailList.map((role: {RoleName: string}) => `role ${role.RoleName}`),
				...page.Policies.map((policy: {PolicyName: string}) => `policy ${policy.PolicyName}`),
			);
			marker = page.Marker;
			if (!page.IsTruncated) break;
		}
		expect(names).toEqual(['user alice', 'user bob', 'group admins', 'role ops', 'policy boundary']);
		expectAwsError(
			await h.failure('iam', 'GetAccountAuthorizationDetails', {'Filter.member.1': 'Users'}),
			'ValidationError',
			400,
		);
	});
});

describe('the credential report', () => {
	it('is not present until generated, then has AWS columns with N/A and not_supported where AWS writes them', async () => {
		const h = harness();
		await account(h);
		expectAwsError(await h.failure('iam', 'GetCredentialReport'), 'ReportNotPresent', 410);
		expect((await h.call('iam', 'GenerateCredentialReport')).body.State).toBe('STARTED');
		expect((await h.call('iam', 'GenerateCredentialReport')).body.State).toBe('COMPLETE');
		const report = (await h.call('iam', 'GetCredentialReport')).body;
		expect(report.ReportFormat).toBe('text/csv');
		const [header = '', ...lines] = Buffer.from(report.Content, 'base64').toString('utf8').split('\n');
		const columns = header.split(',');
		expect(columns.slice(0, 10)).toEqual([
			'user',
			'arn',
			'user_creation_time',
			'password_enabled',
			'password_last_used',
			'password_last_changed',
			'password_next_rotation',
			'mfa_active',
			'access_key_1_active',
			'access_key_1_last_rotated',
		]);
		expect(columns).toHaveLength(22);
		const rows = lines.map((line) =>
			Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])),
		);
		expect(rows.map((row) => row.user)).toEqual(['<root_account>', 'alice', 'bob']);
		expect(rows[0]).toMatchObject({
			arn: `arn:aws:iam::${ACCOUNT}:root`,
			password_enabled: 'not_supported',
			mfa_active: 'false',
		});
		expect(rows[1]).toMatchObject({
			mfa_active: 'true',
			password_enabled: 'false',
			password_last_used: 'N/A',
			access_key_1_active: 'true',
			access_key_1_last_rotated: '2026-01-15T12:00:30+00:00',
			access_key_1_last_used_date: 'N/A',
			access_key_2_active: 'false',
			access_key_2_last_rotated: 'N/A',
		});
		expect(rows[2]).toMatchObject({mfa_active: 'false', access_key_1_active: 'false'});
		h.advance(4 * 60 * 60 * 1000);
		expectAwsError(await h.failure('iam', 'GetCredentialReport'), 'ReportExpired', 410);
	});
});

describe('the state file', () => {
	it('keeps groups, memberships, boundaries and policy versions across a restart', async () => {
		const h = harness();
		await account(h);
		const restored = SandboxStore.fromJSON(JSON.parse(JSON.stringify(h.store.toJSON())));
		expect(restored.groups.groupsOf('alice').map((group) => group.groupName)).toEqual(['admins']);
		expect(restored.users.get('bob').permissionsBoundary).toBe(policyArn('boundary'));
		expect(restored.roles.get('ops').permissionsBoundary).toBe(policyArn('boundary'));
		const policy = restored.managedPolicies.get(policyArn('boundary'));
		expect([policy.defaultVersionId, policy.versions.map((version) => version.versionId)]).toEqual([
			'v2',
			['v1', 'v2'],
		]);
	});
});
