import {AwsError} from '../aws/errors.js';
import type {IamService} from '../aws/types.js';
import type {TeardownItemKind} from '../scenario/types.js';
import type {LeftoverDevice, LeftoverUser, Leftovers} from './leftovers.js';

export interface DeletionProgress {
	readonly kind: TeardownItemKind;
	/** Policy name, access key id, device serial or user name. */
	readonly id: string;
	/** The user the item belongs to, for everything but the user and free devices. */
	readonly userName?: string;
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

type Step = (signal?: AbortSignal) => Promise<void>;

/** Runs one deletion; "already gone" counts as done. Returns whether the item is gone. */
async function attempt(
	item: Omit<DeletionProgress, 'outcome' | 'error'>,
	step: Step,
	report: (progress: DeletionProgress) => void,
	signal?: AbortSignal,
): Promise<boolean> {
	try {
		await step(signal);
		report({...item, outcome: 'deleted'});
		return true;
	} catch (error) {
		if (error instanceof AwsError && error.kind === 'notFound') {
			report({...item, outcome: 'alreadyGone'});
			return true;
		}
		report({...item, outcome: 'failed', error: error instanceof Error ? error.message : String(error)});
		return false;
	}
}

interface UserOutcome {
	readonly user?: LeftoverUser;
	/** Devices deactivated but not deleted: now free devices. */
	readonly freedDevices: LeftoverDevice[];
}

/** IAM refuses to delete a user that still has anything attached, hence this order. */
async function deleteUser(
	iam: IamService,
	user: LeftoverUser,
	report: (p: DeletionProgress) => void,
	signal?: AbortSignal,
): Promise<UserOutcome> {
	const {userName} = user;
	const policyNames: string[] = [];
	for (const policyName of user.policyNames) {
		const gone = await attempt(
			{kind: 'userPolicy', id: policyName, userName},
			(s) => iam.deleteUserPolicy({userName, policyName}, s),
			report,
			signal,
		);
		if (!gone) policyNames.push(policyName);
	}
	const accessKeyIds: string[] = [];
	for (const accessKeyId of user.accessKeyIds) {
		const gone = await attempt(
			{kind: 'accessKey', id: accessKeyId, userName},
			(s) => iam.deleteAccessKey({userName, accessKeyId}, s),
			report,
			signal,
		);
		if (!gone) accessKeyIds.push(accessKeyId);
	}
	const mfaSerials: string[] = [];
	const freedDevices: LeftoverDevice[] = [];
	for (const serialNumber of user.mfaSerials) {
		const deactivated = await attempt(
			{kind: 'mfaDeactivation', id: serialNumber, userName},
			(s) => iam.deactivateMfaDevice({userName, serialNumber}, s),
			report,
			signal,
		);
		if (!deactivated) {
			mfaSerials.push(serialNumber);
			continue;
		}
		// Only devices carrying our tags are deleted; a device someone else attached is just detached.
		if (!user.ourMfaSerials.includes(serialNumber)) continue;
		const device = {serialNumber, found: user.found};
		if (!(await deleteDevice(iam, device, report, signal))) freedDevices.push(device);
	}
	const userGone = await attempt({kind: 'user', id: userName}, (s) => iam.deleteUser(userName, s), report, signal);
	return {user: userGone ? undefined : {...user, policyNames, accessKeyIds, mfaSerials}, freedDevices};
}

function deleteDevice(
	iam: IamService,
	device: LeftoverDevice,
	report: (p: DeletionProgress) => void,
	signal?: AbortSignal,
): Promise<boolean> {
	return attempt(
		{kind: 'virtualMfaDevice', id: device.serialNumber},
		(s) => iam.deleteVirtualMfaDevice(device.serialNumber, s),
		report,
		signal,
	);
}

/**
 * Deletes the leftovers in IAM's order (inline policies, access keys, deactivate MFA devices,
 * delete the virtual devices, then the user), one call at a time so progress reads in order.
 * An item already gone counts as done; a failure is reported and the rest still attempted.
 */
export async function deleteLeftovers(
	iam: IamService,
	leftovers: Leftovers,
	onProgress: ProgressListener = () => undefined,
	signal?: AbortSignal,
): Promise<DeletionResult> {
	const failures: DeletionProgress[] = [];
	const report = (progress: DeletionProgress): void => {
		if (progress.outcome === 'failed') failures.push(progress);
		onProgress(progress);
	};
	const users: LeftoverUser[] = [];
	const devices: LeftoverDevice[] = [];
	for (const user of leftovers.users) {
		const outcome = await deleteUser(iam, user, report, signal);
		if (outcome.user) users.push(outcome.user);
		devices.push(...outcome.freedDevices);
	}
	for (const device of leftovers.devices) {
		if (!(await deleteDevice(iam, device, report, signal))) devices.push(device);
	}
	return {remaining: {users, devices}, failures};
}
