import {SandboxError} from '../errors.js';
import type {ActionResult} from '../types.js';
import {decodeUtf8} from './params.js';
import type {SandboxRequest, SandboxResponse} from './request.js';

/*
 * botocore's "json" protocol (CloudTrail): POST / with X-Amz-Target SERVICE_PREFIX.Operation, the
 * input as a JSON object, the output as a JSON object, errors as {"__type": CODE, "message": …}.
 * Timestamps travel as epoch seconds (the protocol's default timestampFormat).
 */

export type JsonService = 'cloudtrail';

/**
 * Each JSON service's target prefixes and content type: botocore sends its model's targetPrefix,
 * the AWS SDK for JavaScript v3 the Smithy service shape's name alone; AWS accepts both.
 */
export const JSON_SERVICES = {
	cloudtrail: {
		targetPrefixes: ['com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101', 'CloudTrail_20131101'],
		contentType: 'application/x-amz-json-1.1',
	},
} as const satisfies Record<JsonService, {targetPrefixes: readonly string[]; contentType: string}>;

/** The operation an X-Amz-Target names for the service, or undefined when it names none. */
export function targetOperation(service: JsonService, target: string): string | undefined {
	const prefix = JSON_SERVICES[service].targetPrefixes.find((candidate) => target.startsWith(`${candidate}.`));
	return prefix === undefined ? undefined : target.slice(prefix.length + 1);
}

export interface JsonCall {
	readonly action: string;
	/** The body as sent: the action parses its own input (nested lists and structures). */
	readonly body: string;
}

const serialization = (message: string) => new SandboxError('SerializationException', message);

/** Reads the operation from X-Amz-Target and checks that the body is one JSON object. */
export function parseJsonCall(service: JsonService, request: SandboxRequest): JsonCall {
	const target = request.headers['x-amz-target'] ?? '';
	const action = targetOperation(service, target);
	if (request.method !== 'POST' || !action) throw unknownJsonOperation(target);
	const text = decodeUtf8(request.body, () => serialization('The request body is not UTF-8.'));
	let input: unknown;
	try {
		input = text.trim() === '' ? {} : JSON.parse(text);
	} catch {
		throw serialization('The request body is not valid JSON.');
	}
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw serialization('The request body must be a JSON object.');
	}
	return {action, body: JSON.stringify(input)};
}

export function unknownJsonOperation(target: string): SandboxError {
	return new SandboxError('UnknownOperationException', `The operation ${target || '(no X-Amz-Target)'} is unknown.`);
}

export function jsonSuccess(service: JsonService, result: ActionResult, requestId: string): SandboxResponse {
	return {
		status: result.httpStatus ?? 200,
		headers: {...result.headers, 'content-type': JSON_SERVICES[service].contentType, 'x-amzn-RequestId': requestId},
		body: JSON.stringify(result.body ?? {}),
	};
}

/** JSON services name an unknown access key differently from the Query ones (same meaning). */
const JSON_CODES: Readonly<Record<string, string>> = {InvalidClientTokenId: 'UnrecognizedClientException'};

export function jsonError(service: JsonService, error: SandboxError, requestId: string): SandboxResponse {
	const code = JSON_CODES[error.awsCode] ?? error.awsCode;
	return {
		status: error.httpStatus,
		headers: {'content-type': JSON_SERVICES[service].contentType, 'x-amzn-RequestId': requestId},
		body: JSON.stringify({__type: code, message: error.message}),
	};
}
