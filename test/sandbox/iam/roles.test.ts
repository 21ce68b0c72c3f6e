import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

const trustFor = (principal: unknown) =>
	JSON.stringify({
		Version: '2012-10-17',
		Statement: [{Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole'}],
	});
const ACCOUNT_TRUST = trustFor({AWS: `arn:aws:iam::${ACCOUNT}:root`});
const allow = (action: string) =>
	JSON.stringify({Version: '2012-10-17', Statement: [{Effect: 'Allow', Action: action, Resource: '*'}]});

describe('IAM roles', () => {
	it('creates a role as AWS shapes it, gets, lists by path and paginates', async () => {
		const h = harness();
		const created = await h.call('iam', 'CreateRole', {
			RoleName: 'reader',
			Path: '/demo/',
			AssumeRolePolicyDocument: ACCOUNT_TRUST,
			Description: 'reads',
			MaxSessionDuration: '7200',
			'Tags.member.1.Key': 'run',
			'Tags.member.1.Value': 'r-1',
		});
		expect(created.body.Role).toMatchObject({
			RoleName: 'reader',
			Path: '/demo/',
			Arn: `arn:aws:iam::${ACCOUNT}:role/demo/reader`,
			AssumeRolePolicyDocument: encodeURIComponent(ACCOUNT_TRUST),
			Description: 'reads',
			MaxSessionDuration: 7200,
			CreateDate: '2026-01-15T12:00:00Z',
			Tags: [{Key: 'run', Value: 'r-1'}],
		});
		expect(created.body.Role.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/);
		expect((await h.call('iam', 'GetRole', {RoleName: 'READER'})).body.Role).toEqual(created.body.Role);
		await h.call('iam', 'CreateRole', {RoleName: 'other', AssumeRolePolicyDocument: ACCOUNT_TRUST});
		expect((await h.call('iam', 'ListRoles', {PathPrefix: '/demo/'})).body.Roles.map((r: any) => r.RoleName)).toEqual([
			'reader',
		]);
		const first = await h.call('iam', 'ListRoles', {MaxItems: '1'});
		expect(first.body).toMatchObject({IsTruncated: true, Roles: [{RoleName: 'other'}]});
		const second = await h.call('iam', 'ListRoles', {MaxItems: '1', Marker: first.body.Marker});
		expect(second.body).toMatchObject({IsTruncated: false, Roles: [{RoleName: 'reader'}]});
	});

	it('refuses duplicates, bad trust policies and sizes as IAM does', async () => {
		const h = harness();
		await h.call('iam', 'CreateRole', {RoleName: 'r', AssumeRolePolicyDocument: ACCOUNT_TRUST});
		expectAwsError(
			await h.failure('iam', 'CreateRole', {RoleName: 'R', AssumeRolePolicyDocument: ACCOUNT_TRUST}),
			'EntityAlreadyExists',
			409,
			'Role with name R already exists.',
		);
		const withResource = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Resource: '*'}],
		});
		expectAwsError(
			await h.failure('iam', 'CreateRole', {RoleName: 'x', AssumeRolePolicyDocument: withResource}),
			'MalformedPolicyDocument',
			400,
			'Has prohibited field Resource',
		);
		const ghost = `arn:aws:iam::${ACCOUNT}:user/ghost`;
		expectAwsError(
			await h.failure('iam', 'UpdateAssumeRolePolicy', {RoleName: 'r', PolicyDocument: trustFor({AWS: ghost})}),
			'MalformedPolicyDocument',
			400,
			`Invalid principal in policy: "AWS":"${ghost}"`,
		);
		const big = trustFor({AWS: Array.from({length: 60}, () => `arn:aws:iam::${ACCOUNT}:root`)});
		expectAwsError(
			await h.failure('iam', 'CreateRole', {RoleName: 'big', AssumeRolePolicyDocument: big}),
			'LimitExceeded',
			409,
			'Cannot exceed quota for ACLSizePerRole: 2048',
		);
		expectAwsError(
			await h.failure('iam', 'GetRole', {RoleName: 'nope'}),
			'NoSuchEntity',
			404,
			'The role with name nope cannot be found.',
		);
		expectAwsError(
			await h.failure('iam', 'CreateRole', {
				RoleName: 'x',
				AssumeRolePolicyDocument: ACCOUNT_TRUST,
				MaxSessionDuration: '60',
			}),
			'ValidationError',
			400,
		);
	});

	it('keeps inline policies up to 10,240 characters in total (whitespace not counted), then deletes in order', async () => {
		const h = harness();
		await h.call('iam', 'CreateRole', {RoleName: 'r', AssumeRolePolicyDocument: ACCOUNT_TRUST});
		await h.call('iam', 'PutRolePolicy', {RoleName: 'r', PolicyName: 'p1', PolicyDocument: allow('s3:*')});
		expect((await h.call('iam', 'GetRolePolicy', {RoleName: 'r', PolicyName: 'p1'})).body).toEqual({
			RoleName: 'r',
			PolicyName: 'p1',
			PolicyDocument: encodeURIComponent(allow('s3:*')),
		});
		expect((await h.call('iam', 'ListRolePolicies', {RoleName: 'r'})).body.PolicyNames).toEqual(['p1']);
		const padded = (size: number) =>
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [{Sid: 'x'.repeat(size), Effect: 'Allow', Action: 's3:*', Resource: '*'}],
			});
		const base = padded(0).replace(/\s/g, '').length + allow('s3:*').length;
		// Whitespace is free: a document padded with blanks still fits.
		const spaced = padded(10_240 - base).replace('{', `{${' '.repeat(5000)}`);
		await h.call('iam', 'PutRolePolicy', {RoleName: 'r', PolicyName: 'p2', PolicyDocument: spaced});
		expectAwsError(
			await h.failure('iam', 'PutRolePolicy', {RoleName: 'r', PolicyName: 'p3', PolicyDocument: allow('s3:*')}),
			'LimitExceeded',
			409,
			'Maximum policy size of 10240 bytes exceeded for role r',
		);
		expectAwsError(
			await h.failure('iam', 'DeleteRole', {RoleName: 'r'}),
			'DeleteConflict',
			409,
			'Cannot delete entity, must delete policies first.',
		);
		await h.call('iam', 'DeleteRolePolicy', {RoleName: 'r', PolicyName: 'p1'});
		await h.call('iam', 'DeleteRolePolicy', {RoleName: 'r', PolicyName: 'p2'});
		expectAwsError(
			await h.failure('iam', 'DeleteRolePolicy', {RoleName: 'r', PolicyName: 'p2'}),
			'NoSuchEntity',
			404,
			'The role policy with name p2 cannot be found.',
		);
		await h.call('iam', 'DeleteRole', {RoleName: 'r'});
		expect((await h.call('iam', 'ListRoles')).body.Roles).toEqual([]);
	});

	it('tags roles and lists the tags in key order', async () => {
		const h = harness();
		await h.call('iam', 'CreateRole', {RoleName: 'r', AssumeRolePolicyDocument: ACCOUNT_TRUST});
		await h.call('iam', 'TagRole', {
			RoleName: 'r',
			'Tags.member.1.Key': 'b',
			'Tags.member.1.Value': '2',
			'Tags.member.2.Key': 'a',
			'Tags.member.2.Value': '1',
		});
		expect((await h.call('iam', 'ListRoleTags', {RoleName: 'r'})).body).toEqual({
			Tags: [
				{Key: 'a', Value: '1'},
				{Key: 'b', Value: '2'},
			],
			IsTruncated: false,
		});
		expectAwsError(await h.failure('iam', 'TagRole', {RoleName: 'r'}), 'ValidationError', 400);
	});
});

describe("a user's inline policies", () => {
	it('are limited to 2,048 characters in total, as AWS answers it', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		const sized = (sid: string) =>
			JSON.stringify({Version: '2012-10-17', Statement: [{Sid: sid, Effect: 'Allow', Action: 's3:*', Resource: '*'}]});
		const overhead = sized('').length;
		await h.call('iam', 'PutUserPolicy', {
			UserName: 'alice',
			PolicyName: 'a',
			PolicyDocument: sized('x'.repeat(1024 - overhead)),
		});
		await h.call('iam', 'PutUserPolicy', {
			UserName: 'alice',
			PolicyName: 'b',
			PolicyDocument: sized('y'.repeat(1024 - overhead)),
		});
		expectAwsError(
			await h.failure('iam', 'PutUserPolicy', {UserName: 'alice', PolicyName: 'c', PolicyDocument: sized('z')}),
			'LimitExceeded',
			409,
			'Maximum policy size of 2048 bytes exceeded for user alice',
		);
		// Replacing a policy counts its new text, not both.
		await h.call('iam', 'PutUserPolicy', {UserName: 'alice', PolicyName: 'b', PolicyDocument: sized('short')});
		await h.call('iam', 'PutUserPolicy', {UserName: 'alice', PolicyName: 'c', PolicyDocument: sized('z')});
	});
});
