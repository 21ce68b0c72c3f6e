import type {SandboxError} from '../errors.js';
import type {ActionResult, SandboxService} from '../types.js';
import {jsonError, jsonSuccess, parseJsonCall, unknownJsonOperation} from './json.js';
import {parseQueryCall, queryError, querySuccess, QUERY_SERVICES, unknownOperation} from './query.js';
import type {SandboxRequest, SandboxResponse} from './request.js';
import {parseS3Call, s3Error, s3Success} from './s3.js';

/** Each service's protocol: Query (IAM, STS), REST-XML (S3), JSON (CloudTrail). */

export interface Call {
	readonly action: string;
	readonly params: Readonly<Record<string, string>>;
	readonly body: string;
	/** S3 object operations: the raw body and the headers. */
	readonly payload?: Uint8Array;
	readonly headers?: Readonly<Record<string, string | undefined>>;
}

export function parseCall(service: SandboxService, request: SandboxRequest): Call {
	if (service === 's3') return parseS3Call(request);
	if (service === 'cloudtrail') return {...parseJsonCall(service, request), params: {}};
	return {...parseQueryCall(service, request), body: ''};
}

export function successResponse(
	service: SandboxService,
	action: string,
	result: ActionResult,
	requestId: string,
): SandboxResponse {
	if (service === 's3') return s3Success(result, requestId);
	if (service === 'cloudtrail') return jsonSuccess(service, result, requestId);
	return querySuccess(service, action, result, requestId);
}

export function errorResponse(service: SandboxService, error: SandboxError, requestId: string): SandboxResponse {
	if (service === 's3') return s3Error(error, requestId);
	if (service === 'cloudtrail') return jsonError(service, error, requestId);
	return queryError(service, error, requestId);
}

/** The answer for an operation the service does not have (S3's is the router's NotImplemented). */
export function unknownOperationOf(service: Exclude<SandboxService, 's3'>, action: string): SandboxError {
	if (service === 'cloudtrail') return unknownJsonOperation(action);
	return unknownOperation(action, QUERY_SERVICES[service].version);
}
