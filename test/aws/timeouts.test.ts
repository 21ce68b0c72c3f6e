import {createServer, type Server, type Socket} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {AwsError} from '../../source/aws/errors.js';
import {createSdkServices} from '../../source/aws/sdk.js';
import {Secret} from '../../source/secret.js';

/*
 * An endpoint that accepts every connection and never answers: what a stopped (SIGSTOP) sandbox or
 * a dead NAT entry looks like to a client. Without timeouts every call to it waits forever.
 */
let server: Server;
let endpoint: string;
const sockets = new Set<Socket>();
let requests = 0;

beforeAll(async () => {
	server = createServer((socket) => {
		sockets.add(socket);
		socket.once('data', () => (requests += 1));
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	endpoint = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
});

afterAll(async () => {
	for (const socket of sockets) socket.destroy();
	await new Promise((resolve) => server.close(resolve));
});

describe('every AWS call has a deadline', () => {
	it('a call to an endpoint that never answers fails as a network error instead of waiting forever', async () => {
		const services = createSdkServices({
			region: 'us-east-1',
			endpoint,
			credentials: {
				accessKeyId: 'AKIDEXAMPLE',
				secretAccessKey: new Secret('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'),
			},
		});
		const error = await services
			.iam()
			.listUsers('/sts-mfa/')
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AwsError);
		expect((error as AwsError).kind).toBe('network');
		// The request reached the endpoint each time: it was the answer that never came.
		expect(requests).toBeGreaterThanOrEqual(1);
	}, 60_000);
});
