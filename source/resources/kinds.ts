/*
 * The one table of what sts-mfa creates and deletes. A run's teardown, the start-up offer and
 * `sts-mfa cleanup` read their order, their deletion steps and their words from here (the calls
 * themselves are in delete.ts, which the first frame does not load; the words in words/resources.ts).
 * A complete table: a new kind must take its place in IAM's deletion order, or nothing compiles.
 */

/** What a run creates: each one a resource a person can name. */
export type ResourceKind = 'user' | 'virtualMfaDevice' | 'accessKey' | 'userPolicy' | 'role' | 'managedPolicy';

/** One deletion call: a resource's own, or a step before it (deactivating a device, detaching a role's policy). */
export type DeletionKind = ResourceKind | 'mfaDeactivation' | 'rolePolicyDetachment';

interface DeletionEntry {
	/** The place in IAM's deletion order. */
	readonly rank: number;
	/** The resource this call takes apart; a deactivation is a step on its device. */
	readonly resource: ResourceKind;
	/** Whose name the call needs besides the id. */
	readonly owner?: 'user' | 'role';
	/** The id is an ARN, whose last part is the name a person reads. */
	readonly idIsArn: boolean;
}

/**
 * The order IAM lets things go: a user only without inline policies, keys and MFA devices
 * (deactivated before deleted); a role only without attached managed policies and inline
 * policies; a managed policy only once nothing is attached to it.
 */
export const DELETION_KINDS: {readonly [K in DeletionKind]: DeletionEntry} = {
	userPolicy: {rank: 0, resource: 'userPolicy', owner: 'user', idIsArn: false},
	accessKey: {rank: 1, resource: 'accessKey', owner: 'user', idIsArn: false},
	mfaDeactivation: {rank: 2, resource: 'virtualMfaDevice', owner: 'user', idIsArn: true},
	virtualMfaDevice: {rank: 3, resource: 'virtualMfaDevice', idIsArn: true},
	user: {rank: 4, resource: 'user', idIsArn: false},
	rolePolicyDetachment: {rank: 5, resource: 'role', owner: 'role', idIsArn: true},
	role: {rank: 6, resource: 'role', idIsArn: false},
	managedPolicy: {rank: 7, resource: 'managedPolicy', idIsArn: true},
};

export const DELETION_ORDER = (Object.keys(DELETION_KINDS) as DeletionKind[]).sort(
	(a, b) => DELETION_KINDS[a].rank - DELETION_KINDS[b].rank,
);

/** Every resource kind, in the order a run usually creates them. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
	'user',
	'virtualMfaDevice',
	'accessKey',
	'userPolicy',
	'role',
	'managedPolicy',
];

export function isResourceKind(value: unknown): value is ResourceKind {
	return typeof value === 'string' && (RESOURCE_KINDS as readonly string[]).includes(value);
}

/** The items sorted into DELETION_ORDER; items of one kind keep their order. */
export function inDeletionOrder<T extends {readonly kind: DeletionKind}>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => DELETION_KINDS[a.kind].rank - DELETION_KINDS[b.kind].rank);
}

/** Whether an item is a step on a resource (deactivate, detach) rather than the resource's own deletion. */
export function isStepOnResource(kind: DeletionKind): boolean {
	return DELETION_KINDS[kind].resource !== kind;
}

/**
 * Each resource once: deactivating a device and deleting it are two calls on one resource; so are
 * detaching a role's managed policy and deleting the role (the policy itself is named on its own).
 * A step whose resource is not in the list stands for that resource.
 */
export function oneItemPerResource<T extends {readonly kind: DeletionKind; readonly id: string}>(
	items: readonly T[],
): T[] {
	return items.filter((item) => {
		const {resource, owner} = DELETION_KINDS[item.kind];
		if (resource === item.kind) return true;
		// A deactivation's id is its device's; a detachment's is the policy's, its resource the role that owns it.
		return !items.some((other) => other.kind === resource && (owner === resource || other.id === item.id));
	});
}
