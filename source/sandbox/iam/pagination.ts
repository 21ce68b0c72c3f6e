import {SandboxError} from '../errors.js';
import {MARKER, MAX_ITEMS} from './params.js';
import type {QueryParams} from '../protocol/query-params.js';

const DEFAULT_MAX_ITEMS = 100;

export interface Page<T> {
	readonly items: T[];
	/** IsTruncated and, when truncated, Marker: spread into the result body. */
	readonly fields: {IsTruncated: boolean; Marker?: string};
}

/**
 * IAM's Marker/MaxItems/IsTruncated over items sorted by `keyOf`. The marker names the next item's key (opaque to clients), so a
 * page boundary stays right when items before it are deleted between calls.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, params: QueryParams): Page<T> {
	const marker = params.optional('Marker', MARKER);
	const maxItems = params.optionalInt('MaxItems', MAX_ITEMS) ?? DEFAULT_MAX_ITEMS;
	const start = marker === undefined ? 0 : startOf(items, keyOf, decodeMarker(marker));
	const page = items.slice(start, start + maxItems);
	const next = items[start + maxItems];
	if (next === undefined) return {items: page, fields: {IsTruncated: false}};
	return {items: page, fields: {IsTruncated: true, Marker: Buffer.from(keyOf(next), 'utf8').toString('base64url')}};
}

function decodeMarker(marker: string): string {
	if (!/^[\w-]+$/.test(marker)) throw new SandboxError('ValidationError', 'Invalid Marker.');
	return Buffer.from(marker, 'base64url').toString('utf8');
}

function startOf<T>(items: readonly T[], keyOf: (item: T) => string, key: string): number {
	const index = items.findIndex((item) => keyOf(item) >= key);
	return index === -1 ? items.length : index;
}
