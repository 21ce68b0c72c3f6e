import {SandboxError} from '../errors.js';
import type {ActionResult} from '../types.js';
import {decodePairs, decodeUtf8, uniqueParams} from './params.js';
import {IAM_OPERATIONS_WITHOUT_OUTPUT} from './no-output.js';
import type {SandboxRequest, SandboxResponse} from './request.js';
import {buildXml, toWire} from './xml.js';

export type QueryService = 'iam' | 'sts';

/** Each Query service's API version and XML namespace (botocore's service models). */
export const QUERY_SERVICES = {
	iam: {version: '2010-05-08', namespace: 'https://iam.amazonaws.com/doc/2010-05-08/'},
	sts: {version: '2011-06-15', namespace: 'https://sts.amazonaws.com/doc/2011-06-15/'},
} as const satisfies Record<QueryService, {version: string; namespace: string}>;

export interface QueryCall {
	readonly action: string;
	/** Every parameter as sent, Action and Version included. */
	readonly params: Readonly<Record<string, string>>;
}

const FORM = 'application/x-www-form-urlencoded';

const malformed = () =>
	new SandboxError(
		'MalformedQueryString',
		'The request contains malformed percent-encoding or bytes that are not UTF-8.',
	);
const duplicate = (name: string) =>
	new SandboxError('InvalidParameterValue', `The parameter ${name} was given more than once.`);

/** Reads Action, Version and the parameters from a POST form body and/or the query string. */
export function parseQueryCall(service: QueryService, request: SandboxRequest): QueryCall {
	const pairs = decodePairs(request.rawQuery, malformed);
	if (request.body.length > 0 || request.method === 'POST') {
		const contentType = (request.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
		if (request.body.length > 0 && contentType !== FORM) {
			throw new SandboxError(
				'InvalidParameterValue',
				`The Content-Type must be ${FORM} for ${service.toUpperCase()} requests, not '${contentType || 'none'}'.`,
			);
		}
		pairs.push(...decodePairs(decodeUtf8(request.body, malformed), malformed));
	}
	if (request.method !== 'POST' && request.method !== 'GET') {
		throw new SandboxError(
			'InvalidAction',
			`The ${service.toUpperCase()} Query API accepts GET and POST requests, not ${request.method}.`,
		);
	}
	const params = uniqueParams(pairs, duplicate);
	const {action, version} = {action: params.Action, version: params.Version};
	if (!action) throw new SandboxError('MissingAction', 'The request must contain the parameter Action.');
	if (!version) throw new SandboxError('MissingParameter', 'The request must contain the parameter Version.');
	if (version !== QUERY_SERVICES[service].version) throw unknownOperation(action, version);
	return {action, params};
}

/** AWS's answer for an operation it does not have (or not in that API version). */
export function unknownOperation(action: string, version: string): SandboxError {
	return new SandboxError('InvalidAction', `Could not find operation ${action} for version ${version}`);
}

/** `<XResponse><XResult>…</XResult><ResponseMetadata>…` — without XResult when the operation has no output. */
export function querySuccess(
	service: QueryService,
	action: string,
	result: ActionResult,
	requestId: string,
): SandboxResponse {
	const response: Record<string, unknown> = {'@_xmlns': QUERY_SERVICES[service].namespace};
	if (result.body !== undefined && !(service === 'iam' && IAM_OPERATIONS_WITHOUT_OUTPUT.has(action))) {
		response[`${action}Result`] = toWire(result.body, {listsAsMembers: true, milliseconds: false}) ?? '';
	}
	response.ResponseMetadata = {RequestId: requestId};
	return {
		status: result.httpStatus ?? 200,
		headers: {...result.headers, 'content-type': 'text/xml', 'x-amzn-RequestId': requestId},
		body: buildXml({[`${action}Response`]: response}),
	};
}

export function queryError(service: QueryService, error: SandboxError, requestId: string): SandboxResponse {
	const document = {
		ErrorResponse: {
			'@_xmlns': QUERY_SERVICES[service].namespace,
			Error: {Type: error.faultType, Code: error.awsCode, Message: error.message},
			RequestId: requestId,
		},
	};
	return {
		status: error.httpStatus,
		headers: {'content-type': 'text/xml', 'x-amzn-RequestId': requestId},
		body: buildXml(document),
	};
}
