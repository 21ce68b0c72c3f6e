import {readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {CleanupArgs} from '../../source/cli/args.js';
import {cleanupCommand, type CleanupIo} from '../../source/commands/cleanup.js';
import type {JournalTarget} from '../../source/journal/index.js';
import {ScratchDirs} from '../support/scratch.js';
import {ACCOUNT, FakeIam, NO_ROLES} from './fake-iam.js';
import {journalDocument, writeJournal} from './journals.js';

const DESTRUCTIVE = /^(delete|deactivate)/;

function args(overrides: Partial<CleanupArgs> = {}): CleanupArgs {
	return {command: 'cleanup', aws: false, dryRun: false, yes: false, ...overrides};
}

interface Harness {
	readonly io: Partial<CleanupIo>;
	readonly out: string[];
	readonly err: string[];
	readonly questions: string[];
	readonly connected: JournalTarget[];
	text(): string;
}

function harness(iam: FakeIam, dir: string, options: {interactive?: boolean; answer?: boolean} = {}): Harness {
	const out: string[] = [];
	const err: string[] = [];
	const questions: string[] = [];
	const connected: JournalTarget[] = [];
	return {
		out,
		err,
		questions,
		connected,
		text: () => [...out, ...err].join('\n'),
		io: {
			dir,
			out: (line) => out.push(line),
			err: (line) => err.push(line),
			interactive: options.interactive ?? false,
			confirm: async (question) => {
				questions.push(question);
				return options.answer ?? false;
			},
			connect: async (target) => {
				connected.push(target);
				return {
					iam,
					roles: NO_ROLES,
					identity: {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT},
				};
			},
		},
	};
}

let dir: string;
let iam: FakeIam;
const scratch = new ScratchDirs();

beforeEach(async () => {
	dir = await scratch.make('sts-mfa-cleanup-');
	iam = new FakeIam();
});

afterEach(async () => scratch.removeAll());

/** A crashed run that got as far as the access key: user, device enabled, key, policy. */
async function crashedRun(runId = 'crashed'): Promise<void> {
	const userName = `sts-mfa-demo-${runId}`;
	const {keyIds, serial} = iam.addDemoUser(userName, {policies: ['sts-mfa-require-mfa'], keys: 1, mfa: true});
	await writeJournal(
		dir,
		journalDocument(runId, [
			['intended', 'user', userName],
			['created', 'user', userName],
			['created', 'virtualMfaDevice', serial!],
			['created', 'accessKey', keyIds[0]!],
			['created', 'userPolicy', 'sts-mfa-require-mfa'],
		]),
	);
}

describe('sts-mfa cleanup', () => {
	it('--dry-run lists what it found and deletes nothing', async () => {
		await crashedRun();
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({dryRun: true}), h.io)).toBe(0);
		expect(h.text()).toMatch(/user sts-mfa-demo-crashed {2}\(from the journal of run crashed\)/);
		expect(h.text()).toMatch(/inline policy sts-mfa-require-mfa/);
		expect(h.text()).toMatch(/access key AKIAFAKE/);
		expect(h.text()).toMatch(/Dry run: 4 resources would be deleted/);
		expect(iam.calls.filter((call) => DESTRUCTIVE.test(call))).toEqual([]);
		expect(await readdir(dir)).toEqual(['crashed.json']);
	});

	it("--yes deletes everything against the journal's own target and removes the journal", async () => {
		await crashedRun();
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true}), h.io)).toBe(0);
		expect(h.connected).toEqual([{kind: 'endpoint', region: 'us-east-1', endpoint: 'http://127.0.0.1:4566'}]);
		expect(iam.inventory()).toEqual([]);
		expect(h.out).toContain('  deleted IAM user sts-mfa-demo-crashed');
		expect(h.out.at(-1)).toBe('Done: nothing left behind.');
		expect(await readdir(dir)).toEqual([]);
	});

	it('refuses without a terminal and without --yes, deleting nothing', async () => {
		await crashedRun();
		const h = harness(iam, dir, {interactive: false});
		expect(await cleanupCommand(args(), h.io)).toBe(1);
		expect(h.err.join('\n')).toMatch(/Refusing to delete 4 resources without confirmation.*--yes/);
		expect(h.questions).toEqual([]);
		expect(iam.calls.filter((call) => DESTRUCTIVE.test(call))).toEqual([]);
		expect(await readdir(dir)).toEqual(['crashed.json']);
	});

	it('asks on a terminal, and deletes only after a yes', async () => {
		await crashedRun();
		const declined = harness(iam, dir, {interactive: true, answer: false});
		expect(await cleanupCommand(args(), declined.io)).toBe(1);
		expect(declined.questions).toEqual(['Delete these 4 resources? [y/N] ']);
		expect(iam.inventory()).not.toEqual([]);

		const agreed = harness(iam, dir, {interactive: true, answer: true});
		expect(await cleanupCommand(args(), agreed.io)).toBe(0);
		expect(iam.inventory()).toEqual([]);
	});

	it('reports a failed deletion, keeps going, and exits 1 listing what remains', async () => {
		await crashedRun();
		const [keyId] = iam
			.inventory()
			.filter((item) => item.startsWith('key:'))
			.map((item) => item.slice(4));
		iam.failOn(`deleteAccessKey:${keyId}`);
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true}), h.io)).toBe(1);
		expect(h.out).toContain('  deleted inline policy sts-mfa-require-mfa (user sts-mfa-demo-crashed)');
		expect(h.text()).toMatch(new RegExp(`FAILED: delete access key ${keyId}.*not authorized`));
		expect(h.err.join('\n')).toMatch(
			new RegExp(`Still there:[\\s\\S]*user sts-mfa-demo-crashed[\\s\\S]*access key ${keyId}`),
		);
		expect(iam.inventory().sort()).toEqual([`key:${keyId}`, 'user:sts-mfa-demo-crashed']);
		expect(await readdir(dir)).toEqual(['crashed.json']);
	});

	it('reports a corrupt journal by name and reason, and cleans the others', async () => {
		await crashedRun();
		await writeFile(path.join(dir, 'broken.json'), '{"version": 1, "runId": ');
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true}), h.io)).toBe(0);
		expect(h.err).toContain(`Skipped the journal ${path.join(dir, 'broken.json')}: not valid JSON.`);
		expect(iam.inventory()).toEqual([]);
		expect(await readdir(dir)).toEqual(['broken.json']);
	});

	it('leaves the resources and the journal of a run still in progress alone', async () => {
		iam.addDemoUser('sts-mfa-demo-live', {keys: 1});
		// The parent process is alive: the journal belongs to a running run.
		await writeJournal(dir, journalDocument('live', [['created', 'user', 'sts-mfa-demo-live']], {pid: process.ppid}));
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true, endpoint: 'http://127.0.0.1:4566'}), h.io)).toBe(0);
		expect(h.out[0]).toMatch(/^Run live is in progress \(pid \d+, started .*\): left alone\.$/);
		expect(iam.inventory()).toContain('user:sts-mfa-demo-live');
		expect(iam.calls.filter((call) => DESTRUCTIVE.test(call))).toEqual([]);
		expect(await readdir(dir)).toEqual(['live.json']);
	});

	it('deletes what runs with no record on this machine left only when older than --older-than, or named with --run', async () => {
		const tags = (runId: string) => [
			{key: 'sts-mfa:run', value: runId},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		];
		const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
		iam.addDemoUser('sts-mfa-demo-lost', {
			policies: ['p'],
			keys: 1,
			mfa: true,
			tags: tags('lost'),
			createDate: twoHoursAgo,
		});
		// Someone else's run, elsewhere, waiting for its codes right now: no journal here names it.
		iam.addDemoUser('sts-mfa-demo-live', {keys: 1, mfa: true, tags: tags('live')});
		const bob = iam.addDemoUser('bob', {path: '/', keys: 1});
		const endpoint = 'http://127.0.0.1:4566';

		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true, endpoint}), h.io)).toBe(0);
		expect(h.text()).toMatch(/user sts-mfa-demo-lost {2}\(from run lost, no record on this machine, created 2h ago\)/);
		expect(h.text()).toMatch(/Left alone: 3 resources from runs with no record on this machine, younger than 1h/);
		expect(h.text()).toMatch(
			/user sts-mfa-demo-live {2}\(from run live, no record on this machine, created less than a minute ago\)/,
		);
		expect(iam.inventory().filter((item) => item.includes('live'))).toHaveLength(2);
		expect(iam.inventory()).not.toContain('user:sts-mfa-demo-lost');

		const named = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true, endpoint, runs: ['live']}), named.io)).toBe(0);
		expect(named.out.at(-1)).toBe('Done: nothing left behind.');
		expect(iam.inventory()).toEqual(['user:bob', `key:${bob.keyIds[0]}`]);
	});

	it('--older-than lowers the threshold for runs with no record here', async () => {
		iam.addDemoUser('sts-mfa-demo-recent', {createDate: new Date(Date.now() - 20 * 60_000)});
		const h = harness(iam, dir);
		expect(
			await cleanupCommand(args({yes: true, endpoint: 'http://127.0.0.1:4566', olderThanMs: 10 * 60_000}), h.io),
		).toBe(0);
		expect(iam.inventory()).toEqual([]);
	});

	it('removes the journal of an embedded-sandbox run with a note, and touches no account', async () => {
		await writeJournal(
			dir,
			journalDocument('embedded', [['created', 'user', 'sts-mfa-demo-embedded']], {
				target: {kind: 'sandbox', region: 'us-east-1'},
			}),
		);
		const dry = harness(iam, dir);
		expect(await cleanupCommand(args({dryRun: true}), dry.io)).toBe(0);
		expect(dry.out[0]).toMatch(/embedded sandbox.*its journal would be removed/);
		expect(await readdir(dir)).toEqual(['embedded.json']);

		const h = harness(iam, dir);
		expect(await cleanupCommand(args(), h.io)).toBe(0);
		expect(h.out[0]).toMatch(
			/Run embedded used the embedded sandbox, which ended with the run and took its resources along: removing its journal\./,
		);
		expect(h.connected).toEqual([]);
		expect(await readdir(dir)).toEqual([]);
	});

	it('says there is nothing to do when no run left a journal, without connecting anywhere', async () => {
		const h = harness(iam, dir);
		expect(await cleanupCommand(args(), h.io)).toBe(0);
		expect(h.out.join('\n')).toMatch(/No earlier runs left anything.*--aws or --endpoint/);
		expect(h.connected).toEqual([]);
	});

	it('does not let a journal from another account steer deletions', async () => {
		iam.addDemoUser('sts-mfa-demo-other', {path: '/', tags: []});
		await writeJournal(
			dir,
			journalDocument('other', [['created', 'user', 'sts-mfa-demo-other']], {
				account: '999999999999',
				target: {kind: 'aws', region: 'us-east-1'},
			}),
		);
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({aws: true, yes: true}), h.io)).toBe(0);
		expect(h.out).toContain(`Run other used account 999999999999, not ${ACCOUNT}: not considered.`);
		expect(iam.calls).not.toContain('getUser:sts-mfa-demo-other');
		expect(await readdir(dir)).toEqual(['other.json']);
	});

	it('exits 1 with the reason when a target cannot be searched', async () => {
		await crashedRun();
		iam.failOn(
			'listUsers',
			'accessDenied',
			'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: iam:ListUsers',
		);
		const h = harness(iam, dir);
		expect(await cleanupCommand(args({yes: true}), h.io)).toBe(1);
		expect(h.err.join('\n')).toMatch(/Could not search endpoint http:\/\/127\.0\.0\.1:4566: .*iam:ListUsers/);
		expect(iam.calls.filter((call) => DESTRUCTIVE.test(call))).toEqual([]);
		expect(await readdir(dir)).toEqual(['crashed.json']);
	});
});
