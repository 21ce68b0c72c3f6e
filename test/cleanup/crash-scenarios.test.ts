import {spawn, type ChildProcess} from 'node:child_process';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {CleanupServices} from '../../source/journal/index.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {SCENARIO_NAMES, scenarioOf} from '../../source/scenario/scenarios/index.js';
import {ROOT} from '../e2e/support/build.js';
import {stopChildren, tracked} from '../support/processes.js';
import {ScratchDirs} from '../support/scratch.js';
import {becomes} from '../support/wait-until.js';
import {privateCliCopy, removeCliCopies, sandboxEnv} from './built-cli.js';
import {adminServices} from '../support/sandbox.js';
import {journalShape} from './journal-shape.js';

/*
 * crash-cli.test.ts's proof for the other scenarios: the built CLI runs `--scenario NAME`
 * against one sandbox and is killed with SIGKILL once each journal record is on disk; the built
 * `sts-mfa cleanup --yes` must then leave nothing of that run: no user, device, role or managed
 * policy. Runs have their own names and journals, so the boundaries share the sandbox and run a
 * few at a time; at the end the sandbox holds nothing at all. Every declared scenario is here, and
 * its boundaries are counted from a run of it, not written down.
 */

// crash-cli.test.ts kills session-token at each boundary, with sandbox restarts and signals too.
const NAMES = SCENARIO_NAMES.filter((name) => name !== 'session-token');

/**
 * Each scenario's boundaries, from a first complete run of it (its journal's records counted, and
 * where teardown's first deletion is recorded): a new scenario is covered by declaring it.
 */
const CASES = await Promise.all(NAMES.map(async (scenario) => ({scenario, ...(await journalShape(scenario))})));

/** How long a run waits for real beyond its AWS calls: an MFA age limit, waited out (ms). */
const realWaitMs = (scenario: string) => (scenarioOf({scenario}).maxMfaAgeSeconds ?? 0) * 1000;
const AT_ONCE = 3;
/** How long one case may take in all, its turn in the queue included. */
const BACKSTOP_MS = 600_000;

let sandbox: RunningSandbox;
let services: CleanupServices;
let cliPath: string;
const scratch = new ScratchDirs();

beforeAll(async () => {
	cliPath = await privateCliCopy();
	// A propagation delay keeps the run alive long enough to be caught between any two records.
	sandbox = await startSandbox({propagationDelayMs: 300});
	const aws = await adminServices(sandbox);
	services = {iam: aws.iam(), roles: aws.roles()};
}, 120_000);

afterAll(async () => {
	await stopChildren();
	await sandbox?.stop();
	await scratch.removeAll();
	await removeCliCopies();
});

/** At most AT_ONCE runs at a time: two cores are shared with the rest of the suite. */
let running = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
	while (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
	running += 1;
	try {
		return await work();
	} finally {
		running -= 1;
		waiting.shift()?.();
	}
}

function cli(
	args: string[],
	stateDir: string,
): {child: ChildProcess; output: () => string; exited: Promise<number | null>} {
	const env: NodeJS.ProcessEnv = {...process.env, ...sandboxEnv(sandbox, stateDir)};
	delete env.AWS_PROFILE;
	delete env.AWS_SESSION_TOKEN;
	delete env.AWS_ENDPOINT_URL;
	const child = tracked(
		spawn(process.execPath, [cliPath, ...args], {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']}),
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return {child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code)))};
}

/** The run's id (its journal's name) and how many records its journal holds now. */
async function journalState(stateDir: string): Promise<{runId?: string; records: number}> {
	const dir = path.join(stateDir, 'journals');
	const file = (await readdir(dir).catch(() => [])).find((name) => name.endsWith('.json'));
	if (!file) return {records: 0};
	const text = await readFile(path.join(dir, file), 'utf8').catch(() => '{"records":[]}');
	return {runId: file.slice(0, -'.json'.length), records: (JSON.parse(text) as {records: unknown[]}).records.length};
}

/** Everything the sandbox holds whose name contains `part` (every name a run gives carries its run id). */
async function holdings(part = ''): Promise<string[]> {
	const [users, devices, roles, policies] = await Promise.all([
		services.iam.listUsers('/'),
		services.iam.listVirtualMfaDevices(),
		services.roles.listRoles('/'),
		services.roles.listPolicies('/'),
	]);
	return [
		...users.map((user) => `user:${user.userName}`),
		...devices.map((device) => `device:${device.serialNumber}`),
		...roles.map((role) => `role:${role.roleName}`),
		...policies.map((policy) => `policy:${policy.arn}`),
	].filter((name) => name.includes(part));
}

/** Runs the scenario and SIGKILLs it once its journal holds `records` records. */
async function runAndKill(scenario: string, stateDir: string, records: number) {
	const run = cli(
		['run', '--endpoint', sandbox.endpoint, '--scenario', scenario, '--plain', '--auto-mfa', '--yes'],
		stateDir,
	);
	let runId: string | undefined;
	const reached = await becomes(
		async () => {
			const state = await journalState(stateDir);
			runId = state.runId ?? runId;
			return run.child.exitCode === null && state.records >= records;
		},
		{timeoutMs: 30_000 + realWaitMs(scenario), intervalMs: 5},
	);
	const caught = reached && run.child.kill('SIGKILL');
	if (run.child.exitCode === null && !caught) {
		run.child.kill('SIGKILL');
		throw new Error(`the run neither finished nor reached record ${records} in time:\n${run.output()}`);
	}
	await run.exited;
	return {caught, runId, output: run.output()};
}

describe.each(CASES)('--scenario $scenario killed at a step boundary leaves nothing once cleanup has run', (c) => {
	const boundaries = Array.from({length: c.records}, (_, index) => index + 1);
	it.concurrent.each(boundaries)(
		'SIGKILL once journal record %i is on disk, then `sts-mfa cleanup --yes`',
		(records) =>
			inTurn(async () => {
				const stateDir = await scratch.make(`sts-mfa-crash-${c.scenario}-`);
				const killed = await runAndKill(c.scenario, stateDir, records);
				if (records <= c.creating) expect(killed.caught, killed.output).toBe(true);
				expect(killed.runId, killed.output).toBeDefined();
				const runId = killed.runId!;
				// From the second record on the user exists until teardown: the kill really left something.
				if (records >= 2 && records <= c.creating)
					expect((await holdings(runId)).length, killed.output).toBeGreaterThan(0);
				const cleanup = cli(['cleanup', '--yes'], stateDir);
				const code = await cleanup.exited;
				const story = `run:\n${killed.output}\ncleanup:\n${cleanup.output()}`;
				expect({code, output: cleanup.output()}).toMatchObject({code: 0});
				expect(await holdings(runId), story).toEqual([]);
				expect(await readdir(path.join(stateDir, 'journals')).catch(() => [])).toEqual([]);
			}),
		// A backstop only: the run has its own deadline (runAndKill), and a case may first wait its
		// turn behind AT_ONCE others, mfa-age's real waits among them, which its limit must not count.
		BACKSTOP_MS + realWaitMs(c.scenario),
	);
});

describe('after every boundary of every scenario', () => {
	it('the sandbox holds no user, device, role or managed policy at all', async () => {
		expect(await holdings()).toEqual([]);
	});
});
