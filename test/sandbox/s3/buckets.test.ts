import {describe, expect, it} from 'vitest';
import type {SandboxError} from '../../../source/sandbox/errors.js';
import {expectAwsError, harness} from '../store/harness.js';

describe('S3 buckets', () => {
	it('starts with three demo buckets and lists them as ListAllMyBucketsResult', async () => {
		const h = harness();
		const spec = h.actions.s3.ListBuckets;
		expect(spec?.iamAction).toBe('s3:ListAllMyBuckets');
		const listing = await h.call('s3', 'ListBuckets');
		expect(listing.root).toBe('ListAllMyBucketsResult');
		expect(listing.body.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
		const buckets = listing.body.Buckets.Bucket as {Name: string; CreationDate: string}[];
		expect(buckets).toHaveLength(3);
		for (const bucket of buckets) {
			expect(bucket.Name).toMatch(/^[a-z0-9][a-z0-9.-]+[a-z0-9]$/);
			expect(Date.parse(bucket.CreationDate)).toBeLessThan(h.now());
		}
	});

	it("creates and deletes a bucket, with S3's errors for bad names, duplicates and missing buckets", async () => {
		const h = harness();
		const created = await h.call('s3', 'CreateBucket', {Bucket: 'my-new-bucket'});
		expect(created.headers).toEqual({Location: '/my-new-bucket'});
		expect(h.actions.s3.CreateBucket?.resource({...context(h), params: {Bucket: 'my-new-bucket'}})).toBe(
			'arn:aws:s3:::my-new-bucket',
		);
		expect(
			(await h.call('s3', 'ListBuckets')).body.Buckets.Bucket.map((bucket: {Name: string}) => bucket.Name),
		).toContain('my-new-bucket');
		// us-east-1's legacy answer to the owner creating its bucket again: 200, not 409.
		expect((await h.call('s3', 'CreateBucket', {Bucket: 'my-new-bucket'})).headers).toEqual({
			Location: '/my-new-bucket',
		});
		const elsewhere = {
			service: 's3' as const,
			action: 'CreateBucket',
			principal: h.admin,
			requestId: 'r',
			now: h.now(),
		};
		const body =
			'<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>';
		const outcome = await Promise.resolve()
			.then(() =>
				h.actions.s3.CreateBucket!.run({...elsewhere, params: {Bucket: 'my-new-bucket'}, body, region: 'eu-west-1'}),
			)
			.catch((error: unknown) => error);
		expectAwsError(
			outcome as SandboxError,
			'BucketAlreadyOwnedByYou',
			409,
			'Your previous request to create the named bucket succeeded and you already own it.',
		);
		for (const bad of ['ab', 'UPPER', 'under_score', '192.168.1.1', 'a..b', '-start', 'x'.repeat(64), '']) {
			expectAwsError(await h.failure('s3', 'CreateBucket', {Bucket: bad}), 'InvalidBucketName', 400);
		}
		expect((await h.call('s3', 'DeleteBucket', {Bucket: 'my-new-bucket'})).httpStatus).toBe(204);
		expectAwsError(await h.failure('s3', 'DeleteBucket', {Bucket: 'my-new-bucket'}), 'NoSuchBucket', 404);
	});
});

function context(h: ReturnType<typeof harness>) {
	return {
		service: 's3' as const,
		action: 'CreateBucket',
		principal: h.admin,
		params: {},
		body: '',
		now: h.now(),
		requestId: 'r',
	};
}
