export {openRunJournal, type OpenJournalOptions} from './journal.js';
export {listJournals, removeJournal, type JournalEntry, type JournalListing, type UnreadableJournal} from './list.js';
export {journalDirectory} from './paths.js';
export {
	CREATED_BY_TAG,
	DEMO_PATH,
	NO_LEFTOVERS,
	countLeftovers,
	findLeftovers,
	runsNamed,
	type CleanupServices,
	type FindLeftoversOptions,
} from './leftovers.js';
export type {
	LeftoverDevice,
	LeftoverPolicy,
	LeftoverRole,
	LeftoverUser,
	Leftovers,
	Provenance,
} from '../resources/inventory.js';
export {deleteLeftovers, type DeletionProgress, type DeletionResult} from './deletion.js';
export type {JournalDocument, JournalRecord, JournalTarget} from './record.js';
export {planCleanup, type CleanupPlan, type TargetGroup} from './targets.js';
export {describeLeftovers, describeProgress, describeTarget} from './describe.js';
