/*
 * Policy variables (`${aws:username}`, `${aws:userid}`, `${key, 'default'}`, and the escapes
 * `${*}`, `${?}`, `${$}`), substituted in Resource and condition values of "2012-10-17" policies.
 * Older documents treat `${…}` as plain text, as AWS does. Substituted text is always literal: a
 * value containing `*` never becomes a wildcard.
 */
import type {ContextValue} from '../types.js';
import type {PolicyVersion} from './types.js';
import type {Truth} from './logic.js';
import {literalToken, matchPattern, matchTokens, wildcardTokens, type PatternToken} from './wildcard.js';

export type ContextLookup = (key: string) => ContextValue | undefined;

/** A piece of a policy value: text written in the policy, or text substituted from the context. */
export type Segment = {readonly written: string} | {readonly substituted: string};

const ESCAPES: Readonly<Record<string, string>> = {'*': '*', '?': '?', $: '$'};

/** The value's segments, or undefined when a variable names a missing key and has no default. */
export function expandVariables(text: string, version: PolicyVersion, lookup: ContextLookup): Segment[] | undefined {
	if (version !== '2012-10-17') {
		return [{written: text}];
	}

	const segments: Segment[] = [];
	let rest = text;
	for (let start = rest.indexOf('${'); start >= 0; start = rest.indexOf('${')) {
		const end = rest.indexOf('}', start);
		if (end < 0) {
			break;
		}

		segments.push({written: rest.slice(0, start)});
		const value = resolveVariable(rest.slice(start + 2, end), lookup);
		if (value === undefined) {
			return undefined;
		}

		segments.push({substituted: value});
		rest = rest.slice(end + 1);
	}

	segments.push({written: rest});
	return segments;
}

function resolveVariable(body: string, lookup: ContextLookup): string | undefined {
	const trimmed = body.trim();
	const escaped = ESCAPES[trimmed];
	if (escaped !== undefined) {
		return escaped;
	}

	const comma = trimmed.indexOf(',');
	const key = (comma < 0 ? trimmed : trimmed.slice(0, comma)).trim();
	const value = lookup(key);
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}

	return comma < 0 ? undefined : quotedDefault(trimmed.slice(comma + 1).trim());
}

function quotedDefault(text: string): string | undefined {
	return text.length >= 2 && text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1) : undefined;
}

export function segmentsText(segments: readonly Segment[]): string {
	return segments.map((segment) => ('written' in segment ? segment.written : segment.substituted)).join('');
}

/** Whether `value` matches the pattern; one written without substitutions is compiled once (matchPattern). */
export function matchSegments(segments: readonly Segment[], value: string): Truth {
	const [only] = segments;
	if (segments.length === 1 && only !== undefined && 'written' in only) return matchPattern(only.written, value);
	return matchTokens(segmentsPattern(segments), value);
}

/** Wildcards are live only in the text written in the policy. */
export function segmentsPattern(segments: readonly Segment[]): PatternToken[] {
	return segments.flatMap((segment) =>
		'written' in segment ? wildcardTokens(segment.written) : [literalToken(segment.substituted)],
	);
}
