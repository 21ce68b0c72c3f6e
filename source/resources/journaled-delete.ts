import {accessKeysOf, type DeletionServices, type DeletionTarget, deleteItem} from './delete.js';
import {type DeletionKind, DELETION_ORDER, isResourceKind, type ResourceKind} from './kinds.js';
import {EVERY_KEY} from '../words/resources.js';

/*
 * One deletion of a run's own, with the journal told of each resource that went: teardown's items,
 * and the attacker's device the stolen-key fix removes at once.
 */

export interface DeletionJournal {
	deleted(kind: ResourceKind, id: string): Promise<void>;
}

type ListCall = (services: DeletionServices, userName: string, signal?: AbortSignal) => Promise<string[]>;

/** The kinds whose id may be EVERY_KEY (a create cut short before its id arrived): every one the user has. */
const EVERY_ONE_OF_USER: {readonly [K in DeletionKind]?: ListCall} = {
	accessKey: ({iam}, userName, signal) => accessKeysOf(iam, userName, signal),
};

/** Deletes what one item names (already gone counts as done) and tells the journal. Returns the ids acted on. */
export async function deleteJournaled(
	services: DeletionServices,
	journal: DeletionJournal,
	kind: DeletionKind,
	target: DeletionTarget,
	signal?: AbortSignal,
): Promise<string[]> {
	const everyOne = target.id === EVERY_KEY ? EVERY_ONE_OF_USER[kind] : undefined;
	const ids = everyOne ? await everyOne(services, target.userName ?? '', signal) : [target.id];
	for (const id of ids) {
		await deleteItem(services, kind, {...target, id}, signal);
		// A step on a resource (deactivating, detaching) leaves it: the journal hears when the resource goes.
		if (isResourceKind(kind)) await journal.deleted(kind, id);
	}
	return ids;
}

type Delete = {
	readonly [K in DeletionKind]: (
		services: DeletionServices,
		journal: DeletionJournal,
		target: DeletionTarget,
		signal?: AbortSignal,
	) => Promise<string[]>;
};

/** Each kind's journaled delete, for code that deletes one kind it knows: `DELETE.virtualMfaDevice(…)`. */
export const DELETE = Object.fromEntries(
	DELETION_ORDER.map((kind) => [
		kind,
		(services: DeletionServices, journal: DeletionJournal, target: DeletionTarget, signal?: AbortSignal) =>
			deleteJournaled(services, journal, kind, target, signal),
	]),
) as unknown as Delete;
