import {connect} from 'node:net';
import {Agent, request as httpRequest} from 'node:http';
import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {StsMfaError} from '../../../source/errors.js';
import {startSandbox} from '../../../source/sandbox/index.js';
import {useSdkSandbox} from '../e2e/clients.js';
import {listen, MAX_BODY_BYTES} from '../../../source/sandbox/server.js';
import {errorOf, send, signed} from './raw-http.js';

const parser = new XMLParser();

/** Writes raw bytes on a fresh socket and reads until the server closes it. */
function rawExchange(
	endpoint: string,
	chunks: Array<string | Buffer>,
	{deadlineMs = 10_000} = {},
): Promise<{text: string; closed: boolean}> {
	const url = new URL(endpoint);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(url.port), url.hostname);
		let text = '';
		const timer = setTimeout(() => {
			socket.destroy();
			resolve({text, closed: false});
		}, deadlineMs);
		socket.on('data', (data) => (text += data.toString('latin1')));
		socket.on('close', () => {
			clearTimeout(timer);
			resolve({text, closed: true});
		});
		socket.on('error', (error: NodeJS.ErrnoException) =>
			error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
		);
		socket.on('connect', () => {
			for (const chunk of chunks) socket.write(chunk);
		});
	});
}

function bodyOf(httpText: string): string {
	return httpText.slice(httpText.indexOf('\r\n\r\n') + 4);
}

describe('the transport under malformed and hostile input', () => {
	const sandbox = useSdkSandbox();
	const admin = () => sandbox.credentials;

	async function stillServes(): Promise<void> {
		const response = await send(
			sandbox.endpoint,
			await signed(sandbox.endpoint, {
				service: 'sts',
				credentials: admin(),
				body: 'Action=GetCallerIdentity&Version=2011-06-15',
			}),
		);
		expect(response.status).toBe(200);
		expect(response.xml.GetCallerIdentityResponse.GetCallerIdentityResult.Account).toBe(sandbox.accountId);
	}

	it('refuses a body declared larger than 1 MiB before reading it, and closes the connection', async () => {
		const head = `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`;
		const {text, closed} = await rawExchange(sandbox.endpoint, [head, 'Action=GetCallerIdentity&Version=2011-06-15&']);
		expect(closed).toBe(true);
		expect(text).toMatch(/^HTTP\/1\.1 413 /);
		expect(parser.parse(bodyOf(text)).ErrorResponse.Error.Code).toBe('RequestEntityTooLarge');
		await stillServes();
	});

	it('refuses a chunked body once it passes 1 MiB', async () => {
		const chunk = Buffer.alloc(256 * 1024, 'a');
		const chunked = (data: Buffer) =>
			Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
		const head = 'PUT /bucket HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
		const {text, closed} = await rawExchange(sandbox.endpoint, [
			head,
			...Array.from({length: 5}, () => chunked(chunk)),
		]);
		expect(closed).toBe(true);
		expect(text).toMatch(/^HTTP\/1\.1 400 /);
		expect(parser.parse(bodyOf(text)).Error.Code).toBe('MaxMessageLengthExceeded');
		await stillServes();
	});

	it('answers garbage that is not HTTP, and oversized headers, with an XML error', async () => {
		const garbage = await rawExchange(sandbox.endpoint, ['\u0000\u0001 NOT HTTP AT ALL\r\n\r\n']);
		expect(garbage.text).toMatch(/^HTTP\/1\.1 400 /);
		expect(parser.parse(bodyOf(garbage.text)).Error.Code).toBe('BadRequest');
		const huge = await rawExchange(sandbox.endpoint, [
			`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
		]);
		expect(huge.text).toMatch(/^HTTP\/1\.1 431 /);
		await stillServes();
	});

	it('answers an unknown action, another API version and a missing Action as AWS does', async () => {
		const call = async (body: string) =>
			errorOf(
				await send(sandbox.endpoint, await signed(sandbox.endpoint, {service: 'iam', credentials: admin(), body})),
			);
		expect(await call('Action=ListSAMLProviders&Version=2010-05-08')).toEqual({
			Type: 'Sender',
			Code: 'InvalidAction',
			Message: 'Could not find operation ListSAMLProviders for version 2010-05-08',
		});
		expect((await call('Action=ListUsers&Version=2099-01-01')).Code).toBe('InvalidAction');
		for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(await call(`Action=${inherited}&Version=2010-05-08`)).toMatchObject({
				Code: 'InvalidAction',
				Message: `Could not find operation ${inherited} for version 2010-05-08`,
			});
		}
		expect((await call('Version=2010-05-08')).Code).toBe('MissingAction');
		expect((await call('Action=ListUsers&Version=2010-05-08&Marker=%ZZ')).Code).toBe('MalformedQueryString');
	});

	it('serves Query requests sent as GET with a signed query string', async () => {
		const request = await signed(sandbox.endpoint, {
			service: 'sts',
			credentials: admin(),
			method: 'GET',
			query: {Action: 'GetCallerIdentity', Version: '2011-06-15'},
		});
		const response = await send(sandbox.endpoint, request);
		expect(response.status).toBe(200);
		expect(response.xml.GetCallerIdentityResponse.GetCallerIdentityResult.Arn).toBe(
			`arn:aws:iam::${sandbox.accountId}:root`,
		);
	});

	it('answers S3 operations it does not implement with NotImplemented (501), never a silent success', async () => {
		for (const [method, path, query] of [
			['GET', '/some-bucket', {}],
			['PUT', '/some-bucket', {acl: ''}],
			['POST', '/some-bucket/key.txt', {uploads: ''}],
			['PUT', '/some-bucket/key.txt', {partNumber: '1', uploadId: 'u'}],
		] as const) {
			const response = await send(
				sandbox.endpoint,
				await signed(sandbox.endpoint, {service: 's3', credentials: admin(), method, path, query}),
			);
			expect(response.status).toBe(501);
			expect(errorOf(response).Code).toBe('NotImplemented');
		}
	});
});

describe('starting and stopping', () => {
	it('stops promptly even with a keep-alive connection open', async () => {
		const sandbox = await startSandbox();
		const agent = new Agent({keepAlive: true});
		const url = new URL(sandbox.endpoint);
		await new Promise<void>((resolve, reject) => {
			httpRequest({host: url.hostname, port: url.port, path: '/', agent}, (response) => {
				response.resume();
				response.on('end', resolve);
			})
				.on('error', reject)
				.end();
		});
		const started = Date.now();
		await sandbox.stop();
		expect(Date.now() - started).toBeLessThan(1_000);
		agent.destroy();
	});

	it('says clearly when the port is taken', async () => {
		const sandbox = await startSandbox();
		const port = Number(new URL(sandbox.endpoint).port);
		try {
			const failure = await startSandbox({port}).then(
				() => undefined,
				(error: unknown) => error,
			);
			expect(failure).toBeInstanceOf(StsMfaError);
			expect((failure as StsMfaError).code).toBe('SandboxPortInUse');
			expect((failure as StsMfaError).message).toContain(`Port ${port}`);
		} finally {
			await sandbox.stop();
		}
	});

	it('cuts off a client that never finishes its headers', async () => {
		const handler = async () => ({status: 200, headers: {}, body: ''});
		const transport = await listen(handler, {
			host: '127.0.0.1',
			port: 0,
			now: Date.now,
			headersTimeoutMs: 300,
			requestTimeoutMs: 600,
		});
		try {
			const {closed} = await rawExchange(`http://127.0.0.1:${transport.port}`, ['GET / HTTP/1.1\r\nHost: x\r\n'], {
				deadlineMs: 5_000,
			});
			expect(closed).toBe(true);
		} finally {
			await transport.close();
		}
	});
});
