import {readdir, unlink} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {readOwnerOnlyFile} from '../owner-only-file.js';
import {JOURNAL_WORDS as WORDS} from '../words/journal.js';
import {openRunIds} from './journal.js';
import {journalDirectory} from './paths.js';
import {isWriterAlive} from './process.js';
import {parseJournal, type JournalDocument} from './record.js';

export interface JournalEntry extends JournalDocument {
	readonly file: string;
	/** The run that wrote it is still going: cleanup must leave its resources alone. */
	readonly active: boolean;
}

export interface UnreadableJournal {
	readonly file: string;
	readonly reason: string;
	/** The directory it lies in (or one above) is not the user's alone: no journal there is used. */
	readonly unsafeDirectory?: boolean;
}

export interface JournalListing {
	readonly journals: readonly JournalEntry[];
	readonly unreadable: readonly UnreadableJournal[];
}

function isActive(doc: JournalDocument): boolean {
	if (doc.pid === process.pid) return openRunIds.has(doc.runId);
	return isWriterAlive(doc);
}

/**
 * A state directory shared across hosts (an NFS home) holds other hosts' journals. Their runs can be
 * seen neither live nor dead from here (a pid means nothing on another host), so such a journal is
 * not used: its run is one with no record here, whose resources only the age rule (untracked.ts)
 * or --run lets cleanup delete. Counting it dead deleted a live run's user and device.
 */
function fromAnotherHost(doc: JournalDocument): boolean {
	return doc.hostname !== '' && doc.hostname !== os.hostname();
}

/** A journal is a few KB; anything much larger was not written by a run. */
const MAX_JOURNAL_BYTES = 1024 * 1024;

/**
 * A journal says where cleanup sends signed requests and what it deletes there, so only one the
 * user alone could have written is used: the file and every directory above it the user's (or
 * root's) and writable by no one else, checked on the open file (owner-only-file.ts).
 */
async function readEntry(file: string): Promise<JournalEntry | UnreadableJournal> {
	const read = await readOwnerOnlyFile(file, {maxBytes: MAX_JOURNAL_BYTES});
	if (!read.ok) return {file, reason: WORDS.notUsed(read.detail), unsafeDirectory: read.reason === 'unsafe-directory'};
	try {
		const doc = parseJournal(read.data.toString('utf8'));
		if (fromAnotherHost(doc)) return {file, reason: WORDS.anotherHost(doc.hostname)};
		return {...doc, file, active: isActive(doc)};
	} catch (error) {
		return {file, reason: (error as Error).message};
	}
}

/** Every journal left in the directory, oldest first; files that cannot be parsed are listed apart, never fatal. */
export async function listJournals(dir?: string): Promise<JournalListing> {
	const directory = journalDirectory(dir);
	let names: string[];
	try {
		names = await readdir(directory);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {journals: [], unreadable: []};
		return {
			journals: [],
			unreadable: [{file: directory, reason: WORDS.directoryUnreadable(String((error as NodeJS.ErrnoException).code))}],
		};
	}
	// Temporary files (writeOwnerOnlyFile) end in random digits, not .json: a write cut short leaves no journal behind.
	const files = names
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => path.join(directory, name));
	const entries = await Promise.all(files.map(readEntry));
	const journals = entries.filter((entry): entry is JournalEntry => 'runId' in entry);
	journals.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	const unreadable = entries.filter((entry): entry is UnreadableJournal => !('runId' in entry));
	return {journals, unreadable: oneNoticePerUnsafeDirectory(directory, unreadable)};
}

/** Every file of an unsafe directory is refused for the same reason: say it once, of the directory. */
function oneNoticePerUnsafeDirectory(directory: string, unreadable: readonly UnreadableJournal[]): UnreadableJournal[] {
	const unsafe = unreadable.find((entry) => entry.unsafeDirectory);
	const others = unreadable.filter((entry) => !entry.unsafeDirectory);
	if (!unsafe) return others;
	const count = unreadable.length - others.length;
	return [{file: directory, reason: WORDS.unsafeDirectory(unsafe.reason, count), unsafeDirectory: true}, ...others];
}

/**
 * Removes a journal once nothing it records remains (already gone is fine), with any temporary file
 * a write cut short by a crash left beside it: it holds nothing the journal itself did not.
 */
export async function removeJournal(journal: {file: string}): Promise<void> {
	const ignoreMissing = (error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	};
	const directory = path.dirname(journal.file);
	const base = path.basename(journal.file);
	const names = await readdir(directory).catch(() => [] as string[]);
	// writeOwnerOnlyFile names its temporary files "<file>.<random digits>".
	const temporary = names.filter((name) => name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1)));
	await Promise.all(temporary.map((name) => unlink(path.join(directory, name)).catch(ignoreMissing)));
	await unlink(journal.file).catch(ignoreMissing);
}
