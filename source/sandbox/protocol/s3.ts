import {randomBytes} from 'node:crypto';
import {SandboxError} from '../errors.js';
import type {ActionResult} from '../types.js';
import {routeS3, type S3Action} from './s3-routes.js';
import {decodePairs, decodeUtf8, uniqueParams} from './params.js';
import type {SandboxRequest, SandboxResponse} from './request.js';
import {buildXml, toWire, XML_DECLARATION} from './xml.js';

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export interface S3Call {
	readonly action: S3Action;
	/** Query parameters plus Bucket (and Key) from the path or host. */
	readonly params: Readonly<Record<string, string>>;
	/** The body as text, for the bucket operations' XML; empty for object operations. */
	readonly body: string;
	/** The object operations' body, as sent (aws-chunked still encoded), and the request's headers. */
	readonly payload?: Uint8Array;
	readonly headers?: Readonly<Record<string, string | undefined>>;
}

const malformedUri = () => new SandboxError('InvalidURI', "Couldn't parse the specified URI.");
const duplicate = (name: string) =>
	new SandboxError('InvalidArgument', `The query parameter ${name} was given more than once.`);
const malformedXml = () =>
	new SandboxError(
		'MalformedXML',
		'The XML you provided was not well-formed or did not validate against our published schema.',
	);

/** The operation (see s3-routes.ts) and its parameters; object operations keep the raw body and headers. */
export function parseS3Call(request: SandboxRequest): S3Call {
	const query = uniqueParams(decodePairs(request.rawQuery, malformedUri), duplicate);
	const route = routeS3(request, query);
	const params = {
		...query,
		...(route.bucket ? {Bucket: route.bucket} : {}),
		...(route.key === undefined ? {} : {Key: route.key}),
	};
	if (route.key !== undefined)
		return {action: route.action, params, body: '', payload: request.body, headers: request.headers};
	const body = route.action === 'ListObjectsV2' ? '' : decodeUtf8(request.body, malformedXml);
	return {action: route.action, params, body};
}

export {virtualHostedBucket} from './s3-routes.js';

function s3Headers(requestId: string): Record<string, string> {
	return {'x-amz-request-id': requestId, 'x-amz-id-2': randomBytes(48).toString('base64')};
}

export function s3Success(result: ActionResult, requestId: string): SandboxResponse {
	const headers = {...result.headers, ...s3Headers(requestId)};
	if (result.payload !== undefined) return {status: result.httpStatus ?? 200, headers, body: result.payload};
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
