import {describe, expect, it} from 'vitest';
import {useSdkSandbox} from '../e2e/clients.js';
import {errorOf, send, signed} from '../server/raw-http.js';

/*
 * The credential scope's date must be the request's own day: a signature made today under a scope
 * that names 1999-01-01 was accepted, the scope's date being read nowhere.
 */

const CALLER_IDENTITY = 'Action=GetCallerIdentity&Version=2011-06-15';

/** The request with its Authorization header's scope date replaced, the signature left as it was. */
function withScopeDate<T extends {headers: Record<string, string>}>(request: T, day: string): T {
	const authorization = request.headers.authorization!.replace(/(Credential=[^/]+\/)\d{8}\//, `$1${day}/`);
	expect(authorization).not.toBe(request.headers.authorization);
	return {...request, headers: {...request.headers, authorization}};
}

describe('the credential scope date', () => {
	const sandbox = useSdkSandbox();

	it('accepts the scope of the request day, and refuses 19990101 with STS words', async () => {
		const request = await signed(sandbox.endpoint, {
			service: 'sts',
			credentials: sandbox.credentials,
			body: CALLER_IDENTITY,
		});
		expect((await send(sandbox.endpoint, request)).status).toBe(200);
		const answer = await send(sandbox.endpoint, withScopeDate(request, '19990101'));
		const amzDate = request.headers['x-amz-date']!;
		expect(answer.status).toBe(403);
		expect(errorOf(answer)).toEqual({
			Type: 'Sender',
			Code: 'SignatureDoesNotMatch',
			Message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '19990101' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
		});
	});

	it('refuses it for S3 with AuthorizationHeaderMalformed', async () => {
		const request = await signed(sandbox.endpoint, {
			service: 's3',
			credentials: sandbox.credentials,
			method: 'GET',
			headers: {'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'},
		});
		expect((await send(sandbox.endpoint, request)).status).toBe(200);
		const answer = await send(sandbox.endpoint, withScopeDate(request, '19990101'));
		expect(answer.status).toBe(400);
		expect(errorOf(answer)).toMatchObject({Code: 'AuthorizationHeaderMalformed'});
		expect(errorOf(answer).Message).toContain('Invalid credential date');
	});

	it('refuses it in a presigned URL with AuthorizationQueryParametersError', async () => {
		const now = new Date();
		const day = now.toISOString().slice(0, 10).replaceAll('-', '');
		const amzDate = `${now.toISOString().replace(/[-:]|\.\d{3}/g, '')}`;
		const answer = await send(sandbox.endpoint, {
			method: 'GET',
			path: '/',
			query: {
				'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
				'X-Amz-Credential': `${sandbox.credentials.accessKeyId}/19990101/us-east-1/s3/aws4_request`,
				'X-Amz-Date': amzDate,
				'X-Amz-Expires': '60',
				'X-Amz-SignedHeaders': 'host',
				'X-Amz-Signature': '0'.repeat(64),
			},
			headers: {host: new URL(sandbox.endpoint).host},
		});
		expect(answer.status).toBe(400);
		expect(errorOf(answer)).toEqual({
			Code: 'AuthorizationQueryParametersError',
			Message: `Invalid credential date "19990101". This date is not the same as X-Amz-Date: "${day}".`,
			RequestId: expect.any(String),
			HostId: expect.any(String),
		});
	});

	it("answers a Signature Version 2 header with S3's InvalidRequest, naming SigV4", async () => {
		const answer = await send(sandbox.endpoint, {
			method: 'GET',
			path: '/',
			headers: {
				host: new URL(sandbox.endpoint).host,
				date: new Date().toUTCString(),
				authorization: `AWS ${sandbox.credentials.accessKeyId}:${Buffer.alloc(20).toString('base64')}`,
			},
		});
		expect(answer.status).toBe(400);
		expect(errorOf(answer)).toMatchObject({Code: 'InvalidRequest'});
		expect(errorOf(answer).Message).toMatch(/AWS4-HMAC-SHA256.*SigV4/);
	});
});
