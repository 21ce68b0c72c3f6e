import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {chmod, chown, readdir, readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {IamService} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {ROOT} from '../e2e/support/build.js';
import {stopChildren, tracked} from '../support/processes.js';
import {ScratchDirs} from '../support/scratch.js';
import {privateCliCopy, removeCliCopies, sandboxEnv} from './built-cli.js';
import type {JournalDocument} from '../../source/journal/index.js';
import {DEAD_PID, journalDocument, writeJournal} from './journals.js';
import {sandboxHoldings} from './sandbox-run.js';
import {adminServices} from '../support/sandbox.js';

/*
 * The built CLI where more than one state directory (a colleague, another machine) acts on the same
 * endpoint, where a run was killed and not yet reaped, and where journals were planted.
 */

let sandbox: RunningSandbox;
let iam: IamService;
let cliPath: string;
const scratch = new ScratchDirs();

beforeAll(async () => {
	cliPath = await privateCliCopy();
}, 120_000);

afterAll(removeCliCopies);

beforeEach(async () => {
	// The delay keeps a run going long enough to be caught between two records.
	sandbox = await startSandbox({propagationDelayMs: 300});
	const services = await adminServices(sandbox);
	iam = services.iam();
});

afterEach(async () => {
	await stopChildren();
	await sandbox?.stop();
	await scratch.removeAll();
});

function cliEnv(stateDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, ...sandboxEnv(sandbox, stateDir), ...extra};
	for (const key of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL']) delete env[key];
	return env;
}

interface Cli {
	readonly child: ChildProcess;
	output(): string;
	readonly exited: Promise<number | null>;
}

function watch(child: ChildProcess): Cli {
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return {child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code)))};
}

function cli(args: string[], env: NodeJS.ProcessEnv, stdin: 'ignore' | 'pipe' = 'ignore'): Cli {
	return watch(tracked(spawn(process.execPath, [cliPath, ...args], {cwd: ROOT, env, stdio: [stdin, 'pipe', 'pipe']})));
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

async function journalOf(stateDir: string): Promise<{pid: number; records: unknown[]} | undefined> {
	const dir = path.join(stateDir, 'journals');
	const [file] = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json'));
	if (!file) return undefined;
	return JSON.parse(await readFile(path.join(dir, file), 'utf8').catch(() => '{"pid": 0, "records": []}'));
}

function processState(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
	} catch {
		return undefined;
	}
}

describe('cleanup never touches a run it has no record of while that run may be live', () => {
	it("a second state directory's `cleanup --yes` leaves a live run's user and device alone; the run then tears down itself", async () => {
		const live = cli(
			['run', '--endpoint', sandbox.endpoint, '--plain', '--yes'],
			cliEnv(await scratch.make('sts-mfa-a-')),
			'pipe',
		);
		// The run waits for the codes that enable its device: its user and device exist, and no one types.
		const holdings = await until('the live run to wait for its codes', async () => {
			const now = await sandboxHoldings(iam);
			return /code/i.test(live.output()) && now.length === 2 ? now : undefined;
		});

		const colleague = cli(
			['cleanup', '--endpoint', sandbox.endpoint, '--yes'],
			cliEnv(await scratch.make('sts-mfa-b-')),
		);
		expect(await colleague.exited, colleague.output()).toBe(0);
		expect(colleague.output()).toMatch(/Left alone: 2 resources from runs with no record on this machine/);
		expect(await sandboxHoldings(iam), colleague.output()).toEqual(holdings);

		live.child.kill('SIGINT');
		await live.exited;
		expect(live.output()).not.toMatch(/NoSuchEntity|already gone|FAILED/);
		expect(await sandboxHoldings(iam), live.output()).toEqual([]);
	}, 60_000);

	it("a journal another host wrote in a shared state directory is neither live nor dead here: `cleanup --yes` leaves its run's user and device alone", async () => {
		const liveDir = await scratch.make('sts-mfa-host-a-');
		const live = cli(['run', '--endpoint', sandbox.endpoint, '--plain', '--yes'], cliEnv(liveDir), 'pipe');
		const holdings = await until('the live run to wait for its codes', async () => {
			const now = await sandboxHoldings(iam);
			return /code/i.test(live.output()) && now.length === 2 ? now : undefined;
		});
		// The same state directory seen from this host: the journal names another host, and a pid
		// that means nothing here (no such process).
		const shared = await scratch.make('sts-mfa-shared-');
		const written = (await journalOf(liveDir)) as unknown as JournalDocument;
		await writeJournal(path.join(shared, 'journals'), {...written, hostname: 'another-host', pid: DEAD_PID});
		const cleanup = cli(['cleanup', '--yes'], cliEnv(shared));
		expect(await cleanup.exited, cleanup.output()).toBe(0);
		expect(cleanup.output()).toContain("written on host 'another-host', whose runs cannot be seen from here");
		expect(await sandboxHoldings(iam), cleanup.output()).toEqual(holdings);

		live.child.kill('SIGINT');
		await live.exited;
		expect(live.output()).not.toMatch(/NoSuchEntity|already gone|FAILED/);
		expect(await sandboxHoldings(iam), live.output()).toEqual([]);
	}, 60_000);

	it('a run killed with SIGKILL and not yet reaped (a zombie) is not live: cleanup right after finds everything', async () => {
		const stateDir = await scratch.make('sts-mfa-zombie-');
		// The shell forks the run and becomes `sleep`, which never reaps it: the killed run stays a zombie.
		const parent = tracked(
			spawn(
				'sh',
				[
					'-c',
					`"${process.execPath}" "$0" run --endpoint "$1" --plain --auto-mfa --yes & exec sleep 600`,
					cliPath,
					sandbox.endpoint,
				],
				{
					cwd: ROOT,
					env: cliEnv(stateDir),
					stdio: ['ignore', 'ignore', 'ignore'],
				},
			),
		);
		const journal = await until('the run to create its user and device', async () => {
			const found = await journalOf(stateDir);
			return found && found.records.length >= 4 ? found : undefined;
		});
		process.kill(journal.pid, 'SIGKILL');
		await until('the killed run to become a zombie', () => (processState(journal.pid) === 'Z' ? true : undefined));
		expect((await sandboxHoldings(iam)).length).toBeGreaterThan(0);

		const cleanup = cli(['cleanup', '--yes'], cliEnv(stateDir));
		expect(await cleanup.exited, cleanup.output()).toBe(0);
		expect(cleanup.output()).not.toMatch(/in progress/);
		expect(await sandboxHoldings(iam), cleanup.output()).toEqual([]);
		expect(await readdir(path.join(stateDir, 'journals'))).toEqual([]);
		parent.kill('SIGKILL');
	}, 60_000);

	it('names the target it could not search (here: no credentials) on its last line, and exits 1', async () => {
		const stateDir = await scratch.make('sts-mfa-nocreds-');
		const env = cliEnv(stateDir, {AWS_EC2_METADATA_DISABLED: 'true'});
		delete env.AWS_ACCESS_KEY_ID;
		delete env.AWS_SECRET_ACCESS_KEY;
		const cleanup = cli(['cleanup', '--endpoint', sandbox.endpoint, '--yes'], env);
		expect(await cleanup.exited).toBe(1);
		const lines = cleanup.output().trim().split('\n');
		expect(lines.at(-1)).toBe(
			`Could not check endpoint ${sandbox.endpoint}: what runs left there is unknown and nothing there was deleted (see above).`,
		);
		expect(cleanup.output()).not.toMatch(/Nothing left behind/);
	});
});

describe('a planted journal never makes cleanup send signed requests anywhere', () => {
	let evil: Server;
	let evilEndpoint: string;
	let requests: string[];

	beforeEach(async () => {
		requests = [];
		evil = createServer((request, response) => {
			requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
			response.writeHead(500).end();
		});
		await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
		evilEndpoint = `http://127.0.0.1:${(evil.address() as {port: number}).port}`;
	});

	afterEach(async () => {
		await new Promise((resolve) => evil.close(resolve));
	});

	const planted = (runId: string, target: Record<string, unknown>) =>
		journalDocument(runId, [['created', 'user', `sts-mfa-demo-${runId}`]], {
			account: undefined,
			target: target as never,
		});

	async function cleanupWith(stateDir: string): Promise<Cli> {
		const cleanup = cli(['cleanup', '--yes'], cliEnv(stateDir));
		await cleanup.exited;
		return cleanup;
	}

	it('in a journal directory others can write', async () => {
		const stateDir = await scratch.make('sts-mfa-planted-dir-');
		const journals = path.join(stateDir, 'journals');
		await writeJournal(journals, planted('planted1', {kind: 'endpoint', region: 'us-east-1', endpoint: evilEndpoint}));
		await chmod(journals, 0o777);
		const cleanup = await cleanupWith(stateDir);
		expect(cleanup.output()).toMatch(/Skipped the journal directory .*journals: not used: .* is writable by others/);
		expect(await cleanup.exited).toBe(1);
		expect(requests).toEqual([]);
	});

	it('in a file others can write, or that another user owns', async () => {
		const stateDir = await scratch.make('sts-mfa-planted-file-');
		const journals = path.join(stateDir, 'journals');
		const writable = await writeJournal(
			journals,
			planted('planted2', {kind: 'endpoint', region: 'us-east-1', endpoint: evilEndpoint}),
		);
		await chmod(writable, 0o666);
		if (process.getuid?.() === 0) {
			const foreign = await writeJournal(
				journals,
				planted('planted3', {kind: 'endpoint', region: 'us-east-1', endpoint: evilEndpoint}),
			);
			await chown(foreign, 65534, 65534);
		} else console.warn('Not root: the journal owned by another user is not tried (chown needs root).');
		const cleanup = await cleanupWith(stateDir);
		expect(cleanup.output()).toMatch(/planted2\.json: not used: .* is writable by others/);
		if (process.getuid?.() === 0)
			expect(cleanup.output()).toMatch(/planted3\.json: not used: .* belongs to another user/);
		expect(requests).toEqual([]);
	});

	it('that does not validate: an AWS target with an endpoint, an endpoint with credentials in it', async () => {
		const stateDir = await scratch.make('sts-mfa-planted-schema-');
		const journals = path.join(stateDir, 'journals');
		await writeJournal(journals, planted('planted4', {kind: 'aws', region: 'us-east-1', endpoint: evilEndpoint}));
		const withUserInfo = evilEndpoint.replace('http://', 'http://user:pass@');
		await writeJournal(journals, planted('planted5', {kind: 'endpoint', region: 'us-east-1', endpoint: withUserInfo}));
		await writeJournal(journals, planted('planted6', {kind: 'endpoint', region: 'us-east-1', endpoint: 'not a url'}));
		const cleanup = await cleanupWith(stateDir);
		expect(cleanup.output()).toMatch(/planted4\.json: an AWS target must not name an endpoint/);
		expect(cleanup.output()).toMatch(/planted5\.json: the target endpoint is not a plain http\(s\) URL/);
		expect(cleanup.output()).toMatch(/planted6\.json: the target endpoint is not a plain http\(s\) URL/);
		expect(requests).toEqual([]);
	});
});
