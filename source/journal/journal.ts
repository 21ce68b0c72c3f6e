import {chmod, unlink} from 'node:fs/promises';
import os from 'node:os';
import type {JournalResourceKind, RunJournal} from '../scenario/types.js';
import {makeDirectory} from '../make-directory.js';
import {JOURNAL_WORDS as WORDS} from '../words/journal.js';
import {writeOwnerOnlyFile} from '../owner-only-file.js';
import {JournalError} from './errors.js';
import {journalDirectory, journalFile} from './paths.js';
import {processStartOf} from './process.js';
import {
	JOURNAL_VERSION,
	RUN_ID_PATTERN,
	isResourceKind,
	isValidId,
	journalTarget,
	type JournalDocument,
	type JournalRecord,
	type JournalTarget,
	type RecordState,
} from './record.js';

export interface OpenJournalOptions {
	readonly runId: string;
	readonly target: JournalTarget;
	readonly account?: string;
	/** The journals directory; defaults to journalDirectory(). */
	readonly dir?: string;
}

/** Run ids whose journal this process holds open: listJournals treats them as active even though the pid is ours. */
export const openRunIds = new Set<string>();

async function ensurePrivateDirectory(directory: string): Promise<void> {
	await makeDirectory(directory);
	// mkdir leaves an existing directory's mode alone and is subject to the umask; make sure.
	await chmod(directory, 0o700);
}

/**
 * Opens the journal of a new run and writes it at once. Every record is on disk (atomically, mode
 * 0600) before the returned promise settles; writes are chained so records made in quick
 * succession are all kept, in order.
 */
export async function openRunJournal(options: OpenJournalOptions): Promise<RunJournal> {
	if (!RUN_ID_PATTERN.test(options.runId)) {
		throw new JournalError('invalidRunId', WORDS.invalidRunId(options.runId));
	}
	if (options.account !== undefined && !/^\d{12}$/.test(options.account)) {
		throw new JournalError('invalidId', WORDS.invalidAccount);
	}
	const directory = journalDirectory(options.dir);
	const file = journalFile(directory, options.runId);
	const startedAt = new Date().toISOString();
	const records: JournalRecord[] = [];
	const processStart = processStartOf(process.pid);
	const snapshot = (): JournalDocument => ({
		version: JOURNAL_VERSION,
		runId: options.runId,
		pid: process.pid,
		hostname: os.hostname(),
		...(processStart === undefined ? {} : {processStart}),
		startedAt,
		updatedAt: new Date().toISOString(),
		target: journalTarget(options.target),
		...(options.account === undefined ? {} : {account: options.account}),
		records: [...records],
	});
	const write = async (): Promise<void> => {
		try {
			await writeOwnerOnlyFile(file, `${JSON.stringify(snapshot(), null, '\t')}\n`);
		} catch (error) {
			throw new JournalError('writeFailed', WORDS.writeFailed(file, (error as Error).message), {cause: error});
		}
	};

	await ensurePrivateDirectory(directory);
	await write();
	openRunIds.add(options.runId);

	let chain: Promise<void> = Promise.resolve();
	let closed = false;
	const enqueue = (task: () => Promise<void>): Promise<void> => {
		const next = chain.then(task);
		// A failed write must not stop later ones; the caller still sees its own failure.
		chain = next.catch(() => undefined);
		return next;
	};
	const record = (kind: JournalResourceKind, id: string, state: RecordState): Promise<void> => {
		if (closed) return Promise.reject(new JournalError('closed', WORDS.closed(options.runId)));
		if (!isResourceKind(kind)) return Promise.reject(new JournalError('invalidId', WORDS.unknownKind(String(kind))));
		// Checked before queuing so a bad value (e.g. a Secret passed by mistake) never reaches the file.
		if (!isValidId(id)) return Promise.reject(new JournalError('invalidId', WORDS.invalidId(kind)));
		records.push({kind, id, state, at: new Date().toISOString()});
		return enqueue(write);
	};

	return {
		intend: (kind, id) => record(kind, id, 'intended'),
		created: (kind, id) => record(kind, id, 'created'),
		deleted: (kind, id) => record(kind, id, 'deleted'),
		complete: () => {
			if (closed) return chain;
			closed = true;
			return enqueue(async () => {
				await unlink(file).catch((error: NodeJS.ErrnoException) => {
					if (error.code !== 'ENOENT')
						throw new JournalError('writeFailed', WORDS.removeFailed(file, error.message), {cause: error});
				});
				openRunIds.delete(options.runId);
			});
		},
	};
}
