import type {TagRecord} from './records.js';

/** A tag with an existing key replaces its value (TagUser and TagRole semantics). */
export function mergeTags(existing: readonly TagRecord[], added: readonly TagRecord[]): TagRecord[] {
	const byKey = new Map(existing.map((tag) => [tag.key, tag]));
	for (const tag of added) byKey.set(tag.key, {key: tag.key, value: tag.value});
	return [...byKey.values()];
}
