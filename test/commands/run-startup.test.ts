import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {RunArgs} from '../../source/cli/args.js';
import {prepareRun, StartupCancelledError} from '../../source/commands/run-startup.js';
import type {RunningSandbox} from '../../source/sandbox/index.js';

// The real sandbox, watched: which sandboxes were started, and which of them were stopped.
const started: {sandbox: RunningSandbox; stopped: boolean}[] = [];
vi.mock('../../source/sandbox/index.js', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../source/sandbox/index.js')>();
	return {
		...real,
		startSandbox: vi.fn(async (...args: Parameters<typeof real.startSandbox>) => {
			const sandbox = await real.startSandbox(...args);
			const entry = {sandbox, stopped: false};
			started.push(entry);
			return {
				...sandbox,
				stop: async () => {
					entry.stopped = true;
					await sandbox.stop();
				},
			};
		}),
	};
});

function runArgs(overrides: Partial<RunArgs> = {}): RunArgs {
	return {
		command: 'run',
		aws: false,
		plain: false,
		json: false,
		yes: false,
		autoMfa: false,
		lightBackground: false,
		screenReader: false,
		propagationTimeoutSeconds: 120,
		propagationDelaySeconds: 0,
		...overrides,
	};
}

/** True when the promise has settled after every pending callback of this turn has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	promise.then(
		() => (done = true),
		() => (done = true),
	);
	await new Promise((resolve) => setImmediate(resolve));
	return done;
}

let stateDir: string;
beforeEach(() => {
	started.length = 0;
	stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-startup-'));
	vi.stubEnv('STS_MFA_STATE_DIR', stateDir);
});
afterEach(async () => {
	for (const {sandbox, stopped} of started) if (!stopped) await sandbox.stop();
	vi.unstubAllEnvs();
	rmSync(stateDir, {recursive: true, force: true});
});

describe('prepareRun', () => {
	it('knows the embedded sandbox target at once and starts nothing until asked', async () => {
		const startup = await prepareRun(runArgs(), 'run-1', () => {});
		expect(startup.target).toEqual({kind: 'sandbox', region: 'us-east-1'});
		expect(await settled(startup.services)).toBe(false);
		expect(started).toHaveLength(0);

		startup.start();
		const whole = await startup.started;
		expect(whole.kind).toBe('sandbox');
		expect(whole.region).toBe(startup.target.region);
		expect(whole.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
		const services = await startup.services;
		const identity = await services.sts().getCallerIdentity(AbortSignal.timeout(10_000));
		expect(identity.account).toMatch(/^\d{12}$/);
		await startup.stop();
		expect(started.map((entry) => entry.stopped)).toEqual([true]);
	});

	it('feeds every AWS call of its services to the trace callback', async () => {
		const traced: string[] = [];
		const startup = await prepareRun(runArgs(), 'run-2', (entry) => traced.push(`${entry.service} ${entry.operation}`));
		startup.start();
		await (await startup.services).sts().getCallerIdentity(AbortSignal.timeout(10_000));
		await startup.stop();
		expect(traced).toContain('sts GetCallerIdentity');
	});

	it('starts no sandbox when stopped before start, and a later start starts nothing', async () => {
		const startup = await prepareRun(runArgs(), 'run-3', () => {});
		await startup.stop();
		startup.start();
		await expect(startup.started).rejects.toBeInstanceOf(StartupCancelledError);
		await expect(startup.services).rejects.toBeInstanceOf(StartupCancelledError);
		expect(started).toHaveLength(0);
	});

	it('stops a sandbox that is still starting when the run ends', async () => {
		const startup = await prepareRun(runArgs(), 'run-4', () => {});
		startup.start();
		// Stopped at once: the sandbox is still loading or binding its port.
		await startup.stop();
		expect(started).toHaveLength(1);
		expect(started[0]!.stopped).toBe(true);
		const endpoint = started[0]!.sandbox.endpoint;
		await expect(fetch(endpoint, {signal: AbortSignal.timeout(5000)})).rejects.toThrow();
	});

	it('opens the journal of an --endpoint run only when started, and records through it', async () => {
		const startup = await prepareRun(runArgs({endpoint: 'http://127.0.0.1:9'}), 'run-5', () => {});
		expect(startup.target).toEqual({kind: 'endpoint', region: 'us-east-1', endpoint: 'http://127.0.0.1:9'});
		const journals = join(stateDir, 'journals');
		// A record made before start waits for the journal instead of being lost.
		const intent = startup.journal.intend('user', 'sts-mfa-demo-run-5');
		expect(await settled(intent)).toBe(false);
		expect(existsSync(journals) ? readdirSync(journals) : []).toEqual([]);

		startup.start();
		await intent;
		expect(readdirSync(journals)).toEqual(['run-5.json']);
		await startup.journal.complete();
		expect(readdirSync(journals)).toEqual([]);
		await startup.stop();
		expect(started).toHaveLength(0);
	});

	it('fails the records of a run stopped before it started, so nothing is created unrecorded', async () => {
		const startup = await prepareRun(runArgs({endpoint: 'http://127.0.0.1:9'}), 'run-6', () => {});
		await startup.stop();
		await expect(startup.journal.intend('user', 'sts-mfa-demo-run-6')).rejects.toBeInstanceOf(StartupCancelledError);
	});

	it('does not stop before the journal has recorded everything it was given, its removal included', async () => {
		const startup = await prepareRun(runArgs({endpoint: 'http://127.0.0.1:9'}), 'run-7', () => {});
		const journals = join(stateDir, 'journals');
		startup.start();
		await startup.journal.intend('user', 'sts-mfa-demo-run-7');
		expect(readdirSync(journals)).toEqual(['run-7.json']);
		// As the runner does: the run is over once teardown completes, without waiting for the journal.
		void startup.journal.deleted('user', 'sts-mfa-demo-run-7');
		void startup.journal.complete();
		await startup.stop();
		expect(readdirSync(journals)).toEqual([]);
	});
});
