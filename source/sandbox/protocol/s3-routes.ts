import {SandboxError} from '../errors.js';
import type {SandboxRequest} from './request.js';

export type S3Action =
	| 'ListBuckets'
	| 'CreateBucket'
	| 'DeleteBucket'
	| 'ListObjectsV2'
	| 'PutObject'
	| 'GetObject'
	| 'HeadObject'
	| 'DeleteObject';

export interface S3Route {
	readonly action: S3Action;
	/** Empty for ListBuckets. */
	readonly bucket: string;
	/** Only for object operations. */
	readonly key?: string;
}

/** S3 limits a key to 1,024 bytes of UTF-8. */
const MAX_KEY_BYTES = 1024;

const malformedUri = () => new SandboxError('InvalidURI', "Couldn't parse the specified URI.");

/** The query parameters each operation reads; any other is a sub-resource (another operation). */
const PLAIN_PARAMETERS: Readonly<Record<S3Action, ReadonlySet<string>>> = {
	ListBuckets: new Set(['max-buckets', 'continuation-token', 'prefix', 'bucket-region']),
	CreateBucket: new Set(),
	DeleteBucket: new Set(),
	ListObjectsV2: new Set([
		'list-type',
		'prefix',
		'delimiter',
		'max-keys',
		'continuation-token',
		'start-after',
		'encoding-type',
		'fetch-owner',
	]),
	PutObject: new Set(),
	GetObject: new Set(),
	HeadObject: new Set(),
	DeleteObject: new Set(),
};

/**
 * Path-style (/bucket/key) or virtual-hosted (Host: BUCKET.localhost:PORT, path /key) requests, as
 * S3 reads them: GET / lists buckets; PUT/DELETE on a bucket create and delete it, GET with
 * list-type=2 lists its objects; PUT/GET/HEAD/DELETE on a key are the object operations.
 */
export function routeS3(request: SandboxRequest, params: Readonly<Record<string, string>>): S3Route {
	const hostBucket = virtualHostedBucket(request.headers.host);
	const path = request.path.startsWith('/') ? request.path.slice(1) : request.path;
	const slash = path.indexOf('/');
	const [bucketPart, keyPart] =
		hostBucket !== undefined
			? [undefined, path]
			: slash === -1
				? [path, '']
				: [path.slice(0, slash), path.slice(slash + 1)];
	const bucket = hostBucket ?? decode(bucketPart ?? '');
	const key = decode(keyPart);
	const action = key === '' ? bucketAction(request.method, bucket, params) : objectAction(request.method);
	if (!action)
		throw notImplemented(request, `${request.method} on ${key ? 'an object' : bucket ? 'a bucket' : 'the service'}`);
	// A sub-resource (?acl, ?tagging, ?uploads, ...) is another operation on the same path: never treat it as this one.
	const subresource = Object.keys(params).find((name) => !isPlainParameter(action, name));
	if (subresource !== undefined) throw notImplemented(request, `the '${subresource}' sub-resource`);
	if (key !== '' && request.headers['x-amz-copy-source'] !== undefined) throw notImplemented(request, 'CopyObject');
	if (Buffer.byteLength(key) > MAX_KEY_BYTES) throw new SandboxError('KeyTooLongError', 'Your key is too long');
	return key === '' ? {action, bucket} : {action, bucket, key};
}

/** `my-bucket` from `my-bucket.localhost:4566`; undefined for a plain host (path-style requests). */
export function virtualHostedBucket(host: string | undefined): string | undefined {
	const hostname = (host ?? '').replace(/:\d+$/, '').toLowerCase();
	const match = /^(.+)\.localhost$/.exec(hostname);
	return match?.[1];
}

function bucketAction(method: string, bucket: string, params: Readonly<Record<string, string>>): S3Action | undefined {
	if (!bucket) return method === 'GET' ? 'ListBuckets' : undefined;
	if (method === 'PUT') return 'CreateBucket';
	if (method === 'DELETE') return 'DeleteBucket';
	// ListObjects (version 1) is not implemented: only list-type=2 is.
	if (method === 'GET' && params['list-type'] === '2') return 'ListObjectsV2';
	return undefined;
}

function objectAction(method: string): S3Action | undefined {
	const actions: Record<string, S3Action> = {
		PUT: 'PutObject',
		GET: 'GetObject',
		HEAD: 'HeadObject',
		DELETE: 'DeleteObject',
	};
	return Object.hasOwn(actions, method) ? actions[method] : undefined;
}

function isPlainParameter(action: S3Action, name: string): boolean {
	// The SDK tags some requests with ?x-id=Operation; it names the operation, it is not a sub-resource.
	// X-Amz-* parameters are a presigned URL's authentication.
	if (name === 'x-id' || name.toLowerCase().startsWith('x-amz-')) return true;
	return PLAIN_PARAMETERS[action].has(name);
}

function decode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw malformedUri();
	}
}

function notImplemented(request: SandboxRequest, what: string): SandboxError {
	return new SandboxError(
		'NotImplemented',
		`The sandbox implements ListBuckets, CreateBucket, DeleteBucket, ListObjectsV2, PutObject, GetObject, HeadObject and DeleteObject, not ${what} (${request.method} ${request.headers.host ?? ''}${request.path}).`,
		501,
		'Receiver',
	);
}

/**
 * The largest object the sandbox keeps: 8 MiB, the AWS CLI's multipart threshold, so whatever the
 * CLI uploads in one PutObject fits (multipart uploads are not implemented).
 */
export const MAX_OBJECT_BYTES = 8 * 1024 * 1024;
/** What an upload's request body may hold beyond the object: aws-chunked framing and trailers. */
const CHUNKED_OVERHEAD_BYTES = 256 * 1024;

/** A PUT of an object: its body may be up to MAX_OBJECT_BYTES (other requests stay at the transport's limit). */
export function bodyLimitOf(request: SandboxRequest, service: string, otherwise: number): number {
	if (service !== 's3' || request.method !== 'PUT') return otherwise;
	const path = request.path.replace(/^\//, '');
	const hasKey = virtualHostedBucket(request.headers.host) !== undefined ? path !== '' : /\/./.test(path);
	return hasKey ? MAX_OBJECT_BYTES + CHUNKED_OVERHEAD_BYTES : otherwise;
}

export const entityTooLarge = (): SandboxError =>
	new SandboxError(
		'EntityTooLarge',
		`Your proposed upload exceeds the maximum allowed size (the sandbox keeps objects of up to ${MAX_OBJECT_BYTES} bytes).`,
	);
