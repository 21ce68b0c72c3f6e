import type {JournalEntry} from './list.js';
import {safeEndpoint, type JournalTarget} from './record.js';

/** Journals to clean against one target. */
export interface TargetGroup {
	readonly target: JournalTarget;
	readonly journals: readonly JournalEntry[];
}

export interface CleanupPlan {
	readonly groups: readonly TargetGroup[];
	/** Runs against the embedded sandbox: their resources died with the process; only the journal is left. */
	readonly sandboxJournals: readonly JournalEntry[];
	/** Runs against some other target than the one asked for: not considered this time. */
	readonly otherJournals: readonly JournalEntry[];
}

function targetKey(target: JournalTarget): string {
	return JSON.stringify([target.kind, target.endpoint ?? '', target.profile ?? '']);
}

function sameTarget(wanted: JournalTarget, journal: JournalEntry): boolean {
	if (wanted.kind !== journal.target.kind) return false;
	// Any profile may reach the same account; the account check after connecting decides for AWS.
	return wanted.kind === 'aws' || safeEndpoint(wanted.endpoint) === journal.target.endpoint;
}

/**
 * Which journals to clean where: against the target the user named, or each journal against the
 * target it recorded. Only finished runs are passed in; active ones are never planned.
 */
export function planCleanup(finished: readonly JournalEntry[], explicit: JournalTarget | undefined): CleanupPlan {
	const sandboxJournals = finished.filter((journal) => journal.target.kind === 'sandbox');
	const remote = finished.filter((journal) => journal.target.kind !== 'sandbox');
	if (explicit) {
		return {
			groups: [{target: explicit, journals: remote.filter((journal) => sameTarget(explicit, journal))}],
			sandboxJournals,
			otherJournals: remote.filter((journal) => !sameTarget(explicit, journal)),
		};
	}
	const groups = new Map<string, {target: JournalTarget; journals: JournalEntry[]}>();
	for (const journal of remote) {
		const key = targetKey(journal.target);
		const group = groups.get(key) ?? {target: journal.target, journals: []};
		group.journals.push(journal);
		groups.set(key, group);
	}
	return {groups: [...groups.values()], sandboxJournals, otherJournals: []};
}
