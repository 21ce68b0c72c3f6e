import type {ResourceKind} from './kinds.js';
import {
	type DeletionStep,
	deletionSteps,
	ownDeletion,
	type ResourceRow,
	type ResourcesToDelete,
	type ResourceToDelete,
	resourceRows,
} from './plan.js';

/*
 * What earlier runs left, as `sts-mfa cleanup` and the start-up offer find it (journal/leftovers.ts),
 * and what deleting it takes: each group of leftovers is resources of one kind (plan.ts plans them).
 */

/**
 * How a leftover was found: named in a run's journal on this machine, or by the IAM path and
 * sts-mfa's tags with no journal here (another machine's run, a colleague's, or a lost journal:
 * it may still be running, so it is deleted only when old enough or named; see journal/untracked.ts).
 */
export type Provenance =
	| {readonly by: 'journal'; readonly runId: string}
	| {readonly by: 'tags'; readonly runId?: string; readonly createdAt?: Date};

export interface LeftoverUser {
	readonly userName: string;
	readonly found: Provenance;
	readonly policyNames: readonly string[];
	readonly accessKeyIds: readonly string[];
	/** MFA devices enabled for the user: all are deactivated (detached) so the user can be deleted. */
	readonly mfaSerials: readonly string[];
	/** Those of them that carry sts-mfa's tags: deleted once deactivated. The others are only detached. */
	readonly ourMfaSerials: readonly string[];
}

export interface LeftoverDevice {
	readonly serialNumber: string;
	readonly found: Provenance;
}

/** assume-role's role: its managed policies are detached and its inline policies deleted before it goes. */
export interface LeftoverRole {
	readonly roleName: string;
	readonly found: Provenance;
	readonly attachedPolicyArns: readonly string[];
	readonly inlinePolicyNames: readonly string[];
}

/** A customer managed policy: deleted (with any non-default versions) once no leftover role holds it. */
export interface LeftoverPolicy {
	readonly policyName: string;
	readonly arn: string;
	readonly found: Provenance;
}

export interface Leftovers {
	readonly users: readonly LeftoverUser[];
	/** Virtual MFA devices assigned to nobody. */
	readonly devices: readonly LeftoverDevice[];
	readonly roles: readonly LeftoverRole[];
	readonly policies: readonly LeftoverPolicy[];
	/** What a journal or the path pointed at that is not provably ours (no tag, another run's tag): left alone. */
	readonly ignored?: readonly string[];
}

type Group = 'users' | 'devices' | 'roles' | 'policies';

interface GroupEntry<T> {
	/** The kind its items are, as a run's journal records them. */
	readonly kind: ResourceKind;
	readonly toDelete: (item: T) => ResourceToDelete;
}

/** Each group of leftovers: its kind, and each item as a resource to delete with what it holds. */
const GROUPS: {readonly [G in Group]: GroupEntry<Leftovers[G][number]>} = {
	users: {
		kind: 'user',
		toDelete: (user) => ({
			id: user.userName,
			holds: {
				userPolicy: user.policyNames.map((id) => ({id})),
				accessKey: user.accessKeyIds.map((id) => ({id})),
				// Only devices carrying our tags are deleted; a device someone else attached is just deactivated.
				virtualMfaDevice: user.mfaSerials.map((id) => ({
					id,
					enabled: true,
					...(user.ourMfaSerials.includes(id) ? {} : {notOurs: true}),
				})),
			},
		}),
	},
	devices: {kind: 'virtualMfaDevice', toDelete: (device) => ({id: device.serialNumber})},
	roles: {kind: 'role', toDelete: (role) => ({id: role.roleName, attachedPolicyArns: role.attachedPolicyArns})},
	policies: {kind: 'managedPolicy', toDelete: (policy) => ({id: policy.arn})},
};

/** The kind of each group's items: what a journal names them by. */
export const LEFTOVER_KINDS = {
	users: GROUPS.users.kind,
	devices: GROUPS.devices.kind,
	roles: GROUPS.roles.kind,
	policies: GROUPS.policies.kind,
} as const;

/** A group's items, each with the resource it is to delete. */
function resourcesIn<G extends Group>(leftovers: Leftovers, group: G) {
	const entry: GroupEntry<Leftovers[G][number]> = GROUPS[group];
	const items: readonly Leftovers[G][number][] = leftovers[group];
	return items.map((item) => ({item, kind: entry.kind, resource: entry.toDelete(item)}));
}

function toDelete(leftovers: Leftovers): ResourcesToDelete {
	const of = (group: Group) => [GROUPS[group].kind, resourcesIn(leftovers, group).map(({resource}) => resource)];
	return Object.fromEntries([of('users'), of('devices'), of('roles'), of('policies')]);
}

/** Every deletion call the leftovers take, in IAM's order. */
export function leftoverSteps(leftovers: Leftovers): DeletionStep[] {
	return deletionSteps(toDelete(leftovers));
}

/** One row per resource, in IAM's order: an enabled device is one row, a role one row with its attachments. */
export function leftoverRows(leftovers: Leftovers): ResourceRow[] {
	return resourceRows(toDelete(leftovers));
}

/** The ids of `kind` whose step among `steps` is done. */
function doneIds(steps: readonly DeletionStep[], kind: DeletionStep['kind'], done: (step: DeletionStep) => boolean) {
	return new Set(steps.filter((step) => step.kind === kind && done(step)).map((step) => step.id));
}

/** A user once the steps `done` are done (undefined: gone), and its devices that are deactivated but still there. */
function userAfter(user: LeftoverUser, done: (step: DeletionStep) => boolean) {
	const steps = deletionSteps({user: [GROUPS.users.toDelete(user)]});
	const gone = (kind: DeletionStep['kind']) => doneIds(steps, kind, done);
	const deactivated = gone('mfaDeactivation');
	const deleted = gone('virtualMfaDevice');
	// Deactivated but not deleted: a free device now.
	const freed = user.ourMfaSerials
		.filter((serialNumber) => deactivated.has(serialNumber) && !deleted.has(serialNumber))
		.map((serialNumber): LeftoverDevice => ({serialNumber, found: user.found}));
	if (gone('user').has(user.userName)) return {freed};
	const [policies, keys] = [gone('userPolicy'), gone('accessKey')];
	const remaining: LeftoverUser = {
		...user,
		policyNames: user.policyNames.filter((id) => !policies.has(id)),
		accessKeyIds: user.accessKeyIds.filter((id) => !keys.has(id)),
		mfaSerials: user.mfaSerials.filter((id) => !deactivated.has(id)),
	};
	return {remaining, freed};
}

/** What is still there once the steps `done` says are done have gone. */
export function remainingAfter(leftovers: Leftovers, done: (step: DeletionStep) => boolean): Leftovers {
	const users = leftovers.users.map((user) => userAfter(user, done));
	// Anything else stays unless its own deletion is done.
	const stays = <G extends Group>(group: G) =>
		resourcesIn(leftovers, group)
			.filter(({kind, resource}) => {
				const own = ownDeletion(kind, resource);
				return !(own && done(own));
			})
			.map(({item}) => item);
	return {
		users: users.flatMap(({remaining}) => (remaining ? [remaining] : [])),
		devices: [...users.flatMap(({freed}) => freed), ...stays('devices')],
		roles: stays('roles'),
		policies: stays('policies'),
	};
}
