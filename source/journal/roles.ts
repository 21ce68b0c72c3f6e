import type {IamRole, IamRoleService, ManagedPolicy, Tag} from '../aws/types.js';
import {JOURNAL_LEFTOVER_WORDS as WORDS} from '../words/journal-leftovers.js';
import type {LeftoverPolicy, LeftoverRole, Provenance} from '../resources/inventory.js';
import type {FindLeftoversOptions} from './leftovers.js';
import {isAccessDenied, isNotFound, ownedByRun, ownershipOf} from './ownership.js';
import {everyIdIn, type Named, namedIn} from './named.js';

/*
 * assume-role's role and customer managed policy, found as users are: named in a finished run's
 * journal, or under the demo path with sts-mfa's tags and no journal here; either way only when
 * their own tags say they are sts-mfa's (and that run's, when a journal names them).
 */

type Found<T> = T | string | undefined;

/** IAM names are unique whatever their case; a journal names a policy by its name before CreatePolicy answers and by its ARN after. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const roleMatches = (role: IamRole, id: string) => sameName(role.roleName, id);
const policyMatches = (policy: ManagedPolicy, id: string) => policy.arn === id || sameName(policy.policyName, id);

/** The resource's tags; undefined when it is gone; 'denied' when IAM will not show them (then it is left alone). */
async function tagsOf(read: () => Promise<Tag[]>): Promise<Tag[] | 'denied' | undefined> {
	try {
		return await read();
	} catch (error) {
		if (isNotFound(error)) return undefined;
		if (isAccessDenied(error)) return 'denied';
		throw error;
	}
}

/** The note saying why a role or policy is left alone: its tags do not make it ours (or the journal's run's). */
type NotOurs = (runId: string | undefined, tagsUnreadable: boolean) => string;

/** How it was found, if its tags make it ours; else the note saying why it is left alone. */
function provenance(
	notOurs: NotOurs,
	tags: Tag[] | 'denied',
	journal: Named | undefined,
	createdAt: Date | undefined,
): Provenance | string {
	const ownership = Array.isArray(tags) ? ownershipOf(tags) : {ours: false};
	const ours = journal ? ownedByRun(ownership, journal.runId) : ownership.ours;
	if (!ours) return notOurs(journal?.runId, tags === 'denied');
	if (journal) return {by: 'journal', runId: journal.runId};
	const runId = ownershipOf(tags as Tag[]).runId;
	return {by: 'tags', ...(runId === undefined ? {} : {runId}), ...(createdAt ? {createdAt} : {})};
}

async function inspectRole(
	roles: IamRoleService,
	role: IamRole,
	journal: Named | undefined,
	signal?: AbortSignal,
): Promise<Found<LeftoverRole>> {
	const tags = await tagsOf(() => roles.listRoleTags(role.roleName, signal));
	if (tags === undefined) return undefined;
	const found = provenance(
		(runId, unreadable) => WORDS.roleNotOurs(role.roleName, runId, unreadable),
		tags,
		journal,
		role.createDate,
	);
	if (typeof found === 'string') return found;
	try {
		const [attachedPolicyArns, inlinePolicyNames] = await Promise.all([
			roles.listAttachedRolePolicies(role.roleName, signal),
			roles.listRolePolicies(role.roleName, signal),
		]);
		return {roleName: role.roleName, found, attachedPolicyArns, inlinePolicyNames};
	} catch (error) {
		if (isNotFound(error)) return undefined;
		throw error;
	}
}

async function inspectPolicy(
	roles: IamRoleService,
	policy: ManagedPolicy,
	journal: Named | undefined,
	signal?: AbortSignal,
): Promise<Found<LeftoverPolicy>> {
	const tags = await tagsOf(() => roles.listPolicyTags(policy.arn, signal));
	if (tags === undefined) return undefined;
	const found = provenance(
		(runId, unreadable) => WORDS.policyNotOurs(policy.arn, runId, unreadable),
		tags,
		journal,
		policy.createDate,
	);
	return typeof found === 'string' ? found : {policyName: policy.policyName, arn: policy.arn, found};
}

/** Candidates under the path: those no live run names, each with the finished run's journal that names it, if any. */
function candidates<T>(
	listed: readonly T[],
	options: FindLeftoversOptions,
	group: 'roles' | 'policies',
	matches: (item: T, id: string) => boolean,
): {item: T; journal: Named | undefined}[] {
	const live = everyIdIn(options.activeJournals ?? [], group);
	const journals = namedIn(options.journals, group);
	return listed
		.filter((item) => !live.some((id) => matches(item, id)))
		.map((item) => ({item, journal: journals.find((entry) => matches(item, entry.id))}));
}

export interface RoleLeftovers {
	readonly roles: LeftoverRole[];
	readonly policies: LeftoverPolicy[];
	readonly ignored: string[];
}

/**
 * Roles and customer managed policies under the demo path (ListRoles, ListPolicies: a policy the
 * journal names only by name, because the run died before recording its ARN, is found the same way).
 */
export async function findRoleLeftovers(
	roles: IamRoleService,
	options: FindLeftoversOptions,
	prefix: string,
): Promise<RoleLeftovers> {
	const {signal} = options;
	const [listedRoles, listedPolicies] = await Promise.all([
		roles.listRoles(prefix, signal),
		roles.listPolicies(prefix, signal),
	]);
	const foundRoles = await Promise.all(
		candidates(listedRoles, options, 'roles', roleMatches).map(({item, journal}) =>
			inspectRole(roles, item, journal, signal),
		),
	);
	const foundPolicies = await Promise.all(
		candidates(listedPolicies, options, 'policies', policyMatches).map(({item, journal}) =>
			inspectPolicy(roles, item, journal, signal),
		),
	);
	const isNote = (found: unknown): found is string => typeof found === 'string';
	return {
		roles: foundRoles.filter((found): found is LeftoverRole => typeof found === 'object'),
		policies: foundPolicies.filter((found): found is LeftoverPolicy => typeof found === 'object'),
		ignored: [...foundRoles.filter(isNote), ...foundPolicies.filter(isNote)],
	};
}
