import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listJournals, removeJournal} from '../../source/journal/index.js';
import {stopChildren} from '../support/processes.js';
import {ScratchDirs} from '../support/scratch.js';
import {removeWriterScript, startWriter} from './child.js';
import {readUntil} from '../support/wait-until.js';

let dir: string;
const scratch = new ScratchDirs();

beforeEach(async () => {
	dir = path.join(await scratch.make('sts-mfa-crash-'), 'journals');
});

afterEach(async () => {
	await stopChildren();
	await scratch.removeAll();
});

afterAll(removeWriterScript);

describe('a journal outlives the process that wrote it', () => {
	it('keeps every record of a run killed with SIGKILL, and the run is no longer active', async () => {
		const writer = await startWriter({JOURNAL_DIR: dir, JOURNAL_RUN_ID: 'run-crashed', JOURNAL_MODE: 'crash'});
		expect(await writer.exited).toMatchObject({signal: 'SIGKILL'});
		const {journals, unreadable} = await listJournals(dir);
		expect(unreadable).toEqual([]);
		expect(journals).toHaveLength(1);
		expect(journals[0]).toMatchObject({
			runId: 'run-crashed',
			pid: writer.child.pid,
			active: false,
			account: '123456789012',
		});
		expect(journals[0]!.records.map((r) => `${r.state} ${r.kind} ${r.id}`)).toEqual([
			'intended user sts-mfa-demo-child',
			'created user sts-mfa-demo-child',
			'intended virtualMfaDevice sts-mfa-demo-child',
			'intended managedPolicy sts-mfa-list-buckets-child',
		]);
	});

	it('reports a live run as active until it dies', async () => {
		const writer = await startWriter({JOURNAL_DIR: dir, JOURNAL_RUN_ID: 'run-live', JOURNAL_MODE: 'live'});
		try {
			await writer.waitForLine((line) => line === 'ready');
			expect((await listJournals(dir)).journals[0]).toMatchObject({runId: 'run-live', active: true});
		} finally {
			writer.child.kill('SIGKILL');
		}
		await writer.exited;
		const after = await readUntil(
			() => listJournals(dir),
			(listing) => listing.journals[0]?.active === false,
		);
		expect(after.journals[0]).toMatchObject({runId: 'run-live', active: false});
	});

	it('leaves a complete, parseable journal when killed in the middle of writing', async () => {
		const writer = await startWriter({JOURNAL_DIR: dir, JOURNAL_RUN_ID: 'run-cut', JOURNAL_MODE: 'loop'});
		await writer.waitForLine((line) => line === 'written 40');
		writer.child.kill('SIGKILL');
		await writer.exited;
		const text = await readFile(path.join(dir, 'run-cut.json'), 'utf8');
		expect(JSON.parse(text).records.length).toBeGreaterThanOrEqual(40);
		const {journals, unreadable} = await listJournals(dir);
		expect(unreadable).toEqual([]);
		expect(journals.map((j) => j.runId)).toEqual(['run-cut']);
		// A temporary file the kill may have left is not mistaken for a journal.
		expect((await readdir(dir)).filter((name) => name.endsWith('.json'))).toEqual(['run-cut.json']);
		await removeJournal(journals[0]!);
		expect(await readdir(dir)).toEqual([]);
	});
});
