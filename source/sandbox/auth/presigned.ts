/*
 * SigV4 query authentication (presigned URLs): the signature and its inputs travel as X-Amz-*
 * query parameters instead of the Authorization header, the payload is UNSIGNED-PAYLOAD for S3, and
 * the URL is good for X-Amz-Expires seconds (at most a week) from X-Amz-Date. S3's wording for the
 * errors (Amazon S3 API reference, "Authenticating Requests: Using Query Parameters").
 */
import {SandboxError} from '../errors.js';
import type {SandboxService} from '../types.js';
import {scopeDateMismatch} from './errors.js';
import {type AuthorizationHeader, parseAmzDate, parseAuthorization} from './sigv4.js';

/** The query parameters that carry the authentication; everything else is the request's own. */
export const QUERY_AUTH_PARAMETERS: ReadonlySet<string> = new Set([
	'X-Amz-Algorithm',
	'X-Amz-Credential',
	'X-Amz-Date',
	'X-Amz-Expires',
	'X-Amz-SignedHeaders',
	'X-Amz-Signature',
	'X-Amz-Security-Token',
]);

const MAX_EXPIRES_SECONDS = 604_800;
const SKEW_MS = 15 * 60 * 1000;

export interface QueryAuthorization {
	readonly authorization: AuthorizationHeader;
	readonly signingDate: Date;
	readonly expiresInSeconds: number;
	readonly sessionToken?: string;
}

export const isPresigned = (params: Readonly<Record<string, string | string[]>>): boolean =>
	params['X-Amz-Algorithm'] !== undefined;

/** Reads and checks the X-Amz-* parameters, throwing S3's (or the Query services') errors. */
export function parseQueryAuthorization(
	params: Readonly<Record<string, string | string[]>>,
	service: SandboxService,
	now: number,
): QueryAuthorization {
	const value = (name: string) => {
		const found = params[name];
		return Array.isArray(found) ? undefined : found;
	};
	const [algorithm, credential, date, expires, signedHeaders, signature] = [
		'X-Amz-Algorithm',
		'X-Amz-Credential',
		'X-Amz-Date',
		'X-Amz-Expires',
		'X-Amz-SignedHeaders',
		'X-Amz-Signature',
	].map(value);
	if (!algorithm || !credential || !date || !expires || !signedHeaders || !signature) throw missingParameters(service);
	const header = `${algorithm} Credential=${credential}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
	const authorization = parseAuthorization(header);
	if ('problems' in authorization) throw queryParametersError(service, authorization.problems.join(' '));
	const signingDate = parseAmzDate(date);
	if (!signingDate)
		throw queryParametersError(service, `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'"`);
	if (authorization.scopeDate !== date.slice(0, 8))
		throw scopeDateMismatch(service, authorization.scopeDate, date, true);
	const expiresInSeconds = /^\d{1,7}$/.test(expires) ? Number(expires) : Number.NaN;
	if (!(expiresInSeconds >= 1))
		throw queryParametersError(service, 'X-Amz-Expires must be a positive number of seconds');
	if (expiresInSeconds > MAX_EXPIRES_SECONDS) {
		throw queryParametersError(
			service,
			`X-Amz-Expires must be less than a week (in seconds) that is ${MAX_EXPIRES_SECONDS}`,
		);
	}
	if (signingDate.getTime() - SKEW_MS > now) throw new SandboxError('AccessDenied', 'Request is not valid yet', 403);
	if (signingDate.getTime() + expiresInSeconds * 1000 < now)
		throw new SandboxError('AccessDenied', 'Request has expired', 403);
	const sessionToken = value('X-Amz-Security-Token');
	return {authorization, signingDate, expiresInSeconds, ...(sessionToken === undefined ? {} : {sessionToken})};
}

function missingParameters(service: SandboxService): SandboxError {
	return queryParametersError(
		service,
		'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
	);
}

function queryParametersError(service: SandboxService, message: string): SandboxError {
	return service === 's3'
		? new SandboxError('AuthorizationQueryParametersError', message, 400)
		: new SandboxError('IncompleteSignature', message, 400);
}
