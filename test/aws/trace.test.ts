import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAwsServices} from '../../source/aws/index.js';
import type {TraceEntry} from '../../source/aws/types.js';
import {Secret} from '../../source/secret.js';

// A canned STS endpoint whose clock runs five minutes ahead: enough to see the middleware's work.
const SKEW_MS = 5 * 60_000;
let server: Server;
let endpoint: string;

beforeAll(async () => {
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', () => {
			response.setHeader('Date', new Date(Date.now() + SKEW_MS).toUTCString());
			response.setHeader('Content-Type', 'text/xml');
			if (body.includes('Action=GetSessionToken')) {
				response.statusCode = 403;
				response.end(
					'<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>MultiFactorAuthentication failed with invalid MFA one time pass code.</Message></Error><RequestId>r1</RequestId></ErrorResponse>',
				);
				return;
			}
			response.end(
				'<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/u</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const credentials = {accessKeyId: 'AKIDOPERATOR', secretAccessKey: new Secret('operator-secret')};

describe('the trace middleware', () => {
	it('records each call with redacted parameters, outcome and principal', async () => {
		const trace: TraceEntry[] = [];
		const services = await createAwsServices({
			region: 'us-east-1',
			endpoint,
			credentials,
			onTrace: (entry) => trace.push(entry),
		});
		const userKey = {accessKeyId: 'AKIDUSER', secretAccessKey: new Secret('user-secret')};
		await services.sts().getCallerIdentity();
		await expect(
			services.sts(userKey).getSessionToken({serialNumber: 'arn:aws:iam::1:mfa/d', tokenCode: '123456'}),
		).rejects.toMatchObject({
			kind: 'invalidMfaCode',
		});
		expect(trace).toHaveLength(2);
		expect(trace[0]).toMatchObject({
			id: 1,
			service: 'sts',
			operation: 'GetCallerIdentity',
			principal: 'operator',
			outcome: 'ok',
		});
		expect(trace[1]).toMatchObject({
			id: 2,
			operation: 'GetSessionToken',
			principal: 'demo-user',
			outcome: 'error',
			errorCode: 'AccessDenied',
			params: {SerialNumber: 'arn:aws:iam::1:mfa/d', TokenCode: '[redacted]'},
		});
		expect(JSON.stringify(trace)).not.toMatch(/123456"|user-secret|operator-secret/);
		expect(trace[1]?.ms).toBeGreaterThanOrEqual(0);
	});

	it('measures the clock skew from the Date header', async () => {
		const services = await createAwsServices({region: 'us-east-1', endpoint, credentials});
		expect(services.clockSkewMs()).toBeUndefined();
		await services.sts().getCallerIdentity();
		expect(Math.abs((services.clockSkewMs() ?? 0) - SKEW_MS)).toBeLessThan(5_000);
	});
});
