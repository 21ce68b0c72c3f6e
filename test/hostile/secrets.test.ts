import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {cli, prepareCli, removeCliCopy} from '../e2e/support/build.js';
import {runToSummary} from '../e2e/support/dashboard.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../e2e/support/terminal.js';
import {stopChildren, tracked} from '../support/processes.js';
import {FilesSeen, formsOf, leaksIn, readTree, SecretsSeen} from './support/leak-search.js';

/*
 * The whole demo through the built CLI, against a sandbox in this process so its store can say
 * which secrets it handed out: the demo user's secret key, both sessions' secrets and tokens, the
 * MFA seed (and the administrator's key, passed in by environment). None may appear in anything
 * the run printed or in any version of any file it wrote, under its HOME, state directory, TMPDIR
 * or working directory.
 */

interface Scratch {
	readonly root: string;
	readonly home: string;
	readonly state: string;
	readonly work: string;
	readonly tmp: string;
}

function scratch(): Scratch {
	const root = mkdtempSync(join(tmpdir(), 'sts-mfa-secrets-'));
	const dirs = {home: join(root, 'home'), state: join(root, 'state'), work: join(root, 'work'), tmp: join(root, 'tmp')};
	for (const dir of Object.values(dirs)) mkdirSync(dir);
	return {root, ...dirs};
}

/** The CLI's whole environment: nothing from ours that could point it at other files or credentials. */
function cliEnv(place: Scratch, sandbox: RunningSandbox): Record<string, string> {
	const kept = Object.entries(process.env).filter(
		([name]) => !/^(AWS_|XDG_|STS_MFA_)/.test(name) && name !== 'HOME' && name !== 'TMPDIR',
	);
	return {
		...Object.fromEntries(kept.filter((entry): entry is [string, string] => entry[1] !== undefined)),
		HOME: place.home,
		TMPDIR: place.tmp,
		STS_MFA_STATE_DIR: place.state,
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		AWS_REGION: 'us-east-1',
		NO_COLOR: '1',
	};
}

function runPlain(
	args: readonly string[],
	place: Scratch,
	env: Record<string, string>,
): Promise<{code: number | null; output: string; stdout: string}> {
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(process.execPath, [cli(), ...args], {cwd: place.work, env, stdio: ['ignore', 'pipe', 'pipe']}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, output: `${stdout}\n${stderr}`, stdout}));
	});
}

describe('no secret in anything a run prints or writes', () => {
	let sandbox: RunningSandbox;
	let secrets: SecretsSeen;
	let place: Scratch;
	let files: FilesSeen;

	beforeAll(prepareCli);
	afterAll(removeCliCopy);
	beforeEach(async () => {
		place = scratch();
		files = new FilesSeen([place.home, place.state, place.work, place.tmp]);
		sandbox = await startSandbox(
			{port: 0},
			{
				onStore: (store) => {
					secrets = new SecretsSeen(store);
					// A look at the files at each change too: a journal version between two polls is still seen.
					store.onChange(() => files.look());
				},
			},
		);
	});
	afterEach(async () => {
		files.stop();
		await killAllTerminals();
		await stopChildren();
		await sandbox.stop();
		rmSync(place.root, {recursive: true, force: true});
	});

	/** Every secret of a whole run was seen, the run's journal held none of them and is gone afterwards. */
	function checkRun(output: string): void {
		files.stop();
		expect(secrets.count('user secret access key')).toBeGreaterThanOrEqual(1);
		expect(secrets.count('session token')).toBeGreaterThanOrEqual(2);
		expect(secrets.count('session secret access key')).toBeGreaterThanOrEqual(2);
		expect(secrets.count('MFA seed')).toBeGreaterThanOrEqual(1);
		expect(leaksIn(output, secrets.all)).toEqual([]);
		expect(files.leaks(secrets.all)).toEqual([]);
		const journalDir = join(place.state, 'journals');
		expect(
			files.paths.filter((path) => path.startsWith(journalDir)).length,
			'the run kept a journal while it ran',
		).toBeGreaterThan(0);
		expect([...readTree([journalDir]).keys()], 'journals left after a clean run').toEqual([]);
		// Nothing at all in the working directory: no QR image, no log.
		expect([...readTree([place.work]).keys()]).toEqual([]);
	}

	it('the search itself finds a secret in each form, in output and in a file written and deleted between looks', () => {
		const secret = [...secrets.all].find(([, label]) => label.startsWith('the admin'))![0];
		for (const form of formsOf(secret)) expect(leaksIn(`…${form}…`, secrets.all).length, form).toBeGreaterThan(0);
		expect(leaksIn(`\u001B[1m${secret.slice(0, 10)}\u001B[0m${secret.slice(10)}`, secrets.all).length).toBeGreaterThan(
			0,
		);
		const file = join(place.work, 'leak.txt');
		writeFileSync(file, `key=${secret}`);
		files.look();
		rmSync(file);
		files.stop();
		expect(files.leaks(secrets.all)).toEqual([
			`the admin secret access key of ${sandbox.credentials.accessKeyId} (as itself…) in ${file}`,
		]);
	});

	it('plain mode with the JSON report: log, report, journal and every file', async () => {
		const {code, output, stdout} = await runPlain(
			['--plain', '--auto-mfa', '--yes', '--json', '--endpoint', sandbox.endpoint],
			place,
			cliEnv(place, sandbox),
		);
		expect(JSON.parse(stdout) as RunReport).toMatchObject({
			proved: true,
			teardownCompleted: true,
			leftBehind: [],
			exitCode: 0,
		});
		expect(code).toBe(0);
		checkRun(output);
	});

	it('plain mode logging to stdout', async () => {
		const {code, output} = await runPlain(
			['--plain', '--auto-mfa', '--yes', '--endpoint', sandbox.endpoint],
			place,
			cliEnv(place, sandbox),
		);
		expect(output).toContain('Teardown complete: nothing left behind.');
		expect(code).toBe(0);
		checkRun(output);
	});

	const withTmux = tmuxAvailable();
	if (!withTmux) console.warn('tmux is not installed: the dashboard part of the secrets test is skipped.');

	it.skipIf(!withTmux)(
		'the dashboard in a real terminal: every byte it drew',
		async () => {
			const env = cliEnv(place, sandbox);
			delete env.NO_COLOR;
			const terminal = await Terminal.start(
				[process.execPath, cli(), '--endpoint', sandbox.endpoint, '--scenario', 'session-token'],
				{
					cols: 120,
					rows: 40,
					cwd: place.work,
					env,
				},
			);
			const summary = await runToSummary(terminal);
			expect(summary).toContain('Torn down: nothing left behind');
			await terminal.type('q');
			expect(await terminal.waitForExit({timeout: 30_000})).toBe(0);
			checkRun(terminal.output());
			// The dashboard kept its code cache (V8's on Node 20, Node's compile cache on 22.1 and later) in the
			// (scratch) home's cache directory; checkRun searched it too.
			const cacheDir = join(place.home, '.cache', 'sts-mfa');
			const compiled = (path: string) => path.endsWith('.v8cache') || path.includes('/node-compile-cache/');
			expect(files.paths.filter((path) => path.startsWith(cacheDir) && compiled(path)).length).toBeGreaterThan(0);
		},
		60_000,
	);
});
