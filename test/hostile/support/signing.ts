import {HttpRequest} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import {NodeSha256} from '../../../source/sandbox/auth/sha256.js';

export interface Credentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken?: string;
}

/** One HTTP request exactly as it goes on the wire (the fuzzer mutates these after signing). */
export interface WireRequest {
	method: string;
	/** Path and query string, as sent. */
	target: string;
	headers: Record<string, string>;
	body: Buffer;
}

/** What UTF-8 makes of a string: lone surrogates become U+FFFD, as on the wire. */
export const wellFormed = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** RFC 3986 escaping of the UTF-8 bytes, as SigV4 canonicalizes (the sandbox decodes and canonicalizes again). */
export const uriEscape = (text: string): string =>
	encodeURIComponent(wellFormed(text)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function formOf(pairs: ReadonlyArray<readonly [string, string]>): string {
	return pairs.map(([name, value]) => `${uriEscape(name)}=${uriEscape(value)}`).join('&');
}

const signers = new Map<string, SignatureV4>();

function signerFor(credentials: Credentials, service: string, region: string): SignatureV4 {
	const key = `${credentials.accessKeyId}/${service}/${region}`;
	let signer = signers.get(key);
	if (!signer) {
		signer = new SignatureV4({
			credentials: {...credentials},
			region,
			service,
			sha256: NodeSha256,
			uriEscapePath: service !== 's3',
		});
		signers.set(key, signer);
	}
	return signer;
}

/**
 * Signs whatever it is given — any bytes as the body, any query pairs, any content type — so a
 * request with garbage inside still carries a valid signature and reaches the parser and actions.
 */
export async function signRequest(input: {
	credentials: Credentials;
	service: string;
	host: string;
	method?: string;
	path?: string;
	query?: ReadonlyArray<readonly [string, string]>;
	body?: Buffer;
	headers?: Record<string, string>;
	region?: string;
	date?: Date;
}): Promise<WireRequest> {
	const {
		credentials,
		service,
		host,
		method = 'POST',
		path = '/',
		query = [],
		body = Buffer.alloc(0),
		region = 'us-east-1',
	} = input;
	const headers: Record<string, string> = {host, ...input.headers};
	if (body.length > 0 || method === 'POST' || method === 'PUT') headers['content-length'] = String(body.length);
	const queryMap: Record<string, string | string[]> = {};
	for (const [rawName, rawValue] of query) {
		const [name, value] = [wellFormed(rawName), wellFormed(rawValue)];
		const existing = queryMap[name];
		queryMap[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
	}
	const request = new HttpRequest({
		method,
		protocol: 'http:',
		hostname: host.split(':')[0],
		path,
		query: queryMap,
		headers,
		body,
	});
	const signed = await signerFor(credentials, service, region).sign(request, {signingDate: input.date ?? new Date()});
	const rawQuery = formOf(query);
	return {method, target: rawQuery ? `${path}?${rawQuery}` : path, headers: {...signed.headers}, body};
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

/** A Query-protocol (IAM, STS) call with these parameters, signed correctly. */
export function signQuery(
	credentials: Credentials,
	host: string,
	service: 'iam' | 'sts',
	pairs: ReadonlyArray<readonly [string, string]>,
): Promise<WireRequest> {
	return signRequest({
		credentials,
		service,
		host,
		body: Buffer.from(formOf(pairs)),
		headers: {'content-type': FORM_CONTENT_TYPE},
	});
}
