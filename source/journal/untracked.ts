import type {Leftovers, Provenance} from '../resources/inventory.js';

/*
 * Resources found by the path and sts-mfa's tags that no journal on this machine names belong to a
 * run this machine knows nothing about: a colleague's, another machine's, or one whose journal was
 * lost. Such a run may be live right now, waiting for codes. As cloud-nuke does with its
 * --older-than, they are deleted only once old enough that no run could still be using them, or
 * when the user names their run.
 */

/** A demo takes minutes; an hour-old run that no journal here names is not coming back. */
export const DEFAULT_OLDER_THAN_MS = 60 * 60 * 1000;

export interface UntrackedRule {
	/** Untracked resources at least this old may be deleted. */
	readonly olderThanMs: number;
	/** Runs the user named (`--run ID`): theirs may be deleted whatever their age. */
	readonly runs: readonly string[];
	readonly now: number;
}

export function defaultRule(now: number): UntrackedRule {
	return {olderThanMs: DEFAULT_OLDER_THAN_MS, runs: [], now};
}

/** Whether the rule lets what was found this way be deleted. A resource of unknown age is never old enough. */
export function mayDelete(found: Provenance, rule: UntrackedRule): boolean {
	if (found.by === 'journal') return true;
	if (found.runId !== undefined && rule.runs.includes(found.runId)) return true;
	return found.createdAt !== undefined && rule.now - found.createdAt.getTime() >= rule.olderThanMs;
}

export interface SplitLeftovers {
	/** What the rule lets go. */
	readonly deletable: Leftovers;
	/** Untracked resources too young (or of unknown age) and not named: shown, never deleted. */
	readonly held: Leftovers;
}

export function splitByRule(leftovers: Leftovers, rule: UntrackedRule): SplitLeftovers {
	const pick = <T extends {readonly found: Provenance}>(items: readonly T[], keep: boolean) =>
		items.filter((item) => mayDelete(item.found, rule) === keep);
	const side = (keep: boolean): Leftovers => ({
		users: pick(leftovers.users, keep),
		devices: pick(leftovers.devices, keep),
		roles: pick(leftovers.roles, keep),
		policies: pick(leftovers.policies, keep),
	});
	return {deletable: {...side(true), ignored: leftovers.ignored}, held: side(false)};
}
