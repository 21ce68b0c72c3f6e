import type {SandboxService} from '../types.js';
import {targetOperation} from './json.js';
import {QUERY_SERVICES} from './query.js';
import type {SandboxRequest} from './request.js';

const SCOPE_SERVICE = /Credential=[^/,\s]*\/[^/,\s]*\/[^/,\s]*\/([^/,\s]+)\//;

/**
 * Which service a request is for: the SigV4 credential scope names it (one port serves them all).
 * Without a usable scope (unsigned or garbled requests) the request's shape decides, so that even
 * the error is in the protocol the client speaks.
 */
export function serviceOf(request: SandboxRequest): SandboxService {
	const scoped = SCOPE_SERVICE.exec(request.headers.authorization ?? '')?.[1] ?? presignedScope(request.rawQuery);
	if (scoped === 'iam' || scoped === 'sts' || scoped === 's3' || scoped === 'cloudtrail') return scoped;
	if (targetOperation('cloudtrail', request.headers['x-amz-target'] ?? '') !== undefined) return 'cloudtrail';
	return looksLikeQuery(request) ? queryServiceByVersion(request) : 's3';
}

/** The region of the request's credential scope (header or presigned URL); read after authentication. */
export function signingRegion(request: SandboxRequest): string | undefined {
	const scope =
		/Credential=([^,\s]*)/.exec(request.headers.authorization ?? '')?.[1] ?? presignedCredential(request.rawQuery);
	return scope?.split('/')[2];
}

function presignedCredential(rawQuery: string): string | undefined {
	const credential = /(?:^|&)X-Amz-Credential=([^&]*)/.exec(rawQuery)?.[1];
	if (credential === undefined) return undefined;
	try {
		return decodeURIComponent(credential);
	} catch {
		return undefined;
	}
}

/** The service named by a presigned URL's X-Amz-Credential (AKID/DATE/REGION/SERVICE/aws4_request). */
function presignedScope(rawQuery: string): string | undefined {
	return presignedCredential(rawQuery)?.split('/')[3];
}

function looksLikeQuery(request: SandboxRequest): boolean {
	if (/(^|&)Action=/.test(request.rawQuery)) return true;
	return (
		request.method === 'POST' &&
		(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')
	);
}

function queryServiceByVersion(request: SandboxRequest): 'iam' | 'sts' {
	const stsVersion = `Version=${QUERY_SERVICES.sts.version}`;
	if (request.rawQuery.includes(stsVersion)) return 'sts';
	// Only the first bytes: the version sits near the start of the forms SDKs send.
	return Buffer.from(request.body.buffer, request.body.byteOffset, Math.min(request.body.byteLength, 4096))
		.toString('latin1')
		.includes(stsVersion)
		? 'sts'
		: 'iam';
}
