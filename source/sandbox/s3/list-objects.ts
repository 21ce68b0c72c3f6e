import {SandboxError} from '../errors.js';
import {isoDate} from '../iam/shapes.js';
import type {SandboxStore} from '../store/index.js';
import type {ObjectRecord} from '../store/objects.js';
import type {ActionSpec} from '../types.js';

const MAX_KEYS = 1000;

const invalidArgument = (message: string) => new SandboxError('InvalidArgument', message);

/**
 * ListObjectsV2: keys in order, after StartAfter or the continuation token, under Prefix, rolled
 * up to CommonPrefixes at Delimiter, at most max-keys (1,000) a page. The continuation token is
 * the next key, base64url (opaque to clients).
 */
export function listObjectsActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		ListObjectsV2: {
			iamAction: 's3:ListBucket',
			resource: (context) => `arn:aws:s3:::${context.params.Bucket ?? ''}`,
			run(context) {
				const params = context.params;
				const bucket = params.Bucket ?? '';
				const prefix = params.prefix ?? '';
				const delimiter = params.delimiter || undefined;
				const maxKeys = maxKeysOf(params['max-keys']);
				const encode = encoderOf(params['encoding-type']);
				const token = params['continuation-token'];
				const after = token === undefined ? (params['start-after'] ?? '') : decodeToken(token);
				const objects = store.buckets.objects
					.list(bucket)
					.filter(
						(object) =>
							object.key.startsWith(prefix) && (token === undefined ? object.key > after : object.key >= after),
					);
				const {contents, prefixes, next} = page(objects, prefix, delimiter, maxKeys);
				const body = {
					Name: bucket,
					Prefix: encode(prefix),
					...(delimiter === undefined ? {} : {Delimiter: encode(delimiter)}),
					MaxKeys: maxKeys,
					KeyCount: contents.length + prefixes.length,
					IsTruncated: next !== undefined,
					...(params['encoding-type'] ? {EncodingType: 'url'} : {}),
					...(token === undefined ? {} : {ContinuationToken: token}),
					...(next === undefined ? {} : {NextContinuationToken: Buffer.from(next).toString('base64url')}),
					...(params['start-after'] === undefined ? {} : {StartAfter: encode(params['start-after'])}),
					Contents: contents.map((object) => contentShape(object, encode)),
					CommonPrefixes: prefixes.map((common) => ({Prefix: encode(common)})),
				};
				return {root: 'ListBucketResult', body};
			},
		},
	};
}

/** Up to maxKeys entries (objects and common prefixes); `next` is the first key not listed. */
function page(objects: readonly ObjectRecord[], prefix: string, delimiter: string | undefined, maxKeys: number) {
	const contents: ObjectRecord[] = [];
	const prefixes: string[] = [];
	for (const object of objects) {
		const rest = object.key.slice(prefix.length);
		const cut = delimiter === undefined ? -1 : rest.indexOf(delimiter);
		const common = cut === -1 ? undefined : prefix + rest.slice(0, cut + (delimiter?.length ?? 0));
		if (common !== undefined && prefixes.at(-1) === common) continue;
		if (contents.length + prefixes.length >= maxKeys) return {contents, prefixes, next: object.key};
		if (common === undefined) contents.push(object);
		else prefixes.push(common);
	}
	return {contents, prefixes, next: undefined};
}

function contentShape(object: ObjectRecord, encode: (text: string) => string) {
	return {
		Key: encode(object.key),
		LastModified: isoDate(object.lastModified),
		ETag: object.etag,
		...(object.checksum ? {ChecksumAlgorithm: object.checksum.algorithm} : {}),
		Size: object.body.length,
		StorageClass: 'STANDARD',
	};
}

function maxKeysOf(value: string | undefined): number {
	if (value === undefined) return MAX_KEYS;
	if (!/^\d{1,9}$/.test(value)) throw invalidArgument('Provided max-keys not an integer or within integer range');
	return Math.min(Number(value), MAX_KEYS);
}

function encoderOf(encodingType: string | undefined): (text: string) => string {
	if (encodingType === undefined) return (text) => text;
	if (encodingType !== 'url') throw invalidArgument('Invalid Encoding Method specified in Request');
	return (text) => encodeURIComponent(text).replace(/%2F/g, '/');
}

function decodeToken(token: string): string {
	if (!/^[\w-]*$/.test(token)) throw invalidArgument('The continuation token provided is incorrect');
	return Buffer.from(token, 'base64url').toString('utf8');
}
