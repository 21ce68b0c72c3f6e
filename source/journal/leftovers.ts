import {AwsError} from '../aws/errors.js';
import type {IamService, Tag, VirtualMfaDevice} from '../aws/types.js';
import {outstandingIds, type JournalDocument} from './record.js';

/** Every resource sts-mfa creates lives under this IAM path and carries this tag. */
export const DEMO_PATH = '/sts-mfa/';
export const CREATED_BY_TAG = {key: 'sts-mfa:created-by', value: 'sts-mfa'} as const;

/** How a leftover was found: named in a run's journal, or by the IAM path and tag. */
export type Provenance = {readonly by: 'journal'; readonly runId: string} | {readonly by: 'path'};

export interface LeftoverUser {
	readonly userName: string;
	readonly found: Provenance;
	readonly policyNames: readonly string[];
	readonly accessKeyIds: readonly string[];
	/** MFA devices enabled for the user: deactivated, then deleted when they are virtual. */
	readonly mfaSerials: readonly string[];
}

export interface LeftoverDevice {
	readonly serialNumber: string;
	readonly found: Provenance;
}

export interface Leftovers {
	readonly users: readonly LeftoverUser[];
	/** Virtual MFA devices assigned to nobody. */
	readonly devices: readonly LeftoverDevice[];
	/** Users a journal or the path pointed at that are not provably ours (no tag, other path): left alone. */
	readonly ignored?: readonly string[];
}

export interface FindLeftoversOptions {
	/** Journals of finished (not active) runs on this target. */
	readonly journals: readonly JournalDocument[];
	readonly pathPrefix?: string;
	/** Journals of runs still in progress: what they name is never a leftover, even under the path. */
	readonly activeJournals?: readonly JournalDocument[];
	readonly signal?: AbortSignal;
}

export const NO_LEFTOVERS: Leftovers = {users: [], devices: []};

/** How many resources deleting these leftovers removes (a user, each policy, key and device). */
export function countLeftovers(leftovers: Leftovers): number {
	return leftovers.users.reduce(
		(sum, user) => sum + 1 + user.policyNames.length + user.accessKeyIds.length + user.mfaSerials.length,
		leftovers.devices.length,
	);
}

function isNotFound(error: unknown): boolean {
	return error instanceof AwsError && error.kind === 'notFound';
}

function isOurs(path: string, tags: readonly Tag[], prefix: string): boolean {
	return (
		path.startsWith(prefix) && tags.some((tag) => tag.key === CREATED_BY_TAG.key && tag.value === CREATED_BY_TAG.value)
	);
}

/**
 * The user's attachments as IAM reports them now; undefined when the user is gone; a note when it
 * is not provably ours (a journal's intent for a name someone else already had must not delete theirs).
 */
async function inspectUser(
	iam: IamService,
	userName: string,
	found: Provenance,
	prefix: string,
	signal?: AbortSignal,
): Promise<LeftoverUser | string | undefined> {
	try {
		const user = await iam.getUser(userName, signal);
		if (!isOurs(user.path, await iam.listUserTags(userName, signal), prefix)) {
			return `user ${userName} (path ${user.path}) lacks the ${CREATED_BY_TAG.key}=${CREATED_BY_TAG.value} tag or the ${prefix} path: left alone`;
		}
		const [policyNames, keys, devices] = await Promise.all([
			iam.listUserPolicies(userName, signal),
			iam.listAccessKeys(userName, signal),
			iam.listMfaDevices(userName, signal),
		]);
		return {
			userName,
			found,
			policyNames,
			accessKeyIds: keys.map((key) => key.accessKeyId),
			mfaSerials: devices.map((device) => device.serialNumber),
		};
	} catch (error) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** Virtual device serials are ARNs ending in mfa/PATH/NAME. */
export function isOurDevice(serialNumber: string, prefix = DEMO_PATH): boolean {
	return serialNumber.includes(`:mfa${prefix}`);
}

/** A journal names a device by its name before creation and by its serial (an ARN) after. */
function deviceMatches(serialNumber: string, id: string): boolean {
	return serialNumber === id || serialNumber.endsWith(`/${id}`);
}

function journalNames(journals: readonly JournalDocument[]) {
	const users = journals.flatMap((journal) =>
		outstandingIds(journal.records, 'user').map((userName) => ({userName, runId: journal.runId})),
	);
	const devices = journals.flatMap((journal) =>
		outstandingIds(journal.records, 'virtualMfaDevice').map((id) => ({id, runId: journal.runId})),
	);
	return {users, devices};
}

function allNames(journals: readonly JournalDocument[]) {
	const users = new Set(
		journals.flatMap((journal) => journal.records.filter((r) => r.kind === 'user').map((r) => r.id)),
	);
	const devices = journals.flatMap((journal) =>
		journal.records.filter((r) => r.kind === 'virtualMfaDevice').map((r) => r.id),
	);
	return {users, devices};
}

async function findUsers(
	iam: IamService,
	options: FindLeftoversOptions,
	prefix: string,
): Promise<Array<LeftoverUser | string | undefined>> {
	const {signal} = options;
	const named = journalNames(options.journals).users.filter(
		(entry, index, all) => all.findIndex((other) => other.userName === entry.userName) === index,
	);
	const fromJournals = await Promise.all(
		named.map(({userName, runId}) => inspectUser(iam, userName, {by: 'journal', runId}, prefix, signal)),
	);
	const known = new Set([...named.map((entry) => entry.userName), ...allNames(options.activeJournals ?? []).users]);
	const candidates = (await iam.listUsers(prefix, signal)).filter((user) => !known.has(user.userName));
	const fromPath = await Promise.all(
		candidates.map((user) => inspectUser(iam, user.userName, {by: 'path'}, prefix, signal)),
	);
	return [...fromJournals, ...fromPath];
}

function findDevices(
	all: readonly VirtualMfaDevice[],
	options: FindLeftoversOptions,
	prefix: string,
): LeftoverDevice[] {
	const named = journalNames(options.journals).devices;
	const protectedIds = allNames(options.activeJournals ?? []).devices;
	const leftovers: LeftoverDevice[] = [];
	for (const device of all) {
		// Assigned devices go with their user; devices outside our path are not ours, whatever a journal says.
		if (device.userName !== undefined || !isOurDevice(device.serialNumber, prefix)) continue;
		if (protectedIds.some((id) => deviceMatches(device.serialNumber, id))) continue;
		const journal = named.find(({id}) => deviceMatches(device.serialNumber, id));
		leftovers.push({
			serialNumber: device.serialNumber,
			found: journal ? {by: 'journal', runId: journal.runId} : {by: 'path'},
		});
	}
	return leftovers;
}

/**
 * What earlier runs left on this target: the resources their journals name (intended or created,
 * not deleted) as IAM reports them now, plus anything under the demo path that carries our tag
 * (so a lost journal loses nothing). Resources of runs still in progress are excluded.
 */
export async function findLeftovers(iam: IamService, options: FindLeftoversOptions): Promise<Leftovers> {
	const prefix = options.pathPrefix ?? DEMO_PATH;
	const [found, devices] = await Promise.all([
		findUsers(iam, options, prefix),
		iam.listVirtualMfaDevices(options.signal),
	]);
	const users = found.filter((user): user is LeftoverUser => typeof user === 'object');
	const ignored = found.filter((note): note is string => typeof note === 'string');
	return {users, devices: findDevices(devices, options, prefix), ...(ignored.length > 0 ? {ignored} : {})};
}
