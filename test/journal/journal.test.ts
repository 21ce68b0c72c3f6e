import {mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {journalDirectory, listJournals, openRunJournal, removeJournal} from '../../source/journal/index.js';
import {Secret} from '../../source/secret.js';
import {ScratchDirs} from '../support/scratch.js';

const target = {kind: 'endpoint', region: 'us-east-1', endpoint: 'http://127.0.0.1:4566'} as const;
let dir: string;
const scratch = new ScratchDirs();

beforeEach(async () => {
	dir = path.join(await scratch.make('sts-mfa-journal-'), 'journals');
});

afterEach(async () => scratch.removeAll());

async function readJournal(
	runId: string,
): Promise<{records: Array<{kind: string; id: string; state: string}>} & Record<string, unknown>> {
	return JSON.parse(await readFile(path.join(dir, `${runId}.json`), 'utf8'));
}

describe('openRunJournal', () => {
	it('writes each record to disk before the call settles, in order', async () => {
		const journal = await openRunJournal({runId: 'run-a', target, account: '123456789012', dir});
		await journal.intend('user', 'sts-mfa-demo-a');
		expect((await readJournal('run-a')).records).toEqual([
			expect.objectContaining({kind: 'user', id: 'sts-mfa-demo-a', state: 'intended'}),
		]);
		await journal.created('user', 'sts-mfa-demo-a');
		await journal.deleted('user', 'sts-mfa-demo-a');
		const doc = await readJournal('run-a');
		expect(doc.records.map((r) => r.state)).toEqual(['intended', 'created', 'deleted']);
		expect(doc).toMatchObject({runId: 'run-a', pid: process.pid, account: '123456789012', target});
	});

	it('keeps every record when the runner fires them without waiting', async () => {
		const journal = await openRunJournal({runId: 'run-burst', target, dir});
		const writes: Promise<void>[] = [];
		for (let index = 0; index < 60; index++) {
			writes.push(
				journal.intend('accessKey', `sts-mfa-demo-${index}`),
				journal.created('accessKey', `AKIABURST${String(index).padStart(11, '0')}`),
			);
		}
		await Promise.all(writes);
		const {records} = await readJournal('run-burst');
		expect(records).toHaveLength(120);
		expect(records[0]).toMatchObject({id: 'sts-mfa-demo-0', state: 'intended'});
		expect(records.at(-1)).toMatchObject({id: 'AKIABURST00000000059', state: 'created'});
	});

	it('never exposes a half-written file to a reader', async () => {
		const journal = await openRunJournal({runId: 'run-readers', target, dir});
		const file = path.join(dir, 'run-readers.json');
		let writing = true;
		const writes = (async () => {
			for (let index = 0; index < 150; index++)
				await journal.created('userPolicy', `sts-mfa-policy-with-a-long-name-${index}`);
			writing = false;
		})();
		let reads = 0;
		while (writing) {
			const text = await readFile(file, 'utf8');
			expect(() => JSON.parse(text)).not.toThrow();
			reads++;
		}
		await writes;
		expect(reads).toBeGreaterThan(0);
		expect((await readJournal('run-readers')).records).toHaveLength(150);
	});

	it('creates the file owner-only (0600) in an owner-only directory (0700), even one that existed wider', async () => {
		await mkdir(dir, {recursive: true, mode: 0o755});
		const journal = await openRunJournal({runId: 'run-perms', target, dir});
		await journal.intend('user', 'sts-mfa-demo-p');
		expect((await stat(dir)).mode & 0o777).toBe(0o700);
		expect((await stat(path.join(dir, 'run-perms.json'))).mode & 0o777).toBe(0o600);
	});

	it('holds no secret even when secret-bearing objects are handed to it', async () => {
		const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY';
		const token = 'FwoGZXIvYXdzEBYaDSESSIONTOKENVALUE';
		const richTarget = {
			...target,
			endpoint: `http://AKIDUSER:${encodeURIComponent(secretKey)}@127.0.0.1:4566/?X-Amz-Security-Token=${token}`,
			credentials: {
				accessKeyId: 'AKIDEXAMPLE',
				secretAccessKey: new Secret(secretKey),
				sessionToken: new Secret(token),
			},
			secretAccessKey: secretKey,
		};
		const journal = await openRunJournal({runId: 'run-secret', target: richTarget, dir});
		await journal.created('user', 'sts-mfa-demo-s');
		// A Secret passed where an id belongs is refused, not stringified into the file.
		await expect(journal.created('accessKey', new Secret(secretKey) as unknown as string)).rejects.toThrow(/id/);
		await expect(journal.created('accessKey', secretKey.replace(/\//g, ' '))).rejects.toThrow(/id/);
		const text = await readFile(path.join(dir, 'run-secret.json'), 'utf8');
		for (const value of [secretKey, encodeURIComponent(secretKey), token, 'AKIDUSER', 'redacted', 'credentials']) {
			expect(text).not.toContain(value);
		}
		expect(JSON.parse(text).target).toEqual({kind: 'endpoint', region: 'us-east-1', endpoint: 'http://127.0.0.1:4566'});
	});

	it('removes the file on complete() and refuses records afterwards', async () => {
		const journal = await openRunJournal({runId: 'run-done', target, dir});
		await journal.created('user', 'sts-mfa-demo-d');
		await journal.complete();
		expect(await readdir(dir)).toEqual([]);
		await expect(journal.created('user', 'late')).rejects.toThrow(/complete/);
		expect((await listJournals(dir)).journals).toEqual([]);
	});

	it('refuses a run id that could escape the journal directory', async () => {
		await expect(openRunJournal({runId: '../escape', target, dir})).rejects.toThrow(/run id/);
		await expect(openRunJournal({runId: 'a/b', target, dir})).rejects.toThrow(/run id/);
	});
});

describe('journalDirectory', () => {
	const saved = process.env.STS_MFA_STATE_DIR;
	afterEach(() => {
		if (saved === undefined) delete process.env.STS_MFA_STATE_DIR;
		else process.env.STS_MFA_STATE_DIR = saved;
	});

	it('honours STS_MFA_STATE_DIR, and otherwise uses the per-user data directory', async () => {
		process.env.STS_MFA_STATE_DIR = path.dirname(dir);
		expect(journalDirectory()).toBe(dir);
		const journal = await openRunJournal({runId: 'run-env', target});
		expect(await readdir(dir)).toContain('run-env.json');
		await journal.complete();
		delete process.env.STS_MFA_STATE_DIR;
		expect(journalDirectory()).toMatch(/sts-mfa[/\\]journals$/);
		expect(journalDirectory()).not.toMatch(/nodejs/);
	});
});

describe('listJournals', () => {
	it('reports a corrupt or foreign file by name and reason and still lists the good ones', async () => {
		const good = await openRunJournal({runId: 'run-good', target, dir});
		await good.created('user', 'sts-mfa-demo-g');
		await writeFile(path.join(dir, 'truncated.json'), '{"version":1,"runId":"x","pi');
		await writeFile(path.join(dir, 'future.json'), JSON.stringify({version: 99, runId: 'f', pid: 1, records: []}));
		await writeFile(
			path.join(dir, 'odd-kind.json'),
			JSON.stringify({
				version: 1,
				runId: 'o',
				pid: 1,
				target,
				records: [{kind: 'bucket', id: 'b', state: 'created', at: ''}],
			}),
		);
		await writeFile(path.join(dir, 'notes.txt'), 'not a journal');
		const {journals, unreadable} = await listJournals(dir);
		expect(journals.map((j) => j.runId)).toEqual(['run-good']);
		expect(unreadable).toEqual(
			expect.arrayContaining([
				{file: path.join(dir, 'truncated.json'), reason: 'not valid JSON'},
				{file: path.join(dir, 'future.json'), reason: 'unsupported version 99'},
				{file: path.join(dir, 'odd-kind.json'), reason: 'record 1 has an unknown kind'},
			]),
		);
		expect(unreadable).toHaveLength(3);
	});

	it('removes a journal with the temporary files a crashed write left beside it, and nothing else', async () => {
		await mkdir(dir, {recursive: true});
		for (const name of ['run-x.json', 'run-x.json.123456', 'run-x.json.backup', 'run-xy.json.42', 'run-y.json'])
			await writeFile(path.join(dir, name), '{}');
		await removeJournal({file: path.join(dir, 'run-x.json')});
		expect((await readdir(dir)).sort()).toEqual(['run-x.json.backup', 'run-xy.json.42', 'run-y.json']);
		await expect(removeJournal({file: path.join(dir, 'run-x.json')})).resolves.toBeUndefined();
	});

	it('returns nothing when the directory does not exist yet', async () => {
		expect(await listJournals(path.join(dir, 'never-created'))).toEqual({journals: [], unreadable: []});
	});

	it("marks this process's own open journal active, and a finished writer's not", async () => {
		const journal = await openRunJournal({runId: 'run-self', target, dir});
		expect((await listJournals(dir)).journals[0]).toMatchObject({runId: 'run-self', active: true});
		// A journal left by an earlier run whose pid happens to be ours now is not active.
		const doc = {...(await readJournal('run-self')), runId: 'run-old'};
		await writeFile(path.join(dir, 'run-old.json'), JSON.stringify(doc));
		const byId = Object.fromEntries((await listJournals(dir)).journals.map((j) => [j.runId, j.active]));
		expect(byId).toEqual({'run-self': true, 'run-old': false});
		await journal.complete();
	});

	it('does not mistake an unrelated process that reused the pid for the run', async () => {
		await mkdir(dir, {recursive: true});
		const base = {
			version: 1,
			runId: 'run-reused',
			pid: process.ppid,
			hostname: os.hostname(),
			startedAt: '',
			updatedAt: '',
			target,
			records: [],
		};
		await writeFile(path.join(dir, 'run-reused.json'), JSON.stringify({...base, processStart: '1'}));
		await writeFile(path.join(dir, 'run-parent.json'), JSON.stringify({...base, runId: 'run-parent'}));
		const byId = Object.fromEntries((await listJournals(dir)).journals.map((j) => [j.runId, j.active]));
		expect(byId).toEqual({'run-reused': process.platform !== 'linux', 'run-parent': true});
	});
});
