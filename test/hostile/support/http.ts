import {type Agent, request as httpRequest} from 'node:http';
import {connect} from 'node:net';
import type {WireRequest} from './signing.js';

export interface WireResponse {
	readonly status: number;
	readonly headers: Record<string, string | string[] | undefined>;
	readonly body: string;
}

/** The request went unanswered: the server hung, dropped the connection or sent no HTTP. */
export class NoAnswer extends Error {}

/** Sends a request on a keep-alive connection; a request unanswered after `timeoutMs` is a hang. */
export function sendWire(endpoint: URL, agent: Agent, wire: WireRequest, timeoutMs: number): Promise<WireResponse> {
	// The framing always matches the body: a lying Content-Length is the raw-socket cases' business.
	const headers = {...wire.headers};
	delete headers['content-length'];
	if (wire.body.length > 0 || wire.method === 'POST' || wire.method === 'PUT')
		headers['content-length'] = String(wire.body.length);
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			{
				host: endpoint.hostname,
				port: endpoint.port,
				method: wire.method,
				path: wire.target,
				headers,
				agent,
				timeout: timeoutMs,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks).toString('utf8'),
					}),
				);
				response.on('error', (error) => reject(new NoAnswer(`response broke off: ${error.message}`)));
			},
		);
		request.on('timeout', () => {
			request.destroy();
			reject(new NoAnswer(`no answer within ${timeoutMs} ms`));
		});
		request.on('error', (error) =>
			reject(error instanceof NoAnswer ? error : new NoAnswer(`request failed: ${error.message}`)),
		);
		request.end(wire.body);
	});
}

/** Writes raw bytes on a fresh socket, half-closes it, and reads what comes back until the server closes. */
export function sendRaw(endpoint: URL, bytes: Buffer, timeoutMs: number): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(Number(endpoint.port), endpoint.hostname);
		const chunks: Buffer[] = [];
		socket.setTimeout(timeoutMs, () => {
			socket.destroy();
			reject(new NoAnswer(`the connection stayed open ${timeoutMs} ms after the request ended`));
		});
		socket.on('data', (data: Buffer) => chunks.push(data));
		socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
		// The server may answer and close before reading everything written.
		socket.on('error', (error: NodeJS.ErrnoException) =>
			error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
		);
		socket.on('connect', () => socket.end(bytes));
	});
}

/** Runs `task` for indexes 0..count-1 with at most `concurrency` in flight. */
export async function pool(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({length: concurrency}, worker));
}
