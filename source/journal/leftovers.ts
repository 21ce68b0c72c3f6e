import type {IamRoleService, IamService} from '../aws/types.js';
import {type Leftovers, type LeftoverUser, leftoverRows, type Provenance} from '../resources/inventory.js';
import {JOURNAL_LEFTOVER_WORDS} from '../words/journal-leftovers.js';
import {findDevices, type MfaDeviceOwnership} from './devices.js';
import {DEMO_PATH, isNotFound, ownedByRun, ownershipOf} from './ownership.js';
import {everyIdIn, namedIn} from './named.js';
import type {JournalDocument} from './record.js';
import {findRoleLeftovers} from './roles.js';

export {CREATED_BY_TAG, DEMO_PATH} from './ownership.js';

export interface FindLeftoversOptions {
	/** Journals of finished (not active) runs on this target. */
	readonly journals: readonly JournalDocument[];
	readonly pathPrefix?: string;
	/** Journals of runs still in progress: what they name is never a leftover, even under the path. */
	readonly activeJournals?: readonly JournalDocument[];
	readonly signal?: AbortSignal;
}

/** The IAM calls cleanup makes: users and devices, roles and managed policies. */
export interface CleanupServices {
	readonly iam: IamService;
	readonly roles: IamRoleService;
}

export const NO_LEFTOVERS: Leftovers = {users: [], devices: [], roles: [], policies: []};

/** How many resources deleting these leftovers removes: one per row, and each role's inline policies. */
export function countLeftovers(leftovers: Leftovers): number {
	return leftoverRows(leftovers).length + leftovers.roles.reduce((sum, role) => sum + role.inlinePolicyNames.length, 0);
}

/** How each leftover was found: a journal still naming one of them must stay. */
export function provenances(leftovers: Leftovers): Provenance[] {
	return [...leftovers.users, ...leftovers.devices, ...leftovers.roles, ...leftovers.policies].map(
		(item) => item.found,
	);
}

/** The runs whose journals name something of these leftovers. */
export function runsNamed(leftovers: Leftovers): Set<string> {
	return new Set(provenances(leftovers).flatMap((found) => (found.by === 'journal' ? [found.runId] : [])));
}

type Found = LeftoverUser | string | undefined;

/** For a journal's user: it must carry our tag (and its run's, when it names one). For the path: our tag. */
function ownershipProblem(
	userName: string,
	path: string,
	tags: Parameters<typeof ownershipOf>[0],
	found: Provenance,
	prefix: string,
): string | undefined {
	const ownership = ownershipOf(tags);
	const ours = found.by === 'journal' ? ownedByRun(ownership, found.runId) : ownership.ours;
	if (ours && path.startsWith(prefix)) return undefined;
	return JOURNAL_LEFTOVER_WORDS.userNotOurs(userName, path, prefix);
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
	devices: MfaDeviceOwnership,
	signal?: AbortSignal,
): Promise<Found> {
	try {
		const user = await iam.getUser(userName, signal);
		const tags = await iam.listUserTags(userName, signal);
		const problem = ownershipProblem(userName, user.path, tags, found, prefix);
		if (problem) return problem;
		const [policyNames, keys, enabled] = await Promise.all([
			iam.listUserPolicies(userName, signal),
			iam.listAccessKeys(userName, signal),
			iam.listMfaDevices(userName, signal),
		]);
		const mfaSerials = enabled.map((device) => device.serialNumber);
		const ourMfaSerials = await devices.ours(mfaSerials, signal);
		const runId = ownershipOf(tags).runId;
		const provenance: Provenance =
			found.by === 'journal'
				? found
				: {
						by: 'tags',
						...(runId === undefined ? {} : {runId}),
						...(user.createDate ? {createdAt: user.createDate} : {}),
					};
		return {
			userName,
			found: provenance,
			policyNames,
			accessKeyIds: keys.map((key) => key.accessKeyId),
			mfaSerials,
			ourMfaSerials,
		};
	} catch (error) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

/** The users the journals name, each once (the first run that names it). */
function journalUsers(journals: readonly JournalDocument[]): {userName: string; runId: string}[] {
	const named = namedIn(journals, 'users').map(({id, runId}) => ({userName: id, runId}));
	return named.filter((entry, index, all) => all.findIndex((other) => other.userName === entry.userName) === index);
}

async function findUsers(
	iam: IamService,
	options: FindLeftoversOptions,
	prefix: string,
	devices: MfaDeviceOwnership,
): Promise<Found[]> {
	const {signal} = options;
	const named = journalUsers(options.journals);
	const fromJournals = await Promise.all(
		named.map(({userName, runId}) => inspectUser(iam, userName, {by: 'journal', runId}, prefix, devices, signal)),
	);
	const known = new Set([...named.map((entry) => entry.userName), ...everyIdIn(options.activeJournals ?? [], 'users')]);
	const candidates = (await iam.listUsers(prefix, signal)).filter((user) => !known.has(user.userName));
	const fromTags = await Promise.all(
		candidates.map((user) => inspectUser(iam, user.userName, {by: 'tags'}, prefix, devices, signal)),
	);
	return [...fromJournals, ...fromTags];
}

/**
 * What earlier runs left on this target: the resources their journals name (intended or created,
 * not deleted) as IAM reports them now, plus anything under the demo path that carries our tags
 * but no journal here names (so a lost journal loses nothing; untracked.ts decides when those may go).
 * Users with their keys, policies and devices; free virtual MFA devices; roles and customer
 * managed policies (roles.ts). Resources of runs still in progress on this machine are excluded;
 * untagged ones are never included.
 */
export async function findLeftovers(services: CleanupServices, options: FindLeftoversOptions): Promise<Leftovers> {
	const {iam} = services;
	const prefix = options.pathPrefix ?? DEMO_PATH;
	const devices = findDevices(iam, options, prefix);
	const [found, roles] = await Promise.all([
		findUsers(iam, options, prefix, devices),
		findRoleLeftovers(services.roles, options, prefix),
	]);
	const users = found.filter((user): user is LeftoverUser => typeof user === 'object');
	const free = await devices.free(users, options.signal);
	const ignored = [
		...found.filter((note): note is string => typeof note === 'string'),
		...free.ignored,
		...roles.ignored,
	];
	return {
		users,
		devices: free.devices,
		roles: roles.roles,
		policies: roles.policies,
		...(ignored.length > 0 ? {ignored} : {}),
	};
}
