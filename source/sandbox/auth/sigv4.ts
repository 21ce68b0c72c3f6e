import {timingSafeEqual} from 'node:crypto';
import {HttpRequest} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import {NodeSha256} from './sha256.js';

/** A request as it arrived, reduced to what SigV4 covers. */
export interface SignableRequest {
	readonly method: string;
	/** The path exactly as sent (still percent-encoded). */
	readonly path: string;
	/** Decoded query parameters; repeated names give arrays. */
	readonly query: Readonly<Record<string, string | string[]>>;
	/** Lower-case header names. */
	readonly headers: Readonly<Record<string, string | undefined>>;
	readonly body: Uint8Array;
}

/** The parts of `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
export interface AuthorizationHeader {
	readonly accessKeyId: string;
	/** YYYYMMDD from the credential scope. */
	readonly scopeDate: string;
	readonly region: string;
	readonly service: string;
	readonly signedHeaders: readonly string[];
	readonly signature: string;
}

export interface SigningCredentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken?: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Parses an Authorization header. Returns a list of what is missing or malformed (AWS's
 * IncompleteSignature wording) instead of throwing, so each service can phrase its own error.
 */
export function parseAuthorization(value: string): AuthorizationHeader | {readonly problems: string[]} {
	const trimmed = value.trim();
	if (!trimmed.startsWith(`${ALGORITHM} `)) {
		return {problems: [`Unsupported AWS 'algorithm': '${trimmed.split(' ', 1)[0] ?? ''}'.`]};
	}
	const fields = new Map<string, string>();
	for (const part of trimmed.slice(ALGORITHM.length).split(',')) {
		const equals = part.indexOf('=');
		if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
	}
	const problems: string[] = [];
	for (const name of ['Credential', 'SignedHeaders', 'Signature']) {
		if (!fields.get(name)) problems.push(`Authorization header requires '${name}' parameter.`);
	}
	if (problems.length > 0) return {problems};

	const scope = fields.get('Credential')!.split('/');
	const [accessKeyId, scopeDate, region, service, terminator] = scope;
	if (
		scope.length !== 5 ||
		!accessKeyId ||
		!/^\d{8}$/.test(scopeDate ?? '') ||
		!region ||
		!service ||
		terminator !== 'aws4_request'
	) {
		return {
			problems: [
				`Credential should be scoped to a valid region, service and date, with 'aws4_request' at the end: '${fields.get('Credential')}'.`,
			],
		};
	}
	const signedHeaders = fields.get('SignedHeaders')!.split(';');
	if (!signedHeaders.includes('host')) return {problems: ["'Host' must be a 'SignedHeader' in the AWS Authorization."]};
	const signature = fields.get('Signature')!;
	if (!/^[0-9a-f]{64}$/.test(signature)) return {problems: [`Signature must be 64 lower-case hex characters.`]};
	return {accessKeyId, scopeDate: scopeDate!, region, service, signedHeaders, signature};
}

/** Parses X-Amz-Date (ISO 8601 basic, e.g. 20150830T123600Z). */
export function parseAmzDate(value: string | undefined): Date | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
	const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
	return date.getUTCDate() === day && date.getUTCMonth() === month! - 1 ? date : undefined;
}

/**
 * Recomputes request signatures with the SDK's own signer. One signer per (key, region, service)
 * lives in a small LRU, so the derived signing key is computed once and reused.
 */
export class SignatureVerifier {
	readonly #signers = new Map<string, SignatureV4>();
	readonly #capacity: number;

	constructor(capacity = 512) {
		this.#capacity = capacity;
	}

	/** True when the request's signature is the one the credentials produce (constant-time comparison). */
	async verify(
		request: SignableRequest,
		authorization: AuthorizationHeader,
		credentials: SigningCredentials,
		signingDate: Date,
	): Promise<boolean> {
		const expected = await this.expectedSignature(request, authorization, credentials, signingDate);
		const given = Buffer.from(authorization.signature, 'latin1');
		const wanted = Buffer.from(expected, 'latin1');
		return given.length === wanted.length && timingSafeEqual(given, wanted);
	}

	async expectedSignature(
		request: SignableRequest,
		authorization: AuthorizationHeader,
		credentials: SigningCredentials,
		signingDate: Date,
	): Promise<string> {
		const signed = new Set(authorization.signedHeaders);
		const headers: Record<string, string> = {};
		for (const name of signed) {
			const value = request.headers[name];
			if (value !== undefined) headers[name] = value;
		}
		// The signer adds x-amz-security-token itself when the credentials carry one; it must do so
		// only when the client signed that header, or the canonical request would differ.
		const sessionToken = signed.has('x-amz-security-token') ? request.headers['x-amz-security-token'] : undefined;
		const signer = this.#signer(authorization, {...credentials, sessionToken});
		const httpRequest = new HttpRequest({
			method: request.method,
			protocol: 'http:',
			hostname: request.headers.host ?? '',
			path: request.path,
			query: {...request.query},
			headers,
			body: request.body,
		});
		const result = await signer.sign(httpRequest, {signingDate, signableHeaders: signed});
		const header = String(result.headers.authorization ?? '');
		return header.slice(header.lastIndexOf('Signature=') + 'Signature='.length);
	}

	/**
	 * The same for a presigned URL: the signer presigns the request as it was before signing (its
	 * own query parameters and the signed headers), and the signature must be the one it adds.
	 * S3 presigns UNSIGNED-PAYLOAD; the Query services sign the (empty) body. botocore presigns a
	 * Query operation with the method of its model, POST (boto3's `generate_presigned_url` without
	 * `HttpMethod`), and the URL is then opened with GET; both are the same call in the Query
	 * protocol, so a GET also passes with a signature made for POST.
	 */
	async verifyPresigned(
		request: SignableRequest,
		presigned: {authorization: AuthorizationHeader; signingDate: Date; expiresInSeconds: number},
		credentials: SigningCredentials,
	): Promise<boolean> {
		const given = Buffer.from(presigned.authorization.signature, 'latin1');
		const asPost = presigned.authorization.service !== 's3' && request.method === 'GET';
		const methods = asPost ? [request.method, 'POST'] : [request.method];
		let matched = false;
		for (const method of methods) {
			const expected = Buffer.from(await this.#presignedSignature({...request, method}, presigned, credentials));
			// Every candidate is computed and compared, so timing does not tell which one matched.
			if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
		}
		return matched;
	}

	async #presignedSignature(
		request: SignableRequest,
		presigned: {authorization: AuthorizationHeader; signingDate: Date; expiresInSeconds: number},
		credentials: SigningCredentials,
	): Promise<string> {
		const {authorization} = presigned;
		const signed = new Set(authorization.signedHeaders);
		const headers: Record<string, string> = {};
		for (const name of signed) {
			const value = request.headers[name];
			if (value !== undefined) headers[name] = value;
		}
		if (authorization.service === 's3') headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
		const httpRequest = new HttpRequest({
			method: request.method,
			protocol: 'http:',
			hostname: request.headers.host ?? '',
			path: request.path,
			query: {...request.query},
			headers,
			body: request.body,
		});
		const result = await this.#signer(authorization, credentials).presign(httpRequest, {
			signingDate: presigned.signingDate,
			expiresIn: presigned.expiresInSeconds,
			signableHeaders: signed,
			unsignableHeaders: new Set(['x-amz-content-sha256']),
			// Headers stay headers: only what the client put in the query is in the query.
			unhoistableHeaders: new Set(Object.keys(headers)),
		});
		return String(result.query?.['X-Amz-Signature'] ?? '');
	}

	#signer(authorization: AuthorizationHeader, credentials: SigningCredentials): SignatureV4 {
		const key = [
			credentials.accessKeyId,
			credentials.secretAccessKey,
			credentials.sessionToken ?? '',
			authorization.region,
			authorization.service,
		].join('\0');
		const cached = this.#signers.get(key);
		if (cached) {
			// Re-insert to mark it most recently used.
			this.#signers.delete(key);
			this.#signers.set(key, cached);
			return cached;
		}
		const signer = new SignatureV4({
			credentials: {...credentials},
			region: authorization.region,
			service: authorization.service,
			sha256: NodeSha256,
			uriEscapePath: authorization.service !== 's3',
			// Only headers the client signed are passed in; the signer must not add its own checksum header.
			applyChecksum: false,
		});
		this.#signers.set(key, signer);
		if (this.#signers.size > this.#capacity) this.#signers.delete(this.#signers.keys().next().value!);
		return signer;
	}
}
