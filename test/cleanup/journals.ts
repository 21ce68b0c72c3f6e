import {spawnSync} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {JournalDocument, JournalRecord, JournalTarget} from '../../source/journal/index.js';

/** A pid that belonged to a process which has exited: what a crashed run's journal holds. */
export const DEAD_PID = spawnSync(process.execPath, ['-e', '0']).pid!;

export const ENDPOINT_TARGET: JournalTarget = {
	kind: 'endpoint',
	region: 'us-east-1',
	endpoint: 'http://127.0.0.1:4566',
};

type RecordSpec = [JournalRecord['state'], JournalRecord['kind'], string];

export function journalDocument(
	runId: string,
	records: RecordSpec[],
	extra: Partial<JournalDocument> = {},
): JournalDocument {
	return {
		version: 1,
		runId,
		pid: DEAD_PID,
		hostname: os.hostname(),
		startedAt: '2025-01-01T00:00:00.000Z',
		updatedAt: '2025-01-01T00:00:01.000Z',
		target: ENDPOINT_TARGET,
		account: '123456789012',
		records: records.map(([state, kind, id]) => ({state, kind, id, at: '2025-01-01T00:00:00.000Z'})),
		...extra,
	};
}

/** Writes a journal as a crashed run leaves it. */
export async function writeJournal(dir: string, document: JournalDocument): Promise<string> {
	await mkdir(dir, {recursive: true, mode: 0o700});
	const file = path.join(dir, `${document.runId}.json`);
	await writeFile(file, JSON.stringify(document), {mode: 0o600});
	return file;
}
