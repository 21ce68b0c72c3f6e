import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

const DOCUMENT = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::*'}],
});
const TRUST = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Principal: {AWS: ACCOUNT}, Action: 'sts:AssumeRole'}],
});

async function withPolicy(name = 'list-buckets', path = '/') {
	const h = harness();
	const created = await h.call('iam', 'CreatePolicy', {
		PolicyName: name,
		Path: path,
		PolicyDocument: DOCUMENT,
		Description: 'd',
	});
	return {h, arn: created.body.Policy.Arn as string, created};
}

describe('managed policies', () => {
	it('creates version v1 as the default, and GetPolicy and GetPolicyVersion return it', async () => {
		const {h, arn, created} = await withPolicy('list-buckets', '/demo/');
		expect(arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/demo/list-buckets`);
		expect(created.body.Policy).toEqual({
			PolicyName: 'list-buckets',
			PolicyId: expect.stringMatching(/^ANPA[A-Z0-9]{17}$/),
			Arn: arn,
			Path: '/demo/',
			DefaultVersionId: 'v1',
			AttachmentCount: 0,
			PermissionsBoundaryUsageCount: 0,
			IsAttachable: true,
			CreateDate: '2026-01-15T12:00:00Z',
			UpdateDate: '2026-01-15T12:00:00Z',
		});
		expect((await h.call('iam', 'GetPolicy', {PolicyArn: arn})).body.Policy).toEqual({
			...created.body.Policy,
			Description: 'd',
		});
		expect((await h.call('iam', 'GetPolicyVersion', {PolicyArn: arn, VersionId: 'v1'})).body.PolicyVersion).toEqual({
			Document: encodeURIComponent(DOCUMENT),
			VersionId: 'v1',
			IsDefaultVersion: true,
			CreateDate: '2026-01-15T12:00:00Z',
		});
		expectAwsError(await h.failure('iam', 'GetPolicyVersion', {PolicyArn: arn, VersionId: 'v2'}), 'NoSuchEntity', 404);
		expectAwsError(
			await h.failure('iam', 'CreatePolicy', {PolicyName: 'list-buckets', PolicyDocument: DOCUMENT}),
			'EntityAlreadyExists',
			409,
			'A policy called list-buckets already exists. Duplicate names are not allowed.',
		);
	});

	it('refuses a policy over 6,144 characters (whitespace not counted)', async () => {
		const h = harness();
		const big = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Sid: 'x'.repeat(6144), Effect: 'Allow', Action: 's3:*', Resource: '*'}],
		});
		expectAwsError(
			await h.failure('iam', 'CreatePolicy', {PolicyName: 'big', PolicyDocument: big}),
			'LimitExceeded',
			409,
			'Cannot exceed quota for PolicySize: 6144',
		);
		await h.call('iam', 'CreatePolicy', {
			PolicyName: 'spaced',
			PolicyDocument: DOCUMENT.replace('{', `{${' '.repeat(7000)}`),
		});
	});

	it('attaches to users and roles, lists attachments and entities, and is not deleted while attached', async () => {
		const {h, arn} = await withPolicy();
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		await h.call('iam', 'CreateRole', {RoleName: 'reader', AssumeRolePolicyDocument: TRUST});
		await h.call('iam', 'AttachUserPolicy', {UserName: 'alice', PolicyArn: arn});
		await h.call('iam', 'AttachRolePolicy', {RoleName: 'reader', PolicyArn: arn});
		await h.call('iam', 'AttachRolePolicy', {RoleName: 'reader', PolicyArn: arn}); // again: no change
		const attached = [{PolicyName: 'list-buckets', PolicyArn: arn}];
		expect((await h.call('iam', 'ListAttachedUserPolicies', {UserName: 'alice'})).body.AttachedPolicies).toEqual(
			attached,
		);
		expect((await h.call('iam', 'ListAttachedRolePolicies', {RoleName: 'reader'})).body.AttachedPolicies).toEqual(
			attached,
		);
		expect((await h.call('iam', 'GetPolicy', {PolicyArn: arn})).body.Policy.AttachmentCount).toBe(2);
		const entities = (await h.call('iam', 'ListEntitiesForPolicy', {PolicyArn: arn})).body;
		expect(entities.PolicyUsers).toEqual([{UserName: 'alice', UserId: expect.stringMatching(/^AIDA/)}]);
		expect(entities.PolicyRoles).toEqual([{RoleName: 'reader', RoleId: expect.stringMatching(/^AROA/)}]);
		expect(
			(await h.call('iam', 'ListEntitiesForPolicy', {PolicyArn: arn, EntityFilter: 'Role'})).body.PolicyUsers,
		).toEqual([]);

		expectAwsError(
			await h.failure('iam', 'DeletePolicy', {PolicyArn: arn}),
			'DeleteConflict',
			409,
			'Cannot delete a policy attached to entities.',
		);
		expectAwsError(
			await h.failure('iam', 'DeleteUser', {UserName: 'alice'}),
			'DeleteConflict',
			409,
			'Cannot delete entity, must detach all policies first.',
		);
		const missing = `arn:aws:iam::${ACCOUNT}:policy/none`;
		expectAwsError(
			await h.failure('iam', 'AttachUserPolicy', {UserName: 'alice', PolicyArn: missing}),
			'NoSuchEntity',
			404,
			`Policy ${missing} does not exist or is not attachable.`,
		);
		await h.call('iam', 'DetachUserPolicy', {UserName: 'alice', PolicyArn: arn});
		expectAwsError(
			await h.failure('iam', 'DetachUserPolicy', {UserName: 'alice', PolicyArn: arn}),
			'NoSuchEntity',
			404,
		);
		await h.call('iam', 'DetachRolePolicy', {RoleName: 'reader', PolicyArn: arn});
		await h.call('iam', 'DeletePolicy', {PolicyArn: arn});
		expectAwsError(
			await h.failure('iam', 'GetPolicy', {PolicyArn: arn}),
			'NoSuchEntity',
			404,
			`Policy ${arn} was not found.`,
		);
	});

	it('ListPolicies filters by scope, path and attachment, and paginates', async () => {
		const {h, arn} = await withPolicy('a-policy', '/team/');
		await h.call('iam', 'CreatePolicy', {PolicyName: 'b-policy', PolicyDocument: DOCUMENT});
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		await h.call('iam', 'AttachUserPolicy', {UserName: 'alice', PolicyArn: arn});
		const names = async (params: Record<string, string>) =>
			(await h.call('iam', 'ListPolicies', params)).body.Policies.map((policy: any) => policy.PolicyName);
		expect(await names({Scope: 'Local'})).toEqual(['a-policy', 'b-policy']);
		expect(await names({Scope: 'AWS'})).toEqual([]);
		expect(await names({PathPrefix: '/team/'})).toEqual(['a-policy']);
		expect(await names({OnlyAttached: 'true'})).toEqual(['a-policy']);
		const first = await h.call('iam', 'ListPolicies', {Scope: 'Local', MaxItems: '1'});
		expect(first.body.IsTruncated).toBe(true);
		expect(await names({Scope: 'Local', MaxItems: '1', Marker: first.body.Marker})).toEqual(['b-policy']);
		expectAwsError(await h.failure('iam', 'ListPolicies', {Scope: 'Mine'}), 'ValidationError', 400);
	});

	it('counts for authorization: a user and a role allowed only by an attached policy may list buckets', async () => {
		const {h, arn} = await withPolicy();
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'alice'})).body.AccessKey;
		const alice = h.principalOf(key.AccessKeyId);
		expect(h.store.permissionsOf(alice, h.now()).identity).toEqual([]);
		await h.call('iam', 'AttachUserPolicy', {UserName: 'alice', PolicyArn: arn});
		expect(h.store.permissionsOf(alice, h.now()).identity).toHaveLength(1);
	});
});

describe('ListMFADeviceTags', () => {
	it("lists a device's tags in key order", async () => {
		const h = harness();
		const created = await h.call('iam', 'CreateVirtualMFADevice', {
			VirtualMFADeviceName: 'd',
			'Tags.member.1.Key': 'sts-mfa:run',
			'Tags.member.1.Value': 'r1',
			'Tags.member.2.Key': 'a',
			'Tags.member.2.Value': 'x',
		});
		const serial = created.body.VirtualMFADevice.SerialNumber;
		expect((await h.call('iam', 'ListMFADeviceTags', {SerialNumber: serial})).body).toEqual({
			Tags: [
				{Key: 'a', Value: 'x'},
				{Key: 'sts-mfa:run', Value: 'r1'},
			],
			IsTruncated: false,
		});
		expectAwsError(await h.failure('iam', 'ListMFADeviceTags', {SerialNumber: `${serial}x`}), 'NoSuchEntity', 404);
	});
});

describe('ListPolicyTags and ListPolicyVersions', () => {
	it("list a customer managed policy's tags in key order, and its one version without the document", async () => {
		const h = harness();
		const created = await h.call('iam', 'CreatePolicy', {
			PolicyName: 'tagged',
			Path: '/sts-mfa/',
			PolicyDocument: DOCUMENT,
			'Tags.member.1.Key': 'sts-mfa:run',
			'Tags.member.1.Value': 'r1',
			'Tags.member.2.Key': 'sts-mfa:created-by',
			'Tags.member.2.Value': 'sts-mfa',
		});
		const arn = created.body.Policy.Arn as string;
		expect((await h.call('iam', 'ListPolicyTags', {PolicyArn: arn})).body).toEqual({
			Tags: [
				{Key: 'sts-mfa:created-by', Value: 'sts-mfa'},
				{Key: 'sts-mfa:run', Value: 'r1'},
			],
			IsTruncated: false,
		});
		const page = (await h.call('iam', 'ListPolicyTags', {PolicyArn: arn, MaxItems: '1'})).body;
		expect(page).toMatchObject({Tags: [{Key: 'sts-mfa:created-by', Value: 'sts-mfa'}], IsTruncated: true});
		expect((await h.call('iam', 'ListPolicyTags', {PolicyArn: arn, Marker: page.Marker})).body.Tags).toEqual([
			{Key: 'sts-mfa:run', Value: 'r1'},
		]);
		expect((await h.call('iam', 'ListPolicyVersions', {PolicyArn: arn})).body).toEqual({
			Versions: [{VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2026-01-15T12:00:00Z'}],
			IsTruncated: false,
		});
	});

	it('answer NoSuchEntity for a policy that is not there, and ValidationError without PolicyArn', async () => {
		const {h, arn} = await withPolicy('gone');
		await h.call('iam', 'DeletePolicy', {PolicyArn: arn});
		expectAwsError(await h.failure('iam', 'ListPolicyTags', {PolicyArn: arn}), 'NoSuchEntity', 404);
		expectAwsError(await h.failure('iam', 'ListPolicyVersions', {PolicyArn: arn}), 'NoSuchEntity', 404);
		expectAwsError(await h.failure('iam', 'ListPolicyTags', {}), 'ValidationError', 400);
	});

	it('list no tags for a policy created without any', async () => {
		const {h, arn} = await withPolicy('untagged');
		expect((await h.call('iam', 'ListPolicyTags', {PolicyArn: arn})).body).toEqual({Tags: [], IsTruncated: false});
	});
});
