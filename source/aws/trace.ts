import type {DeserializeMiddleware, InitializeMiddleware, MiddlewareStack} from '@smithy/types';
import {toAwsError} from './map-error.js';
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
 * Adds two middlewares to a client: one around the whole call (all retries) that records a
 * TraceEntry, and one next to the transport that reads the server's Date header for clock skew.
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
	const skew: DeserializeMiddleware<object, object> = (next) => async (args) => {
		const result = await next(args);
		const headers = (result.response as {headers?: Record<string, string>} | undefined)?.headers;
		recorder.noteServerDate(headers?.date ?? headers?.Date, Date.now());
		return result;
	};
	client.middlewareStack.add(trace, {step: 'initialize', name: 'stsMfaTrace', priority: 'high'});
	client.middlewareStack.add(skew, {step: 'deserialize', name: 'stsMfaClockSkew', priority: 'low'});
}
