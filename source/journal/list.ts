import {readdir, readFile, unlink} from 'node:fs/promises';
import path from 'node:path';
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
}

export interface JournalListing {
	readonly journals: readonly JournalEntry[];
	readonly unreadable: readonly UnreadableJournal[];
}

function isActive(doc: JournalDocument): boolean {
	if (doc.pid === process.pid) return openRunIds.has(doc.runId);
	return isWriterAlive(doc);
}

async function readEntry(file: string): Promise<JournalEntry | UnreadableJournal> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		return {file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`};
	}
	try {
		const doc = parseJournal(text);
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
			unreadable: [
				{file: directory, reason: `the journal directory cannot be read (${(error as NodeJS.ErrnoException).code})`},
			],
		};
	}
	// write-file-atomic's temporary files end in a hash, not .json: a write cut short leaves no journal behind.
	const files = names
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => path.join(directory, name));
	const entries = await Promise.all(files.map(readEntry));
	const journals = entries.filter((entry): entry is JournalEntry => 'runId' in entry);
	journals.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	return {journals, unreadable: entries.filter((entry): entry is UnreadableJournal => !('runId' in entry))};
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
	// write-file-atomic names its temporary files "<file>.<number>".
	const temporary = names.filter((name) => name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1)));
	await Promise.all(temporary.map((name) => unlink(path.join(directory, name)).catch(ignoreMissing)));
	await unlink(journal.file).catch(ignoreMissing);
}
