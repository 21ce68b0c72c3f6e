import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

const ALLOW_LIST_USERS = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*'}],
});

describe('IAM access keys', () => {
	it('creates at most two keys per user, lists and deletes them', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'kim'});
		const first = (await h.call('iam', 'CreateAccessKey', {UserName: 'kim'})).body.AccessKey;
		const second = (await h.call('iam', 'CreateAccessKey', {UserName: 'kim'})).body.AccessKey;
		expect(first).toMatchObject({UserName: 'kim', Status: 'Active'});
		expect(second.AccessKeyId).not.toBe(first.AccessKeyId);
		expect(second.SecretAccessKey).not.toBe(first.SecretAccessKey);
		expectAwsError(
			await h.failure('iam', 'CreateAccessKey', {UserName: 'kim'}),
			'LimitExceeded',
			409,
			'Cannot exceed quota for AccessKeysPerUser: 2',
		);
		const listed = (await h.call('iam', 'ListAccessKeys', {UserName: 'kim'})).body;
		expect(listed.AccessKeyMetadata.map((key: {AccessKeyId: string}) => key.AccessKeyId).sort()).toEqual(
			[first.AccessKeyId, second.AccessKeyId].sort(),
		);
		// The secret is shown once, at creation, never again.
		expect(JSON.stringify(listed)).not.toContain(first.SecretAccessKey);
		await h.call('iam', 'DeleteAccessKey', {AccessKeyId: first.AccessKeyId});
		expectAwsError(
			await h.failure('iam', 'DeleteAccessKey', {UserName: 'kim', AccessKeyId: first.AccessKeyId}),
			'NoSuchEntity',
			404,
			`The Access Key with id ${first.AccessKeyId} cannot be found.`,
		);
		expect((await h.call('iam', 'ListAccessKeys', {UserName: 'kim'})).body.AccessKeyMetadata).toHaveLength(1);
	});

	it('pages through keys, tags and policy names without losing or repeating any', async () => {
		const h = harness();
		const tags = Object.fromEntries(
			['zeta', 'alpha', 'mid'].flatMap((key, index) => [
				[`Tags.member.${index + 1}.Key`, key],
				[`Tags.member.${index + 1}.Value`, 'v'],
			]),
		);
		await h.call('iam', 'CreateUser', {UserName: 'rae', ...tags});
		await h.call('iam', 'CreateAccessKey', {UserName: 'rae'});
		await h.call('iam', 'CreateAccessKey', {UserName: 'rae'});
		for (const name of ['c', 'a', 'b']) {
			await h.call('iam', 'PutUserPolicy', {UserName: 'rae', PolicyName: name, PolicyDocument: ALLOW_LIST_USERS});
		}
		const all = async (action: string, field: string, id: (item: any) => string) => {
			const seen: string[] = [];
			let marker: string | undefined;
			do {
				const body = (
					await h.call('iam', action, {UserName: 'rae', MaxItems: '1', ...(marker ? {Marker: marker} : {})})
				).body;
				seen.push(...body[field].map(id));
				marker = body.Marker;
			} while (marker);
			return seen;
		};
		const keys = (await h.call('iam', 'ListAccessKeys', {UserName: 'rae'})).body.AccessKeyMetadata.map(
			(key: any) => key.AccessKeyId,
		);
		expect(await all('ListAccessKeys', 'AccessKeyMetadata', (key) => key.AccessKeyId)).toEqual(keys);
		expect(await all('ListUserTags', 'Tags', (tag) => tag.Key)).toEqual(['alpha', 'mid', 'zeta']);
		expect(await all('ListUserPolicies', 'PolicyNames', (name) => name)).toEqual(['a', 'b', 'c']);
		expectAwsError(await h.failure('iam', 'ListUserPolicies', {UserName: 'rae', Marker: '!!'}), 'ValidationError', 400);
	});

	it('lets a user manage its own keys without naming itself, and asks the administrator to name the user', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'lee'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'lee'})).body.AccessKey;
		const lee = h.principalOf(key.AccessKeyId);
		expect((await h.call('iam', 'ListAccessKeys', {}, lee)).body.AccessKeyMetadata).toHaveLength(1);
		expectAwsError(await h.failure('iam', 'CreateAccessKey'), 'ValidationError', 400);
		expectAwsError(await h.failure('iam', 'CreateAccessKey', {UserName: 'ghost'}), 'NoSuchEntity', 404);
	});

	it('does not know a new key until the propagation delay has passed', async () => {
		const h = harness({propagationDelayMs: 10_000});
		await h.call('iam', 'CreateUser', {UserName: 'max'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'max'})).body.AccessKey;
		expect(h.store.resolveCredentials(key.AccessKeyId, h.now())).toEqual({error: 'unknown'});
		h.advance(9_999);
		expect(h.store.resolveCredentials(key.AccessKeyId, h.now())).toEqual({error: 'unknown'});
		h.advance(1);
		expect(h.store.resolveCredentials(key.AccessKeyId, h.now())).toMatchObject({
			secretAccessKey: key.SecretAccessKey,
			principal: {kind: 'user', userName: 'max', arn: `arn:aws:iam::${ACCOUNT}:user/max`},
		});
	});
});

describe('IAM inline user policies', () => {
	it('puts, gets (URL-encoded as IAM returns it), lists and deletes a policy', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'nia'});
		await h.call('iam', 'PutUserPolicy', {UserName: 'nia', PolicyName: 'read', PolicyDocument: ALLOW_LIST_USERS});
		const got = (await h.call('iam', 'GetUserPolicy', {UserName: 'nia', PolicyName: 'read'})).body;
		expect(got.UserName).toBe('nia');
		expect(got.PolicyDocument).toContain('%22Effect%22');
		expect(decodeURIComponent(got.PolicyDocument)).toBe(ALLOW_LIST_USERS);
		expect((await h.call('iam', 'ListUserPolicies', {UserName: 'nia'})).body).toEqual({
			PolicyNames: ['read'],
			IsTruncated: false,
		});
		await h.call('iam', 'DeleteUserPolicy', {UserName: 'nia', PolicyName: 'read'});
		expectAwsError(
			await h.failure('iam', 'GetUserPolicy', {UserName: 'nia', PolicyName: 'read'}),
			'NoSuchEntity',
			404,
			'The user policy with name read cannot be found.',
		);
		expectAwsError(
			await h.failure('iam', 'DeleteUserPolicy', {UserName: 'nia', PolicyName: 'read'}),
			'NoSuchEntity',
			404,
		);
	});

	it('refuses malformed documents, bad names and oversized documents', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'oz'});
		const put = (document: string, policyName = 'p') =>
			h.failure('iam', 'PutUserPolicy', {UserName: 'oz', PolicyName: policyName, PolicyDocument: document});
		expectAwsError(await put('{not json'), 'MalformedPolicyDocument', 400);
		expectAwsError(
			await put(JSON.stringify({Version: '2012-10-17', Statement: [{Effect: 'Maybe', Action: '*', Resource: '*'}]})),
			'MalformedPolicyDocument',
			400,
		);
		expectAwsError(await put(ALLOW_LIST_USERS, 'bad name'), 'ValidationError', 400);
		const oversized = await put(' '.repeat(131_073));
		expect(oversized.message).toContain('Member must have length less than or equal to 131072');
		expectAwsError(
			await h.failure('iam', 'PutUserPolicy', {UserName: 'ghost', PolicyName: 'p', PolicyDocument: ALLOW_LIST_USERS}),
			'NoSuchEntity',
			404,
		);
		expect((await h.call('iam', 'ListUserPolicies', {UserName: 'oz'})).body.PolicyNames).toEqual([]);
	});

	it('puts a policy in force, and takes it out of force, only after the propagation delay', async () => {
		const h = harness({propagationDelayMs: 5_000});
		await h.call('iam', 'CreateUser', {UserName: 'pia'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'pia'})).body.AccessKey;
		h.advance(5_000);
		const pia = h.principalOf(key.AccessKeyId);
		await h.call('iam', 'PutUserPolicy', {UserName: 'pia', PolicyName: 'p', PolicyDocument: ALLOW_LIST_USERS});
		// The API already shows it; authorization does not use it yet.
		expect((await h.call('iam', 'ListUserPolicies', {UserName: 'pia'})).body.PolicyNames).toEqual(['p']);
		expect(h.store.permissionsOf(pia, h.now()).identity).toEqual([]);
		h.advance(4_999);
		expect(h.store.permissionsOf(pia, h.now()).identity).toEqual([]);
		h.advance(1);
		expect(h.store.permissionsOf(pia, h.now()).identity).toHaveLength(1);
		await h.call('iam', 'DeleteUserPolicy', {UserName: 'pia', PolicyName: 'p'});
		expect(h.store.permissionsOf(pia, h.now()).identity).toHaveLength(1);
		h.advance(5_000);
		expect(h.store.permissionsOf(pia, h.now()).identity).toEqual([]);
	});

	it('gives the administrator full access, and a user nothing beyond its policies', async () => {
		const h = harness();
		expect(h.store.permissionsOf(h.admin, h.now()).identity).toBe('admin');
		await h.call('iam', 'CreateUser', {UserName: 'quinn'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'quinn'})).body.AccessKey;
		expect(h.store.permissionsOf(h.principalOf(key.AccessKeyId), h.now()).identity).toEqual([]);
	});
});
