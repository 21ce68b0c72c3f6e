import {deleteItem} from '../resources/delete.js';
import {inDeletionOrder} from '../resources/kinds.js';
import type {TeardownItemKind} from '../scenario/types.js';
import type {CleanupServices, LeftoverDevice, LeftoverRole, LeftoverUser, Leftovers} from './leftovers.js';

export interface DeletionProgress {
	readonly kind: TeardownItemKind;
	/** Policy name or ARN, access key id, device serial, user or role name. */
	readonly id: string;
	/** The user the item belongs to, for a user's policies, keys and devices. */
	readonly userName?: string;
	/** The role a managed policy is detached from. */
	readonly roleName?: string;
	readonly outcome: 'deleted' | 'alreadyGone' | 'failed';
	/** One line for people when it failed; never a secret (AwsError messages carry none). */
	readonly error?: string;
}

export type ProgressListener = (progress: DeletionProgress) => void;

export interface DeletionResult {
	/** What is still there: failed items (and what depends on them). Empty when everything is gone. */
	readonly remaining: Leftovers;
	readonly failures: readonly DeletionProgress[];
}

type Item = Omit<DeletionProgress, 'outcome' | 'error'>;

/** One call of the deletion: `after` names a task that must have succeeded first (a device is deleted only once deactivated). */
interface Task {
	readonly item: Item;
	readonly key: string;
	readonly kind: TeardownItemKind;
	readonly after?: string;
}

const keyOf = (item: Item) => `${item.kind}:${item.userName ?? item.roleName ?? ''}:${item.id}`;

function task(item: Item, after?: string): Task {
	return {item, kind: item.kind, key: keyOf(item), ...(after === undefined ? {} : {after})};
}

function userTasks(user: LeftoverUser): Task[] {
	const {userName} = user;
	const tasks = [
		...user.policyNames.map((id) => task({kind: 'userPolicy', id, userName})),
		...user.accessKeyIds.map((id) => task({kind: 'accessKey', id, userName})),
	];
	for (const serialNumber of user.mfaSerials) {
		const deactivation = task({kind: 'mfaDeactivation', id: serialNumber, userName});
		tasks.push(deactivation);
		// Only devices carrying our tags are deleted; a device someone else attached is just detached.
		if (user.ourMfaSerials.includes(serialNumber))
			tasks.push(task({kind: 'virtualMfaDevice', id: serialNumber}, deactivation.key));
	}
	tasks.push(task({kind: 'user', id: userName}));
	return tasks;
}

function roleTasks(role: LeftoverRole): Task[] {
	const {roleName} = role;
	return [
		...role.attachedPolicyArns.map((policyArn) => task({kind: 'rolePolicyDetachment', id: policyArn, roleName})),
		// Its inline policies go with it, as in a run's teardown (resources/delete.ts).
		task({kind: 'role', id: roleName}),
	];
}

function allTasks(leftovers: Leftovers): Task[] {
	return inDeletionOrder([
		...leftovers.users.flatMap(userTasks),
		...leftovers.devices.map((device) => task({kind: 'virtualMfaDevice', id: device.serialNumber})),
		...leftovers.roles.flatMap(roleTasks),
		...leftovers.policies.map((policy) => task({kind: 'managedPolicy', id: policy.arn})),
	]);
}

/** Runs the tasks one at a time, so progress reads in order; returns the keys of those done (or already gone). */
async function runTasks(
	services: CleanupServices,
	tasks: readonly Task[],
	report: ProgressListener,
	signal?: AbortSignal,
): Promise<Set<string>> {
	const done = new Set<string>();
	for (const {item, key, after} of tasks) {
		// What depends on a failed step is not attempted: it stays, and is listed as remaining.
		if (after !== undefined && !done.has(after)) continue;
		try {
			report({...item, outcome: await deleteItem(services, item.kind, item, signal)});
			done.add(key);
		} catch (error) {
			report({...item, outcome: 'failed', error: error instanceof Error ? error.message : String(error)});
		}
	}
	return done;
}

/** What is still there once the tasks in `done` have gone. */
function remainingAfter(leftovers: Leftovers, done: Set<string>): Leftovers {
	const gone = (item: Item) => done.has(keyOf(item));
	const users: LeftoverUser[] = [];
	const devices: LeftoverDevice[] = [];
	for (const user of leftovers.users) {
		const {userName} = user;
		const deactivated = (id: string) => gone({kind: 'mfaDeactivation', id, userName});
		// Deactivated but not deleted: a free device now.
		for (const serialNumber of user.ourMfaSerials)
			if (deactivated(serialNumber) && !gone({kind: 'virtualMfaDevice', id: serialNumber}))
				devices.push({serialNumber, found: user.found});
		if (gone({kind: 'user', id: userName})) continue;
		users.push({
			...user,
			policyNames: user.policyNames.filter((id) => !gone({kind: 'userPolicy', id, userName})),
			accessKeyIds: user.accessKeyIds.filter((id) => !gone({kind: 'accessKey', id, userName})),
			mfaSerials: user.mfaSerials.filter((id) => !deactivated(id)),
		});
	}
	devices.push(...leftovers.devices.filter((device) => !gone({kind: 'virtualMfaDevice', id: device.serialNumber})));
	return {
		users,
		devices,
		roles: leftovers.roles.filter((role) => !gone({kind: 'role', id: role.roleName})),
		policies: leftovers.policies.filter((policy) => !gone({kind: 'managedPolicy', id: policy.arn})),
	};
}

/**
 * Deletes the leftovers in the one deletion order teardown also follows (resources/kinds.ts): the
 * users' inline policies, access keys, MFA devices (deactivated, then deleted) and the users;
 * the roles' managed policies detached, the roles (with their inline policies); then the managed
 * policies. Something already gone counts as done; a failure is reported and the rest still attempted.
 */
export async function deleteLeftovers(
	services: CleanupServices,
	leftovers: Leftovers,
	onProgress: ProgressListener = () => undefined,
	signal?: AbortSignal,
): Promise<DeletionResult> {
	const failures: DeletionProgress[] = [];
	const report = (progress: DeletionProgress): void => {
		if (progress.outcome === 'failed') failures.push(progress);
		onProgress(progress);
	};
	const done = await runTasks(services, allTasks(leftovers), report, signal);
	return {remaining: remainingAfter(leftovers, done), failures};
}
