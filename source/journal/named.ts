import {LEFTOVER_KINDS} from '../resources/inventory.js';
import {outstandingIds, type JournalDocument} from './record.js';

/* What the journals name of one group of leftovers (its kind comes from resources/inventory.ts). */

type Group = keyof typeof LEFTOVER_KINDS;

/** An id a finished run's journal names and has not recorded deleted, with that run. */
export interface Named {
	readonly id: string;
	readonly runId: string;
}

/** The ids the journals name (intended or created, not deleted), each with its run. */
export function namedIn(journals: readonly JournalDocument[], group: Group): Named[] {
	return journals.flatMap((journal) =>
		outstandingIds(journal.records, LEFTOVER_KINDS[group]).map((id) => ({id, runId: journal.runId})),
	);
}

/** Every id the journals name, deleted or not: a live run's are never leftovers. */
export function everyIdIn(journals: readonly JournalDocument[], group: Group): string[] {
	return journals.flatMap((journal) =>
		journal.records.filter((record) => record.kind === LEFTOVER_KINDS[group]).map((record) => record.id),
	);
}
