import {DELETION_KINDS, type ResourceKind} from '../../resources/kinds.js';
import type {Teardown, TeardownItem} from '../../scenario/types.js';

/** Where a resource stands as teardown goes: the panel must never show a deleted resource as live. */
export type ResourceFate = 'exists' | 'deleting' | 'deleted' | 'leftBehind';

function fateOf(items: readonly TeardownItem[]): ResourceFate {
	if (items.length === 0) return 'exists';
	if (items.some((item) => item.status === 'failed')) return 'leftBehind';
	if (items.every((item) => item.status === 'done')) return 'deleted';
	if (items.some((item) => item.status !== 'pending')) return 'deleting';
	return 'exists';
}

/**
 * The fate of a resource of `kind` from the teardown items that take it apart (resources/kinds.ts):
 * a device is deactivated, then deleted, and either failing leaves it behind.
 */
export function resourceFate(teardown: Teardown, kind: ResourceKind): ResourceFate {
	return fateOf(teardown.items.filter((item) => DELETION_KINDS[item.kind].resource === kind));
}
