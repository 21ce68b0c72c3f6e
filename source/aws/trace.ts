import type {DeserializeMiddleware, InitializeMiddleware, MiddlewareStack} from '@smithy/types';
import {HttpRequest} from '@smithy/protocol-http';
import {REQUEST_NOTE, type RequestNote, toAwsError} from './map-error.js';
import type {TraceEntry, TraceListener} from './types.js';

/** Parameters that carry a secret or a one-time code; the trace shows "[redacted]" instead. */
const SECRET_PARAMS = new Set([
	'SecretAccessKey',
	'SessionToken',
	'AuthenticationCode1',
	'AuthenticationCode2',
	'TokenCode',
	'Base32StringSeed',
	'QRCodePNG',
]);

/** A deep copy of a command input with every secret-bearing parameter replaced. */
function redactParams(value: unknown): unknown {
	if (Array.isArray(value)) return value.map((item) => redactParams(item));
	if (value instanceof Uint8Array) return '[binary]';
	if (value instanceof Date || value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		if (item === undefined) continue;
		copy[key] = SECRET_PARAMS.has(key) ? '[redacted]' : redactParams(item);
	}
	return copy;
}

export interface TraceRecorder {
	record(entry: Omit<TraceEntry, 'id'>): void;
	noteServerDate(date: string | undefined, receivedAt: number): void;
	clockSkewMs(): number | undefined;
}

export function createTraceRecorder(onTrace?: TraceListener): TraceRecorder {
	let nextId = 1;
	let skew: number | undefined;
	return {
		record(entry) {
			onTrace?.({...entry, id: nextId++});
		},
		noteServerDate(date, receivedAt) {
			if (!date) return;
			const server = Date.parse(date);
			// The Date header has one-second resolution, so smaller differences are noise.
			if (Number.isFinite(server)) skew = Math.abs(server - receivedAt) < 1000 ? 0 : server - receivedAt;
		},
		clockSkewMs: () => skew,
	};
}

/**
 * Keeps, on a failed call's error, where the signed request went and the start of the key that
 * signed it: what map-error needs to say "did not answer like AWS" or "the access key AKIA… was
 * refused". The signature and everything else in the Authorization header stay behind.
 */
function noteRequest(error: unknown, request: unknown): unknown {
	if (typeof error !== 'object' || error === null || !HttpRequest.isInstance(request)) return error;
	const port = request.port ? `:${request.port}` : '';
	const url = `${request.protocol}//${request.hostname}${port}${request.path}`;
	const authorization = request.headers.authorization ?? request.headers.Authorization ?? '';
	const keyId = /Credential=([A-Z0-9]+)\//.exec(authorization)?.[1];
	Object.defineProperty(error, REQUEST_NOTE, {value: {url, keyId} satisfies RequestNote, enumerable: false});
	return error;
}

/**
 * Adds three middlewares to a client: one around the whole call (all retries) that records a
 * TraceEntry, one next to the transport that reads the server's Date header for clock skew, and one
 * that notes on a failed attempt's error where it went and which key signed it.
 */
export function instrumentClient(
	// biome-ignore lint/suspicious/noExplicitAny: each SDK client's stack has its own input and output unions
	client: {middlewareStack: MiddlewareStack<any, any>},
	service: TraceEntry['service'],
	principal: TraceEntry['principal'],
	recorder: TraceRecorder,
): void {
	const trace: InitializeMiddleware<object, object> = (next, context) => async (args) => {
		const started = performance.now();
		const base = {
			service,
			principal,
			operation: (context.commandName ?? 'Unknown').replace(/Command$/, ''),
			params: redactParams(args.input) as Record<string, unknown>,
		};
		try {
			const result = await next(args);
			recorder.record({...base, outcome: 'ok', ms: Math.round(performance.now() - started), at: new Date()});
			return result;
		} catch (error) {
			const mapped = toAwsError(error, service, base.operation);
			const errorCode = mapped.awsCode ?? mapped.kind;
			recorder.record({
				...base,
				outcome: 'error',
				errorCode,
				ms: Math.round(performance.now() - started),
				at: new Date(),
			});
			throw error;
		}
	};
	// Outside the SDK's deserializer (priority high), so that its errors pass through here too.
	const note: DeserializeMiddleware<object, object> = (next) => async (args) => {
		try {
			return await next(args);
		} catch (error) {
			throw noteRequest(error, args.request);
		}
	};
	const skew: DeserializeMiddleware<object, object> = (next) => async (args) => {
		const result = await next(args);
		const headers = (result.response as {headers?: Record<string, string>} | undefined)?.headers;
		recorder.noteServerDate(headers?.date ?? headers?.Date, Date.now());
		return result;
	};
	client.middlewareStack.add(trace, {step: 'initialize', name: 'stsMfaTrace', priority: 'high'});
	client.middlewareStack.add(note, {step: 'deserialize', name: 'stsMfaRequestNote', priority: 'high'});
	client.middlewareStack.add(skew, {step: 'deserialize', name: 'stsMfaClockSkew', priority: 'low'});
}
