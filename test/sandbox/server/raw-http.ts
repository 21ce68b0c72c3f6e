import {request as httpRequest} from 'node:http';
import {HttpRequest} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import {XMLParser} from 'fast-xml-parser';
import {NodeSha256} from '../../../source/sandbox/auth/sha256.js';

export interface RawResponse {
	readonly status: number;
	readonly headers: Record<string, string | string[] | undefined>;
	readonly text: string;
	/** The parsed XML document. */
	readonly xml: Record<string, any>;
}

export interface RawRequest {
	readonly method: string;
	readonly path: string;
	readonly query?: Record<string, string>;
	readonly headers: Record<string, string>;
	readonly body?: string | Buffer;
}

const parser = new XMLParser({ignoreAttributes: false, parseTagValue: false});

/** Sends exactly these bytes (no client-side normalisation) and reads the answer. */
export function send(endpoint: string, raw: RawRequest): Promise<RawResponse> {
	const url = new URL(endpoint);
	const query = new URLSearchParams(raw.query ?? {}).toString().replaceAll('+', '%20');
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				method: raw.method,
				path: `${raw.path}${query ? `?${query}` : ''}`,
				headers: raw.headers,
				agent: false,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						text,
						xml: text ? parser.parse(text) : {},
					});
				});
				response.on('error', reject);
			},
		);
		request.on('error', reject);
		request.end(raw.body);
	});
}

/** A SigV4-signed request built by hand, so a test can change any byte after signing. */
export async function signed(
	endpoint: string,
	{
		service,
		credentials,
		method = 'POST',
		path = '/',
		query = {},
		body = '',
		headers = {},
		date = new Date(),
		region = 'us-east-1',
	}: {
		service: string;
		credentials: {accessKeyId: string; secretAccessKey: string; sessionToken?: string};
		method?: string;
		path?: string;
		query?: Record<string, string>;
		body?: string;
		headers?: Record<string, string>;
		date?: Date;
		region?: string;
	},
): Promise<RawRequest> {
	const url = new URL(endpoint);
	const allHeaders: Record<string, string> = {host: url.host, ...headers};
	if (body && !allHeaders['content-type'])
		allHeaders['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
	if (body) allHeaders['content-length'] = String(Buffer.byteLength(body));
	const signer = new SignatureV4({
		credentials,
		region,
		service,
		sha256: NodeSha256,
		uriEscapePath: service !== 's3',
	});
	const request = await signer.sign(
		new HttpRequest({method, protocol: 'http:', hostname: url.hostname, path, query, headers: allHeaders, body}),
		{signingDate: date},
	);
	return {method, path, query, headers: request.headers, body};
}

/** The Error element of a Query (<ErrorResponse><Error>) or S3 (<Error>) error document. */
export function errorOf(response: RawResponse): {Code?: string; Message?: string; Type?: string} {
	return response.xml.ErrorResponse?.Error ?? response.xml.Error ?? {};
}
