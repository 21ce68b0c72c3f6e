import {ListBucketsCommand, type S3Client} from '@aws-sdk/client-s3';
import {toAwsError} from './map-error.js';
import {collectPages} from './paginate.js';
import type {Bucket, S3Service} from './types.js';

export function createS3Service(client: S3Client): S3Service {
	return {
		// ListBuckets is paginated with ContinuationToken since 2024; older endpoints simply omit it.
		listBuckets: (signal) =>
			collectPages<Bucket>(async (token) => {
				try {
					const page = await client.send(new ListBucketsCommand({ContinuationToken: token}), {abortSignal: signal});
					return {
						items: (page.Buckets ?? []).map((b) => ({name: b.Name ?? '', creationDate: b.CreationDate})),
						marker: page.ContinuationToken,
					};
				} catch (error) {
					throw toAwsError(error, 's3', 'ListBuckets', signal);
				}
			}),
	};
}
