/*
 * How one value of the request context compares with one value written in a condition, per
 * operator family. A policy value the engine cannot interpret (an unparsable number, date, CIDR or
 * Base64 text, an unresolvable policy variable) gives `unknown`, never a match or a clean miss;
 * a context value of the wrong type simply does not match.
 */
import {BlockList, isIP} from 'node:net';
import type {ConditionValue} from './types.js';
import {allOf, type Truth} from './logic.js';
import {matchSegments, segmentsPattern, segmentsText, type Segment} from './variables.js';
import {matchTokens, type PatternToken} from './wildcard.js';

export type ActualValue = string | number | boolean;
/** Expands policy variables in a condition value; undefined when one cannot be resolved. */
export type Expand = (text: string) => Segment[] | undefined;
export type ValueMatcher = (actual: ActualValue, expected: ConditionValue, expand: Expand) => Truth;
type Comparison = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

function compare(a: number, b: number, comparison: Comparison): boolean {
	switch (comparison) {
		case 'eq':
			return a === b;
		case 'lt':
			return a < b;
		case 'le':
			return a <= b;
		case 'gt':
			return a > b;
		case 'ge':
			return a >= b;
	}
}

function expandedText(expected: ConditionValue, expand: Expand): string | undefined {
	const segments = expand(String(expected));
	return segments && segmentsText(segments);
}

export const stringEquals: ValueMatcher = (actual, expected, expand) => {
	const text = expandedText(expected, expand);
	return text === undefined ? 'unknown' : String(actual) === text;
};

export const stringEqualsIgnoreCase: ValueMatcher = (actual, expected, expand) => {
	const text = expandedText(expected, expand);
	return text === undefined ? 'unknown' : String(actual).toLowerCase() === text.toLowerCase();
};

export const stringLike: ValueMatcher = (actual, expected, expand) => {
	const segments = expand(String(expected));
	return segments === undefined ? 'unknown' : matchSegments(segments, String(actual));
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function toNumber(value: ActualValue): number | undefined {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? value : undefined;
	}

	return typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : undefined;
}

export function numericCompare(comparison: Comparison): ValueMatcher {
	return (actual, expected) => {
		const limit = toNumber(expected);
		if (limit === undefined) {
			return 'unknown';
		}

		const value = toNumber(actual);
		return value !== undefined && compare(value, limit, comparison);
	};
}

/** Milliseconds since the epoch from ISO 8601 text or epoch seconds (AWS accepts both). */
function toEpochMs(value: ActualValue): number | undefined {
	const seconds = toNumber(value);
	if (seconds !== undefined) {
		return seconds * 1000;
	}

	const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
	return Number.isNaN(ms) ? undefined : ms;
}

export function dateCompare(comparison: Comparison): ValueMatcher {
	return (actual, expected) => {
		const limit = toEpochMs(expected);
		if (limit === undefined) {
			return 'unknown';
		}

		const value = toEpochMs(actual);
		return value !== undefined && compare(value, limit, comparison);
	};
}

function toBool(value: ActualValue): boolean | undefined {
	if (typeof value === 'boolean') {
		return value;
	}

	const text = String(value).toLowerCase();
	return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** JSON true/false and the strings "true"/"false" are the same thing to Bool. */
export const boolEquals: ValueMatcher = (actual, expected, expand) => {
	const text = typeof expected === 'boolean' ? String(expected) : expandedText(expected, expand);
	const wanted = text === undefined ? undefined : toBool(text);
	if (wanted === undefined) {
		return 'unknown';
	}

	return toBool(actual) === wanted;
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const binaryEquals: ValueMatcher = (actual, expected) => {
	if (typeof expected !== 'string' || !BASE64.test(expected)) {
		return 'unknown';
	}

	if (typeof actual !== 'string' || !BASE64.test(actual)) {
		return false;
	}

	return Buffer.from(actual, 'base64').equals(Buffer.from(expected, 'base64'));
};

export const ipInRange: ValueMatcher = (actual, expected) => {
	const range = typeof expected === 'string' ? parseCidr(expected) : undefined;
	if (range === undefined) {
		return 'unknown';
	}

	const address = typeof actual === 'string' ? unmapIpv4(actual.trim()) : '';
	const family = isIP(address);
	if (family === 0) {
		return false;
	}

	const list = new BlockList();
	list.addSubnet(range.network, range.prefix, range.family);
	return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

function parseCidr(text: string): {network: string; prefix: number; family: 'ipv4' | 'ipv6'} | undefined {
	const [network = '', prefixText, extra] = text.trim().split('/');
	const version = isIP(network);
	if (version === 0 || extra !== undefined) {
		return undefined;
	}

	const maximum = version === 4 ? 32 : 128;
	const prefix = prefixText === undefined ? maximum : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
	if (!(prefix >= 0 && prefix <= maximum)) {
		return undefined;
	}

	return {network, prefix, family: version === 4 ? 'ipv4' : 'ipv6'};
}

/** A server on a dual-stack socket sees IPv4 clients as ::ffff:a.b.c.d; policies name a.b.c.d. */
function unmapIpv4(address: string): string {
	const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
	return mapped?.[1] ?? address;
}

/**
 * ArnEquals and ArnLike behave alike on AWS: each of the six colon-separated parts is compared on
 * its own, with wildcards, case-sensitively. A value that is not an ARN does not match.
 */
export const arnMatches: ValueMatcher = (actual, expected, expand) => {
	const segments = expand(String(expected));
	if (segments === undefined) {
		return 'unknown';
	}

	const pattern = segmentsPattern(segments);
	const patternParts = splitArnPattern(pattern);
	const actualText = typeof actual === 'string' ? actual : '';
	const actualParts = splitArn(actualText);
	if (actualParts === undefined) {
		return false;
	}

	if (patternParts === undefined) {
		// A pattern without a colon ("*") spans the whole ARN; a truncated ARN ("arn:aws:*") matches nothing.
		return String(expected).includes(':') ? false : matchTokens(pattern, actualText);
	}

	const pairs = patternParts.map((part, index) => [part, actualParts[index] ?? ''] as const);
	return allOf(pairs, ([part, actualPart]) => matchTokens(part, actualPart));
};

function splitArn(arn: string): string[] | undefined {
	const parts = arn.split(':');
	if (parts.length < 6 || parts[0] !== 'arn') {
		return undefined;
	}

	return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** Splits a pattern at its first five colons (IAM names hold no colon, so substitutions never add one). */
function splitArnPattern(tokens: readonly PatternToken[]): PatternToken[][] | undefined {
	const parts: PatternToken[][] = [[]];
	for (const token of tokens) {
		if (token.kind !== 'text' || parts.length === 6) {
			parts[parts.length - 1]!.push(token);
			continue;
		}

		const pieces = token.text.split(':');
		pieces.forEach((piece, index) => {
			if (index > 0 && parts.length < 6) {
				parts.push([]);
			} else if (index > 0) {
				parts[parts.length - 1]!.push({kind: 'text', text: ':'});
			}

			if (piece !== '') {
				parts[parts.length - 1]!.push({kind: 'text', text: piece});
			}
		});
	}

	return parts.length === 6 ? parts : undefined;
}
