import {createHash} from 'node:crypto';
import {decodeAwsChunked} from '../protocol/aws-chunked.js';
import {entityTooLarge, MAX_OBJECT_BYTES} from '../protocol/s3-routes.js';
import {SandboxError} from '../errors.js';
import type {SandboxStore} from '../store/index.js';
import type {ObjectRecord} from '../store/objects.js';
import type {ActionContext, ActionResult, ActionSpec} from '../types.js';
import {checkDigests, checksumHeader, type StoredChecksum} from './checksums.js';
import {rangeOf} from './range.js';

const objectArn = (context: ActionContext) => `arn:aws:s3:::${context.params.Bucket ?? ''}/${context.params.Key ?? ''}`;
const bucketAndKey = (context: ActionContext) => ({bucket: context.params.Bucket ?? '', key: context.params.Key ?? ''});

/** PutObject, GetObject (with Range), HeadObject and DeleteObject: bodies kept in memory, bounded. */
export function objectActions(store: SandboxStore): Record<string, ActionSpec> {
	const objects = store.buckets.objects;
	return {
		PutObject: {
			iamAction: 's3:PutObject',
			resource: objectArn,
			async run(context) {
				const {bucket, key} = bucketAndKey(context);
				const headers = context.headers ?? {};
				const {payload, trailers} = bodyOf(context.payload ?? new Uint8Array(), headers);
				if (payload.length > MAX_OBJECT_BYTES) throw entityTooLarge();
				// Checked before the (asynchronous) digests so that an unknown bucket is said first.
				if (!store.buckets.exists(bucket)) objects.get(bucket, key);
				const checksum = await checkDigests(payload, headers, trailers);
				const object: ObjectRecord = {
					key,
					body: payload,
					etag: `"${createHash('md5').update(payload).digest('hex')}"`,
					lastModified: context.now,
					contentType: headers['content-type'] ?? 'binary/octet-stream',
					metadata: metadataOf(headers),
					...(checksum === undefined ? {} : {checksum}),
				};
				objects.put(bucket, object);
				return {headers: {ETag: object.etag, ...(checksum ? checksumHeader(checksum) : {})}};
			},
		},
		GetObject: {
			iamAction: 's3:GetObject',
			resource: objectArn,
			run: (context) => answer(store, context, true),
		},
		HeadObject: {
			iamAction: 's3:GetObject',
			resource: objectArn,
			run: (context) => answer(store, context, false),
		},
		DeleteObject: {
			iamAction: 's3:DeleteObject',
			resource: objectArn,
			run(context) {
				const {bucket, key} = bucketAndKey(context);
				objects.delete(bucket, key);
				return {httpStatus: 204};
			},
		},
	};
}

/** The object's bytes: aws-chunked bodies decoded, and their length checked against what was declared. */
function bodyOf(raw: Uint8Array, headers: Readonly<Record<string, string | undefined>>) {
	const chunked =
		(headers['content-encoding'] ?? '').split(',').some((coding) => coding.trim() === 'aws-chunked') ||
		(headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
	if (!chunked) return {payload: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), trailers: {}};
	const decoded = decodeAwsChunked(raw);
	const declared = headers['x-amz-decoded-content-length'];
	if (declared !== undefined && Number(declared) !== decoded.payload.length) {
		throw new SandboxError(
			'IncompleteBody',
			'You did not provide the number of bytes specified by the x-amz-decoded-content-length HTTP header.',
		);
	}
	return decoded;
}

function metadataOf(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
	const metadata: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (name.startsWith('x-amz-meta-') && value !== undefined) metadata[name.slice('x-amz-meta-'.length)] = value;
	}
	return metadata;
}

/** GetObject and HeadObject: the same headers; HeadObject states the length without the body. */
function answer(store: SandboxStore, context: ActionContext, withBody: boolean): ActionResult {
	const {bucket, key} = bucketAndKey(context);
	const object = store.buckets.objects.get(bucket, key);
	const headers = context.headers ?? {};
	const range = rangeOf(headers.range, object.body.length);
	const body = range ? object.body.subarray(range.start, range.end + 1) : object.body;
	const checksum: StoredChecksum | undefined =
		!range && headers['x-amz-checksum-mode']?.toUpperCase() === 'ENABLED'
			? (object.checksum as StoredChecksum)
			: undefined;
	const answered: Record<string, string> = {
		'content-type': object.contentType,
		ETag: object.etag,
		'Last-Modified': new Date(object.lastModified).toUTCString(),
		'Accept-Ranges': 'bytes',
		...(range ? {'Content-Range': `bytes ${range.start}-${range.end}/${object.body.length}`} : {}),
		...(checksum ? checksumHeader(checksum) : {}),
		...Object.fromEntries(Object.entries(object.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value])),
	};
	const status = range ? 206 : 200;
	if (withBody) return {httpStatus: status, headers: answered, payload: body};
	return {httpStatus: status, headers: {...answered, 'content-length': String(body.length)}};
}
