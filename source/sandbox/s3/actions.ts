import {createHash} from 'node:crypto';
import {isoDate} from '../iam/shapes.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {checkBucketName} from './bucket-name.js';
import {checkLocationConstraint, DEFAULT_REGION, locationConstraintOf} from './create-bucket.js';
import {listObjectsActions} from './list-objects.js';
import {objectActions} from './objects.js';

/*
 * S3 results (REST-XML): `root` names the document element, and an array under a key repeats that
 * key's element with no <member> wrapper — `{Buckets: {Bucket: [a, b]}}` is
 * <Buckets><Bucket>a</Bucket><Bucket>b</Bucket></Buckets>.
 */
export function s3Actions(store: SandboxStore): Record<string, ActionSpec> {
	const bucketArn = (name: string | undefined) => `arn:aws:s3:::${name ?? ''}`;
	return {
		ListBuckets: {
			iamAction: 's3:ListAllMyBuckets',
			resource: () => 'arn:aws:s3:::*',
			run: () => ({
				root: 'ListAllMyBucketsResult',
				body: {
					Owner: {ID: canonicalUserId(store.accountId), DisplayName: 'sandbox'},
					Buckets: {
						Bucket: store.buckets
							.list()
							.map((bucket) => ({Name: bucket.name, CreationDate: isoDate(bucket.creationDate)})),
					},
				},
			}),
		},
		CreateBucket: {
			iamAction: 's3:CreateBucket',
			resource: (context) => bucketArn(context.params.Bucket),
			run(context) {
				const name = checkBucketName(context.params.Bucket ?? '');
				const region = context.region ?? DEFAULT_REGION;
				checkLocationConstraint(locationConstraintOf(context.body), region);
				// us-east-1 keeps S3's legacy answer: the owner creating its bucket again gets 200.
				if (region === DEFAULT_REGION && store.buckets.exists(name)) return {headers: {Location: `/${name}`}};
				const bucket = store.buckets.create(name, context.now);
				return {headers: {Location: `/${bucket.name}`}};
			},
		},
		DeleteBucket: {
			iamAction: 's3:DeleteBucket',
			resource: (context) => bucketArn(context.params.Bucket),
			run(context) {
				store.buckets.delete(context.params.Bucket ?? '');
				return {httpStatus: 204};
			},
		},
		...listObjectsActions(store),
		...objectActions(store),
	};
}

/** S3 owners are 64-hex canonical ids; derive a stable one from the account. */
const canonicalUserId = (accountId: string): string =>
	createHash('sha256').update(`sandbox:${accountId}`).digest('hex');
