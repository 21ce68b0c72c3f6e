import {randomUUID} from 'node:crypto';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {Socket} from 'node:net';
import {StsMfaError} from '../errors.js';
import {SANDBOX_NOTES} from '../words/sandbox.js';
import {SandboxError} from './errors.js';
import type {SandboxRequest, SandboxResponse} from './protocol/request.js';
import {bodyLimitOf, entityTooLarge} from './protocol/s3-routes.js';
import {serviceOf} from './protocol/service.js';
import {errorResponse, internalFailure} from './router.js';

/** Request bodies above this are refused (the largest input but an object is a 128 KiB policy); S3 object uploads have their own limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface Transport {
	readonly host: string;
	readonly port: number;
	close(): Promise<void>;
}

type Handler = (request: SandboxRequest) => Promise<SandboxResponse>;

/** Serves `handler` over node:http; every failure, even below HTTP, gets an AWS-style answer. */
export interface ListenOptions {
	readonly host: string;
	readonly port: number;
	/** The sandbox's clock, for the Date header (clients compare it with theirs to detect skew). */
	readonly now: () => number;
	/** Slow or stalled clients are cut off after these (defaults 10 s for headers, 30 s in all). */
	readonly headersTimeoutMs?: number;
	readonly requestTimeoutMs?: number;
}

export async function listen(
	handler: Handler,
	{host, port, now, headersTimeoutMs = 10_000, requestTimeoutMs = 30_000}: ListenOptions,
): Promise<Transport> {
	const options = {
		requestTimeout: requestTimeoutMs,
		headersTimeout: headersTimeoutMs,
		// Longer than node's 5 s: the SDK's agent keeps idle sockets without a timeout of its own (it
		// ignores the Keep-Alive hint then), so a request sent as the server closes an idle one fails
		// with ECONNRESET. A demo often pauses a few seconds between calls; a minute is what AWS's
		// load balancers allow.
		keepAliveTimeout: 60_000,
		// Node checks the two timeouts on this interval (30 s by default, longer than the timeouts).
		connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
		// Node would answer a request without Host itself, with an empty body; the signature check
		// refuses it anyway (Host must be signed), with an AWS error document.
		requireHostHeader: false,
	};
	const server = createServer(options, (request, response) => {
		void serve(handler, request, response, now);
	});
	server.on('clientError', answerClientError);
	await new Promise<void>((resolve, reject) => {
		const refused = (error: NodeJS.ErrnoException) => reject(listenError(error, host, port));
		server.once('error', refused);
		server.listen(port, host, () => {
			server.off('error', refused);
			resolve();
		});
	});
	// Listening, an error is one connection that could not be accepted (EMFILE): that client sees it
	// refused and may retry; every other client carries on. Unheard (the once() above heard only the
	// first), it would end the process: under serve --ssh, every attendee's run with it.
	server.on('error', () => {});
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	return {host, port: boundPort, close: () => close(server)};
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): StsMfaError {
	if (error.code === 'EADDRINUSE')
		return new StsMfaError('SandboxPortInUse', SANDBOX_NOTES.portInUse(host, port), {cause: error});
	if (error.code === 'EACCES')
		return new StsMfaError('SandboxPortDenied', SANDBOX_NOTES.portDenied(host, port), {cause: error});
	return new StsMfaError('SandboxListen', SANDBOX_NOTES.cannotListen(host, port, error.message), {cause: error});
}

async function close(server: Server): Promise<void> {
	const closed = new Promise<void>((resolve) => server.close(() => resolve()));
	// Keep-alive sockets would hold close() open until they time out.
	server.closeAllConnections();
	await closed;
}

async function serve(
	handler: Handler,
	request: IncomingMessage,
	response: ServerResponse,
	now: () => number,
): Promise<void> {
	const head = requestHead(request);
	try {
		const limit = bodyLimitOf(head, serviceOf(head), MAX_BODY_BYTES);
		const body = await readBody(request, limit);
		if (body === 'too-large') {
			const error = limit === MAX_BODY_BYTES ? tooLarge(serviceOf(head)) : entityTooLarge();
			send(response, errorResponse(serviceOf(head), error, randomUUID()), now, {close: true});
			return;
		}
		send(response, await handler({...head, body}), now);
	} catch {
		// Only the transport itself can get here (the router answers its own errors).
		if (!response.headersSent && !response.destroyed)
			send(response, errorResponse(serviceOf(head), internalFailure(serviceOf(head)), randomUUID()), now, {
				close: true,
			});
	}
}

function requestHead(request: IncomingMessage): SandboxRequest {
	const url = request.url ?? '/';
	// Absolute-form targets (http://host/path) come from proxies; only the path and query matter.
	const target = url.startsWith('/') ? url : url.replace(/^[a-z]+:\/\/[^/]*/i, '') || '/';
	const questionMark = target.indexOf('?');
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
	}
	return {
		method: request.method ?? 'GET',
		path: questionMark === -1 ? target : target.slice(0, questionMark),
		rawQuery: questionMark === -1 ? '' : target.slice(questionMark + 1),
		headers,
		body: new Uint8Array(),
		sourceIp: request.socket.remoteAddress ?? '',
	};
}

/** The whole body, or 'too-large' as soon as it passes the limit (the rest is not read). */
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | 'too-large'> {
	const declared = Number(request.headers['content-length'] ?? 0);
	if (declared > limit) return Promise.resolve('too-large');
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				request.removeAllListeners('data');
				request.pause();
				resolve('too-large');
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
		request.on('error', reject);
		request.on('aborted', () => reject(new Error('request aborted')));
	});
}

function tooLarge(service: ReturnType<typeof serviceOf>): SandboxError {
	return service === 's3'
		? new SandboxError('MaxMessageLengthExceeded', 'Your request was too big.', 400)
		: new SandboxError('RequestEntityTooLarge', `Request body must not exceed ${MAX_BODY_BYTES} bytes.`, 413);
}

function send(response: ServerResponse, answer: SandboxResponse, now: () => number, {close = false} = {}): void {
	const headers: Record<string, string | number> = {
		...answer.headers,
		date: new Date(now()).toUTCString(),
		// HeadObject states the object's length without sending it.
		'content-length': answer.headers['content-length'] ?? Buffer.byteLength(answer.body),
	};
	if (close) headers.connection = 'close';
	response.writeHead(answer.status, headers);
	response.end(answer.body);
	// The unread rest of an oversized body must not be parsed as the next request: drop the socket.
	if (close) response.once('finish', () => response.socket?.destroySoon());
}

/** Malformed HTTP, oversized headers and timeouts: node's parser rejected the request before us. */
function answerClientError(error: NodeJS.ErrnoException & {rawPacket?: Buffer}, socket: Socket): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const [status, code, message] =
		error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
			? [
					408,
					'RequestTimeout',
					'Your socket connection to the server was not read from or written to within the timeout period.',
				]
			: error.code === 'HPE_HEADER_OVERFLOW'
				? [431, 'RequestHeaderSectionTooLarge', 'Your request header section exceeds the maximum allowed size.']
				: [400, 'BadRequest', 'The request is not well-formed HTTP.'];
	// Answered in the protocol the client speaks, so its SDK can read the error code.
	const request = headOfRaw(error.rawPacket);
	const answer = errorResponse(serviceOfRefused(request), new SandboxError(code, message, status), randomUUID());
	const headers = Object.entries({
		...answer.headers,
		'content-length': String(Buffer.byteLength(answer.body)),
		connection: 'close',
	});
	const head = [`HTTP/1.1 ${status} ${code}`, ...headers.map(([name, value]) => `${name}: ${value}`)];
	// An answer to HEAD has no body: a client would read one as the start of a next response.
	socket.end(`${head.join('\r\n')}\r\n\r\n${request.method === 'HEAD' ? '' : answer.body}`);
}

/**
 * The service of a refused request. When the request line alone was too long, its headers (and the
 * credential scope in them) never arrived; a POST to / is then a Query client (IAM or STS), since
 * no S3 operation posts to the root.
 */
function serviceOfRefused(request: SandboxRequest): ReturnType<typeof serviceOf> {
	const headersSeen = Object.keys(request.headers).length > 0;
	if (!headersSeen && request.method === 'POST' && request.path === '/') return 'iam';
	return serviceOf(request);
}

/** A lenient reading of the bytes node refused: enough of the request line and headers to tell the service. */
function headOfRaw(rawPacket: Buffer | undefined): SandboxRequest {
	const [requestLine = '', ...lines] = (rawPacket?.subarray(0, 64 * 1024).toString('latin1') ?? '')
		.split('\r\n\r\n', 1)[0]!
		.split('\r\n');
	const [method = '', target = '/'] = requestLine.split(' ');
	const questionMark = target.indexOf('?');
	const headers: Record<string, string> = {};
	for (const line of lines) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return {
		method,
		path: questionMark === -1 ? target : target.slice(0, questionMark),
		rawQuery: questionMark === -1 ? '' : target.slice(questionMark + 1),
		headers,
		body: new Uint8Array(),
		sourceIp: '',
	};
}
