import {
	CreateUserCommand,
	GetUserCommand,
	ListUsersCommand,
	TagUserCommand,
	ListUserTagsCommand,
} from '@aws-sdk/client-iam';
import {
	CreateBucketCommand,
	DeleteBucketCommand,
	GetBucketAclCommand,
	ListBucketsCommand,
	ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import {describe, expect, it} from 'vitest';
import {awsError, useSdkSandbox} from './clients.js';

describe('S3 buckets and IAM shapes through the SDK', () => {
	const sandbox = useSdkSandbox();

	it('creates, lists and deletes a bucket, with S3 error codes on the way', async () => {
		const created = await sandbox.admin.s3.send(new CreateBucketCommand({Bucket: 'sdk-made-bucket'}));
		expect(created.Location).toBe('/sdk-made-bucket');
		const {Buckets} = await sandbox.admin.s3.send(new ListBucketsCommand({}));
		expect(Buckets?.map((bucket) => bucket.Name)).toContain('sdk-made-bucket');
		// In us-east-1 the owner creating its bucket again gets 200 (S3's legacy behaviour there).
		const again = await sandbox.admin.s3.send(new CreateBucketCommand({Bucket: 'sdk-made-bucket'}));
		expect(again.$metadata.httpStatusCode).toBe(200);
		const deleted = await sandbox.admin.s3.send(new DeleteBucketCommand({Bucket: 'sdk-made-bucket'}));
		expect(deleted.$metadata.httpStatusCode).toBe(204);
		expect(await awsError(sandbox.admin.s3.send(new DeleteBucketCommand({Bucket: 'sdk-made-bucket'})))).toMatchObject({
			name: 'NoSuchBucket',
			status: 404,
		});
		expect(await awsError(sandbox.admin.s3.send(new ListObjectsV2Command({Bucket: 'anything'})))).toMatchObject({
			name: 'NoSuchBucket',
			status: 404,
		});
		expect(await awsError(sandbox.admin.s3.send(new GetBucketAclCommand({Bucket: 'anything'})))).toMatchObject({
			name: 'NotImplemented',
			status: 501,
		});
	});

	it('round-trips lists, tags and dates in the Query protocol', async () => {
		await sandbox.admin.iam.send(
			new CreateUserCommand({UserName: 'shapes', Tags: [{Key: 'run', Value: 'Zoë + Ünïcode = a/b:c@d'}]}),
		);
		await sandbox.admin.iam.send(new TagUserCommand({UserName: 'shapes', Tags: [{Key: 'team', Value: 'sec'}]}));
		const {Tags} = await sandbox.admin.iam.send(new ListUserTagsCommand({UserName: 'shapes'}));
		expect(Tags).toEqual(
			expect.arrayContaining([
				{Key: 'run', Value: 'Zoë + Ünïcode = a/b:c@d'},
				{Key: 'team', Value: 'sec'},
			]),
		);
		const {User} = await sandbox.admin.iam.send(new GetUserCommand({UserName: 'shapes'}));
		expect(Math.abs(User!.CreateDate!.getTime() - Date.now())).toBeLessThan(60_000);
		const {Users, IsTruncated} = await sandbox.admin.iam.send(new ListUsersCommand({}));
		expect(Users?.map((user) => user.UserName)).toEqual(['shapes']);
		expect(IsTruncated).toBe(false);
		expect(await awsError(sandbox.admin.iam.send(new GetUserCommand({UserName: 'nobody'})))).toMatchObject({
			name: 'NoSuchEntityException',
			status: 404,
		});
	});
});
