import {DELETION_KINDS, type DeletionKind, inDeletionOrder, type ResourceKind} from './kinds.js';

/*
 * What deleting one resource takes, kind by kind (kinds.ts gives the order and the owners): what a
 * user holds goes before it, an enabled MFA device is deactivated before it is deleted, a role's
 * managed policies are detached before it goes. A run's teardown, the attack's and `sts-mfa cleanup`
 * build their deletions here, and the start-up offer its rows.
 */

/** One deletion call: its kind, the id it acts on, and the user or role it names besides. */
export interface DeletionStep {
	readonly kind: DeletionKind;
	readonly id: string;
	readonly userName?: string;
	readonly roleName?: string;
	/** A step that must have succeeded before this one is tried (a device goes only once deactivated). */
	readonly after?: DeletionStep;
}

/** Resources to delete, by kind: what a step of a run leaves, or what a user holds (deleted before the user). */
export type ResourcesToDelete = {readonly [K in ResourceKind]?: readonly ResourceToDelete[]};

/** A resource to delete: its id, and what must go before it. */
export interface ResourceToDelete {
	readonly id: string;
	/** The user it belongs to (a key, an inline policy) or is enabled for (a device); absent for a run's own user. */
	readonly userName?: string;
	/** An MFA device enabled for a user: deactivated, then deleted. */
	readonly enabled?: boolean;
	/** Someone else's device enabled for one of our users: only deactivated, never deleted. */
	readonly notOurs?: boolean;
	/** A role's attached managed policies (ARNs): detached before the role goes. */
	readonly attachedPolicyArns?: readonly string[];
	/** A user's inline policies, access keys and MFA devices. */
	readonly holds?: ResourcesToDelete;
}

/** One row per resource, as a person reads it: the user a held resource belongs to comes with it. */
export interface ResourceRow {
	readonly kind: ResourceKind;
	readonly id: string;
	readonly userName?: string;
}

/** A step of `kind` on `id`; `owner` is the user or role the call names, when the kind has one. */
function step(kind: DeletionKind, id: string, owner?: string, after?: DeletionStep): DeletionStep {
	const ownerKind = DELETION_KINDS[kind].owner;
	return {
		kind,
		id,
		...(owner === undefined || ownerKind === undefined
			? {}
			: ownerKind === 'user'
				? {userName: owner}
				: {roleName: owner}),
		...(after ? {after} : {}),
	};
}

function kindsIn(resources: ResourcesToDelete | undefined): ResourceKind[] {
	return Object.keys(resources ?? {}) as ResourceKind[];
}

/** Each kind's deletion steps, in order. */
const STEPS: {readonly [K in ResourceKind]: (resource: ResourceToDelete) => DeletionStep[]} = {
	user: (user) => [...deletionSteps(user.holds ?? {}, user.id), step('user', user.id)],
	virtualMfaDevice: (device) => {
		const deactivation = device.enabled ? step('mfaDeactivation', device.id, device.userName) : undefined;
		return [
			...(deactivation ? [deactivation] : []),
			...(device.notOurs ? [] : [step('virtualMfaDevice', device.id, undefined, deactivation)]),
		];
	},
	accessKey: (key) => [step('accessKey', key.id, key.userName)],
	userPolicy: (policy) => [step('userPolicy', policy.id, policy.userName)],
	role: (role) => [
		...(role.attachedPolicyArns ?? []).map((arn) => step('rolePolicyDetachment', arn, role.id)),
		step('role', role.id),
	],
	managedPolicy: (policy) => [step('managedPolicy', policy.id)],
};

/** The deletion steps of resources of `kind`, in IAM's order. */
export function kindDeletionSteps(kind: ResourceKind, resources: readonly ResourceToDelete[]): DeletionStep[] {
	return inDeletionOrder(resources.flatMap((resource) => STEPS[kind](resource)));
}

/** The deletion steps of all `resources`, in IAM's order; `userName`: the user who holds them. */
export function deletionSteps(resources: ResourcesToDelete, userName?: string): DeletionStep[] {
	return inDeletionOrder(
		kindsIn(resources).flatMap((kind) =>
			(resources[kind] ?? []).flatMap((resource) =>
				STEPS[kind](userName === undefined ? resource : {...resource, userName}),
			),
		),
	);
}

/** A resource's own deletion call (none for someone else's device, which is only deactivated). */
export function ownDeletion(kind: ResourceKind, resource: ResourceToDelete): DeletionStep | undefined {
	return STEPS[kind](resource).find((step) => step.kind === kind);
}

/** One key per deletion call, the same for the same call however it was planned. */
export function stepKey(step: DeletionStep): string {
	return `${step.kind}:${step.userName ?? step.roleName ?? ''}:${step.id}`;
}

function rowsOf(kind: ResourceKind, resource: ResourceToDelete): ResourceRow[] {
	return [
		...kindsIn(resource.holds).flatMap((held) =>
			(resource.holds?.[held] ?? []).flatMap((item) => rowsOf(held, {...item, userName: resource.id})),
		),
		{kind, id: resource.id, ...(resource.userName === undefined ? {} : {userName: resource.userName})},
	];
}

/** Each resource and what it holds, one row each (a held one names its user), in IAM's order. */
export function resourceRows(resources: ResourcesToDelete): ResourceRow[] {
	return inDeletionOrder(
		kindsIn(resources).flatMap((kind) => (resources[kind] ?? []).flatMap((resource) => rowsOf(kind, resource))),
	);
}

/**
 * The row a finished step ends, if any. A resource's own deletion ends its row; a step on it
 * (deactivating a device, detaching a role's policy) ends it only when it failed, or when nothing
 * more is planned for it (someone else's device is only deactivated).
 */
export function rowEndedBy(
	finished: DeletionStep,
	failed: boolean,
	planned: readonly DeletionStep[],
): ResourceRow | undefined {
	const {resource, owner} = DELETION_KINDS[finished.kind];
	const withUser = finished.userName === undefined ? {} : {userName: finished.userName};
	if (resource === finished.kind) return {kind: resource, id: finished.id, ...withUser};
	// A detachment's id is the policy's: the resource it is a step on is its owner, the role.
	const id = owner === resource ? (owner === 'user' ? finished.userName : finished.roleName) : finished.id;
	if (id === undefined) return undefined;
	if (!failed && planned.some((step) => step.kind === resource && step.id === id)) return undefined;
	return {kind: resource, id, ...(owner === resource ? {} : withUser)};
}
