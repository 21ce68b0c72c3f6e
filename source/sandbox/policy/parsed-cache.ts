import {parsePolicyDocument} from './parse.js';
import type {PolicyDocument} from './types.js';

/**
 * Parsed policies by their text. Parsing on every request would dominate the sandbox's time, and
 * documents are immutable text, so they are cached; bounded, least recently used first out, so
 * that neither many distinct policies nor deleted ones keep memory (a Map keeps insertion order:
 * a hit is moved to the end, the first entry is the oldest).
 */
const MAX_ENTRIES = 256;
const cache = new Map<string, PolicyDocument>();

/** The parsed document; the text must be one that parsePolicyDocument accepts (it throws otherwise). */
export function parsedPolicy(text: string): PolicyDocument {
	const cached = cache.get(text);
	if (cached) {
		cache.delete(text);
		cache.set(text, cached);
		return cached;
	}

	const document = parsePolicyDocument(text);
	cache.set(text, document);
	if (cache.size > MAX_ENTRIES) {
		const oldest = cache.keys().next().value;
		if (oldest !== undefined) cache.delete(oldest);
	}

	return document;
}

/** For tests: how many parsed documents are held. */
export const parsedPolicyCount = (): number => cache.size;
