import {SandboxError} from '../errors.js';

/** At most this many parameters per request: the sandbox's operations need a few dozen. */
export const MAX_PARAMETERS = 1000;

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** Decodes bytes that must be UTF-8; anything else is the caller's error. */
export function decodeUtf8(bytes: Uint8Array, malformed: () => SandboxError): string {
	try {
		return utf8.decode(bytes);
	} catch {
		throw malformed();
	}
}

/**
 * Splits `a=1&b=2` (a query string or an x-www-form-urlencoded body) into decoded pairs, in order.
 * `+` is a space, as in HTML forms; bad percent-encoding or non-UTF-8 escapes are refused.
 */
export function decodePairs(text: string, malformed: () => SandboxError): Array<[string, string]> {
	if (text === '') return [];
	const parts = text.split('&');
	if (parts.length > MAX_PARAMETERS) {
		throw new SandboxError('InvalidParameterValue', `A request may carry at most ${MAX_PARAMETERS} parameters.`);
	}
	const pairs: Array<[string, string]> = [];
	for (const part of parts) {
		if (part === '') continue;
		const equals = part.indexOf('=');
		const name = equals === -1 ? part : part.slice(0, equals);
		const value = equals === -1 ? '' : part.slice(equals + 1);
		pairs.push([decodeComponent(name, malformed), decodeComponent(value, malformed)]);
	}
	return pairs;
}

function decodeComponent(text: string, malformed: () => SandboxError): string {
	try {
		return decodeURIComponent(text.replaceAll('+', ' '));
	} catch {
		throw malformed();
	}
}

/** The query map the signer canonicalizes: a repeated name keeps all its values. */
export function toSignableQuery(pairs: ReadonlyArray<[string, string]>): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
	for (const [name, value] of pairs) {
		const existing = query[name];
		if (existing === undefined) query[name] = value;
		else if (Array.isArray(existing)) existing.push(value);
		else query[name] = [existing, value];
	}
	return query;
}

/** Parameters for an action: each name at most once, since AWS would have to guess which value counts. */
export function uniqueParams(
	pairs: ReadonlyArray<[string, string]>,
	duplicate: (name: string) => SandboxError,
): Record<string, string> {
	const params: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const [name, value] of pairs) {
		if (Object.hasOwn(params, name)) throw duplicate(name);
		params[name] = value;
	}
	return params;
}
