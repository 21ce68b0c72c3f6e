import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';

describe('IAM users', () => {
	it('creates a user with path and tags, and GetUser returns it', async () => {
		const h = harness();
		const created = await h.call('iam', 'CreateUser', {
			UserName: 'alice',
			Path: '/team/',
			'Tags.member.1.Key': 'run',
			'Tags.member.1.Value': 'r-1',
		});
		expect(created.body.User).toMatchObject({
			UserName: 'alice',
			Path: '/team/',
			Arn: `arn:aws:iam::${ACCOUNT}:user/team/alice`,
			Tags: [{Key: 'run', Value: 'r-1'}],
		});
		expect(created.body.User.UserId).toMatch(/^AIDA[A-Z0-9]{17}$/);
		expect(created.body.User.CreateDate).toBe('2026-01-15T12:00:00Z');
		expect((await h.call('iam', 'GetUser', {UserName: 'alice'})).body.User).toEqual(created.body.User);
	});

	it('GetUser without UserName describes the caller', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'bob'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'bob'})).body.AccessKey;
		const bob = h.principalOf(key.AccessKeyId);
		expect((await h.call('iam', 'GetUser', {}, bob)).body.User.UserName).toBe('bob');
		expect((await h.call('iam', 'GetUser')).body.User).toEqual({UserId: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root`});
	});

	it('answers EntityAlreadyExists for a name taken in any letter case, and NoSuchEntity for an unknown user', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'Carol'});
		expectAwsError(
			await h.failure('iam', 'CreateUser', {UserName: 'carol'}),
			'EntityAlreadyExists',
			409,
			'User with name carol already exists.',
		);
		expectAwsError(
			await h.failure('iam', 'GetUser', {UserName: 'nobody'}),
			'NoSuchEntity',
			404,
			'The user with name nobody cannot be found.',
		);
		expectAwsError(await h.failure('iam', 'DeleteUser', {UserName: 'nobody'}), 'NoSuchEntity', 404);
	});

	it("validates names and paths with AWS's messages", async () => {
		const h = harness();
		expectAwsError(
			await h.failure('iam', 'CreateUser', {}),
			'ValidationError',
			400,
			"1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
		);
		expectAwsError(
			await h.failure('iam', 'CreateUser', {UserName: 'bad name!'}),
			'ValidationError',
			400,
			"1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
		);
		expectAwsError(
			await h.failure('iam', 'CreateUser', {UserName: 'x'.repeat(65)}),
			'ValidationError',
			400,
			`1 validation error detected: Value '${'x'.repeat(65)}' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64`,
		);
		const badPath = await h.failure('iam', 'CreateUser', {UserName: 'dave', Path: 'no-slashes'});
		expect(badPath.message).toContain(
			"at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern",
		);
		const badTag = await h.failure('iam', 'CreateUser', {UserName: 'dave', 'Tags.member.1.Key': 'k'});
		expect(badTag.message).toBe(
			"1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null",
		);
	});

	it('lists users under a path prefix, page by page', async () => {
		const h = harness();
		for (const name of ['u3', 'u1', 'u5', 'u2', 'u4'])
			await h.call('iam', 'CreateUser', {UserName: name, Path: '/demo/'});
		await h.call('iam', 'CreateUser', {UserName: 'other', Path: '/elsewhere/'});
		const names: string[] = [];
		let marker: string | undefined;
		let pages = 0;
		do {
			const params: Record<string, string> = {PathPrefix: '/demo/', MaxItems: '2', ...(marker ? {Marker: marker} : {})};
			const page = (await h.call('iam', 'ListUsers', params)).body;
			names.push(...page.Users.map((user: {UserName: string}) => user.UserName));
			expect(page.IsTruncated).toBe(page.Marker !== undefined);
			marker = page.Marker;
			pages++;
		} while (marker);
		expect(names).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
		expect(pages).toBe(3);
		expectAwsError(await h.failure('iam', 'ListUsers', {MaxItems: '0'}), 'ValidationError', 400);
		expectAwsError(await h.failure('iam', 'ListUsers', {MaxItems: 'lots'}), 'ValidationError', 400);
	});

	it('tags a user (replacing a value for an existing key) and lists the tags', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'erin', 'Tags.member.1.Key': 'a', 'Tags.member.1.Value': '1'});
		await h.call('iam', 'TagUser', {
			UserName: 'erin',
			'Tags.member.1.Key': 'a',
			'Tags.member.1.Value': '2',
			'Tags.member.2.Key': 'b',
			'Tags.member.2.Value': '3',
		});
		expect((await h.call('iam', 'ListUserTags', {UserName: 'erin'})).body).toEqual({
			Tags: [
				{Key: 'a', Value: '2'},
				{Key: 'b', Value: '3'},
			],
			IsTruncated: false,
		});
		expectAwsError(await h.failure('iam', 'TagUser', {UserName: 'erin'}), 'ValidationError', 400);
	});
});
