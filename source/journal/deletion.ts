import type {IamService} from '../aws/types.js';
import {
	deleteManagedPolicy,
	deleteOrFindGone,
	deleteRoleWithAttachments,
	inDeletionOrder,
} from '../scenario/deletion-order.js';
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
	readonly kind: TeardownItemKind;
	readonly item: Item;
	readonly key: string;
	readonly after?: string;
	run(signal?: AbortSignal): Promise<void>;
}

const keyOf = (item: Item) => `${item.kind}:${item.userName ?? item.roleName ?? ''}:${item.id}`;

function task(item: Item, run: Task['run'], after?: string): Task {
	return {kind: item.kind, item, key: keyOf(item), run, ...(after === undefined ? {} : {after})};
}

function userTasks(iam: IamService, user: LeftoverUser): Task[] {
	const {userName} = user;
	const tasks = [
		...user.policyNames.map((id) =>
			task({kind: 'userPolicy', id, userName}, (s) => iam.deleteUserPolicy({userName, policyName: id}, s)),
		),
		...user.accessKeyIds.map((id) =>
			task({kind: 'accessKey', id, userName}, (s) => iam.deleteAccessKey({userName, accessKeyId: id}, s)),
		),
	];
	for (const serialNumber of user.mfaSerials) {
		const deactivation = task({kind: 'mfaDeactivation', id: serialNumber, userName}, (s) =>
			iam.deactivateMfaDevice({userName, serialNumber}, s),
		);
		tasks.push(deactivation);
		// Only devices carrying our tags are deleted; a device someone else attached is just detached.
		if (user.ourMfaSerials.includes(serialNumber))
			tasks.push(deviceTask(iam, {serialNumber, found: user.found}, deactivation.key));
	}
	tasks.push(task({kind: 'user', id: userName}, (s) => iam.deleteUser(userName, s)));
	return tasks;
}

function deviceTask(iam: IamService, device: LeftoverDevice, after?: string): Task {
	const {serialNumber} = device;
	return task({kind: 'virtualMfaDevice', id: serialNumber}, (s) => iam.deleteVirtualMfaDevice(serialNumber, s), after);
}

function roleTasks(services: CleanupServices, role: LeftoverRole): Task[] {
	const {roles} = services;
	const {roleName} = role;
	return [
		...role.attachedPolicyArns.map((policyArn) =>
			task({kind: 'rolePolicyDetachment', id: policyArn, roleName}, (s) =>
				roles.detachRolePolicy({roleName, policyArn}, s),
			),
		),
		// Its inline policies go with it (deleteRoleWithAttachments), as in a run's teardown.
		task({kind: 'role', id: roleName}, (s) => deleteRoleWithAttachments(roles, roleName, s)),
	];
}

function allTasks(services: CleanupServices, leftovers: Leftovers): Task[] {
	return inDeletionOrder([
		...leftovers.users.flatMap((user) => userTasks(services.iam, user)),
		...leftovers.devices.map((device) => deviceTask(services.iam, device)),
		...leftovers.roles.flatMap((role) => roleTasks(services, role)),
		...leftovers.policies.map((policy) =>
			task({kind: 'managedPolicy', id: policy.arn}, (s) => deleteManagedPolicy(services.roles, policy.arn, s)),
		),
	]);
}

/** Runs the tasks one at a time, so progress reads in order; returns the keys of those done (or already gone). */
async function runTasks(tasks: readonly Task[], report: ProgressListener, signal?: AbortSignal): Promise<Set<string>> {
	const done = new Set<string>();
	for (const {item, key, after, run} of tasks) {
		// What depends on a failed step is not attempted: it stays, and is listed as remaining.
		if (after !== undefined && !done.has(after)) continue;
		try {
			report({...item, outcome: await deleteOrFindGone(() => run(signal))});
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
 * Deletes the leftovers in the one deletion order teardown also follows (deletion-order.ts): the
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
	const done = await runTasks(allTasks(services, leftovers), report, signal);
	return {remaining: remainingAfter(leftovers, done), failures};
}
