import {timingSafeEqual} from 'node:crypto';
import type {SandboxError} from '../errors.js';
import {decodePairs, toSignableQuery} from '../protocol/params.js';
import type {SandboxRequest} from '../protocol/request.js';
import type {Principal, SandboxService} from '../types.js';
import {
	clockSkew,
	expiredToken,
	incompleteSignature,
	invalidPayloadHash,
	invalidSessionToken,
	missingAuthentication,
	missingDate,
	payloadHashMismatch,
	scopeDateMismatch,
	signatureMismatch,
	signatureVersion2,
	unknownAccessKey,
	wrongScopeService,
} from './errors.js';
import {isPresigned, parseQueryAuthorization, QUERY_AUTH_PARAMETERS} from './presigned.js';
import {sha256Hex} from './sha256.js';
import {parseAmzDate, parseAuthorization, type SignatureVerifier} from './sigv4.js';

/** The part of the store that authentication needs. */
export interface CredentialSource {
	resolveCredentials(
		accessKeyId: string,
		now: number,
		sessionToken?: string,
	):
		| {readonly secretAccessKey: string; readonly sessionToken?: string; readonly principal: Principal}
		| {readonly error: 'unknown' | 'expired' | 'badToken'};
}

function resolutionError(service: SandboxService, error: 'unknown' | 'expired' | 'badToken'): SandboxError {
	if (error === 'expired') return expiredToken(service);
	return error === 'badToken' ? invalidSessionToken(service) : unknownAccessKey(service);
}

/** Verifies a request's SigV4 signature and returns who signed it, or throws the service's own error. */
export async function authenticate(
	request: SandboxRequest,
	service: SandboxService,
	source: CredentialSource,
	verifier: SignatureVerifier,
	now: number,
): Promise<Principal> {
	const header = request.headers.authorization;
	if (header === undefined) {
		const query = toSignableQuery(decodePairs(request.rawQuery, () => signatureMismatch(service)));
		if (isPresigned(query)) return authenticatePresigned(request, query, service, source, verifier, now);
		if (isSignatureVersion2Query(query)) throw signatureVersion2(service);
		throw missingAuthentication(service);
	}
	if (SIGNATURE_VERSION_2_HEADER.test(header)) throw signatureVersion2(service);
	const authorization = parseAuthorization(header);
	if ('problems' in authorization) throw incompleteSignature(service, authorization.problems, header);
	if (authorization.service !== service) throw wrongScopeService(service);
	const signingDate = parseAmzDate(request.headers['x-amz-date']);
	if (!signingDate) throw missingDate(service);
	const amzDate = request.headers['x-amz-date'] ?? '';
	if (authorization.scopeDate !== amzDate.slice(0, 8))
		throw scopeDateMismatch(service, authorization.scopeDate, amzDate, false);

	const sentToken = request.headers['x-amz-security-token'];
	const resolved = source.resolveCredentials(authorization.accessKeyId, now, sentToken);
	if ('error' in resolved) throw resolutionError(service, resolved.error);
	checkSessionToken(service, sentToken, resolved.sessionToken);
	const skew = clockSkew(service, signingDate, now);
	if (skew) throw skew;
	checkPayloadHash(service, request);

	const credentials = {accessKeyId: authorization.accessKeyId, secretAccessKey: resolved.secretAccessKey};
	const signable = {
		...request,
		query: toSignableQuery(decodePairs(request.rawQuery, () => signatureMismatch(service))),
	};
	if (!(await verifier.verify(signable, authorization, credentials, signingDate))) throw signatureMismatch(service);
	return resolved.principal;
}

/** A presigned URL: the same checks, with the authentication read from the query string. */
async function authenticatePresigned(
	request: SandboxRequest,
	query: Record<string, string | string[]>,
	service: SandboxService,
	source: CredentialSource,
	verifier: SignatureVerifier,
	now: number,
): Promise<Principal> {
	const presigned = parseQueryAuthorization(query, service, now);
	const {authorization, sessionToken} = presigned;
	if (authorization.service !== service) throw wrongScopeService(service);
	const resolved = source.resolveCredentials(authorization.accessKeyId, now, sessionToken);
	if ('error' in resolved) throw resolutionError(service, resolved.error);
	checkSessionToken(service, sessionToken, resolved.sessionToken);
	const own = Object.fromEntries(Object.entries(query).filter(([name]) => !QUERY_AUTH_PARAMETERS.has(name)));
	const credentials = {
		accessKeyId: authorization.accessKeyId,
		secretAccessKey: resolved.secretAccessKey,
		...(sessionToken === undefined ? {} : {sessionToken}),
	};
	if (!(await verifier.verifyPresigned({...request, query: own}, presigned, credentials))) {
		throw signatureMismatch(service);
	}
	return resolved.principal;
}

/** `Authorization: AWS AKID:SIGNATURE`, Signature Version 2's header. */
const SIGNATURE_VERSION_2_HEADER = /^\s*AWS [^\s:]+:/;

/** A SigV2 presigned URL (S3's `AWSAccessKeyId`, `Signature`, `Expires`; the Query services' `SignatureVersion=2`). */
function isSignatureVersion2Query(query: Readonly<Record<string, string | string[]>>): boolean {
	return query.AWSAccessKeyId !== undefined && (query.Signature !== undefined || query.SignatureVersion !== undefined);
}

function checkSessionToken(service: SandboxService, sent: string | undefined, expected: string | undefined): void {
	if (expected === undefined) {
		// A long-term key never comes with a token.
		if (sent !== undefined) throw invalidSessionToken(service);
		return;
	}
	// A session key without its token does not exist as far as AWS is concerned.
	if (sent === undefined) throw service === 's3' ? unknownAccessKey(service) : invalidSessionToken(service);
	const given = Buffer.from(sent);
	const wanted = Buffer.from(expected);
	if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw invalidSessionToken(service);
}

const UNSIGNED_S3_PAYLOADS = new Set(['UNSIGNED-PAYLOAD', 'STREAMING-UNSIGNED-PAYLOAD-TRAILER']);

function checkPayloadHash(service: SandboxService, request: SandboxRequest): void {
	const declared = request.headers['x-amz-content-sha256'];
	if (declared === undefined) return;
	if (/^[0-9a-f]{64}$/.test(declared)) {
		if (declared !== sha256Hex(request.body)) throw payloadHashMismatch(service);
		return;
	}
	// S3 also takes an unsigned body, plain or aws-chunked with trailing checksums (which the
	// object operations verify); signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) are not accepted.
	if (!(service === 's3' && UNSIGNED_S3_PAYLOADS.has(declared))) throw invalidPayloadHash(service);
}
