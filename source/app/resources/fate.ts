import type {Teardown, TeardownItem, TeardownItemKind} from '../../scenario/types.js';

/** Where a resource stands as teardown goes: the panel must never show a deleted resource as live. */
export type ResourceFate = 'exists' | 'deleting' | 'deleted' | 'leftBehind';

function fateOf(items: readonly TeardownItem[]): ResourceFate {
	if (items.length === 0) return 'exists';
	if (items.some((item) => item.status === 'failed')) return 'leftBehind';
	if (items.every((item) => item.status === 'done')) return 'deleted';
	if (items.some((item) => item.status !== 'pending')) return 'deleting';
	return 'exists';
}

/** The fate of the resource the teardown items of `kinds` delete (all of them must succeed). */
export function resourceFate(teardown: Teardown, kinds: readonly TeardownItemKind[]): ResourceFate {
	return fateOf(teardown.items.filter((item) => kinds.includes(item.kind)));
}

/** Which teardown items remove each row of the Resources panel. */
export const ROW_ITEMS = {
	user: ['user'],
	// Deactivated, then deleted: either failing leaves the device behind.
	mfaDevice: ['mfaDeactivation', 'virtualMfaDevice'],
	accessKey: ['accessKey'],
	policy: ['userPolicy'],
	// assume-role: the role goes once detached and deleted; its managed policy after it.
	role: ['rolePolicyDetachment', 'role', 'managedPolicy'],
} as const satisfies Record<string, readonly TeardownItemKind[]>;
