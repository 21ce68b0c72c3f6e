import {randomBytes} from 'node:crypto';
import {SandboxError} from '../errors.js';
import type {ActionResult} from '../types.js';
import {decodePairs, decodeUtf8, uniqueParams} from './params.js';
import type {SandboxRequest, SandboxResponse} from './request.js';
import {buildXml, toWire, XML_DECLARATION} from './xml.js';

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export interface S3Call {
	readonly action: 'ListBuckets' | 'CreateBucket' | 'DeleteBucket';
	/** Query parameters plus Bucket from the path. */
	readonly params: Readonly<Record<string, string>>;
	readonly body: string;
}

const malformedUri = () => new SandboxError('InvalidURI', "Couldn't parse the specified URI.");
const duplicate = (name: string) =>
	new SandboxError('InvalidArgument', `The query parameter ${name} was given more than once.`);

/**
 * Path-style routes: GET / → ListBuckets, PUT /bucket → CreateBucket, DELETE /bucket → DeleteBucket.
 * Virtual-hosted style (Host: BUCKET.localhost:PORT) names the bucket in the host, as S3 reads it:
 * PUT / and DELETE / are then the bucket's, and GET / is ListObjects, which the sandbox refuses.
 */
export function parseS3Call(request: SandboxRequest): S3Call {
	const params = uniqueParams(decodePairs(request.rawQuery, malformedUri), duplicate);
	const hostBucket = virtualHostedBucket(request.headers.host);
	const segments = request.path.split('/').slice(1);
	if (hostBucket !== undefined && !(segments.length === 1 && segments[0] === '')) {
		throw notImplemented(request, 'object operations');
	}
	if (segments.length > 2 || (segments.length === 2 && segments[1] !== ''))
		throw notImplemented(request, 'object operations');
	const bucket = hostBucket ?? decodeBucket(segments[0] ?? '');
	if (hostBucket !== undefined && request.method === 'GET') throw notImplemented(request, 'ListObjects');
	const action = routeOf(request.method, bucket);
	if (!action) throw notImplemented(request, `${request.method} on ${bucket ? 'a bucket' : 'the service'}`);
	// A sub-resource (?acl, ?tagging, ...) is another operation on the same path: never treat it as this one.
	const subresource = Object.keys(params).find((name) => !isPlainParameter(action, name));
	if (subresource !== undefined) throw notImplemented(request, `the '${subresource}' sub-resource`);
	const body = decodeUtf8(
		request.body,
		() =>
			new SandboxError(
				'MalformedXML',
				'The XML you provided was not well-formed or did not validate against our published schema.',
			),
	);
	return {action, params: bucket ? {...params, Bucket: bucket} : params, body};
}

/** `my-bucket` from `my-bucket.localhost:4566`; undefined for a plain host (path-style requests). */
export function virtualHostedBucket(host: string | undefined): string | undefined {
	const hostname = (host ?? '').replace(/:\d+$/, '').toLowerCase();
	const match = /^(.+)\.localhost$/.exec(hostname);
	return match?.[1];
}

function routeOf(method: string, bucket: string): S3Call['action'] | undefined {
	if (!bucket) return method === 'GET' ? 'ListBuckets' : undefined;
	if (method === 'PUT') return 'CreateBucket';
	if (method === 'DELETE') return 'DeleteBucket';
	return undefined;
}

const LIST_BUCKETS_PARAMETERS = new Set(['max-buckets', 'continuation-token', 'prefix', 'bucket-region']);

function isPlainParameter(action: S3Call['action'], name: string): boolean {
	// The SDK tags some requests with ?x-id=Operation; it names the operation, it is not a sub-resource.
	// X-Amz-* parameters are a presigned URL's authentication.
	if (name === 'x-id' || name.toLowerCase().startsWith('x-amz-')) return true;
	return action === 'ListBuckets' && LIST_BUCKETS_PARAMETERS.has(name);
}

function decodeBucket(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw malformedUri();
	}
}

function notImplemented(request: SandboxRequest, what: string): SandboxError {
	return new SandboxError(
		'NotImplemented',
		`The sandbox implements only ListBuckets, CreateBucket and DeleteBucket, not ${what} (${request.method} ${request.headers.host ?? ''}${request.path}).`,
		501,
		'Receiver',
	);
}

function s3Headers(requestId: string): Record<string, string> {
	return {'x-amz-request-id': requestId, 'x-amz-id-2': randomBytes(48).toString('base64')};
}

export function s3Success(result: ActionResult, requestId: string): SandboxResponse {
	const headers = {...result.headers, ...s3Headers(requestId)};
	if (result.body === undefined || result.root === undefined) {
		return {status: result.httpStatus ?? 200, headers, body: ''};
	}
	const content = toWire(result.body, {listsAsMembers: false, milliseconds: true}) as Record<string, unknown>;
	return {
		status: result.httpStatus ?? 200,
		headers: {...headers, 'content-type': 'application/xml'},
		body: `${XML_DECLARATION}\n${buildXml({[result.root]: {'@_xmlns': S3_NAMESPACE, ...content}})}`,
	};
}

export function s3Error(error: SandboxError, requestId: string): SandboxResponse {
	const headers = s3Headers(requestId);
	const document = {
		Error: {Code: error.awsCode, Message: error.message, RequestId: requestId, HostId: headers['x-amz-id-2']},
	};
	return {
		status: error.httpStatus,
		headers: {...headers, 'content-type': 'application/xml'},
		body: `${XML_DECLARATION}\n${buildXml(document)}`,
	};
}
