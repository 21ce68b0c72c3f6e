import {execFile, spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {stopChildren, tracked} from '../support/processes.js';
import {waitUntil} from '../support/wait-until.js';
import {ROOT, cli, prepareCli, removeCliCopy} from './support/build.js';
import {completeSteps, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {type StandaloneSandbox, startStandaloneSandbox} from './support/standalone-sandbox.js';
import {type NamedKey, tmuxAvailable} from './support/terminal.js';

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the stalled-teardown test is skipped (CI installs it).');

const run = promisify(execFile);

/** The environment of a run against the sandbox, its state (journals) in stateDir. */
const runEnv = (sandbox: StandaloneSandbox, stateDir: string) => ({
	...process.env,
	...sandbox.env,
	STS_MFA_STATE_DIR: stateDir,
});

/** A standalone sandbox and a state directory for one test, both gone after it, whatever it did to the sandbox. */
async function withSandbox(prefix: string, test: (sandbox: StandaloneSandbox, stateDir: string) => Promise<void>) {
	const sandbox = await startStandaloneSandbox();
	const stateDir = mkdtempSync(join(tmpdir(), prefix));
	try {
		await test(sandbox, stateDir);
	} finally {
		sandbox.resume();
		await sandbox.stop();
		rmSync(stateDir, {recursive: true, force: true});
	}
}

/** `sts-mfa --plain --auto-mfa --yes` against the sandbox; `output` grows with what it prints. */
function startPlainRun(sandbox: StandaloneSandbox, stateDir: string) {
	const child = tracked(
		spawn(process.execPath, [cli(), '--endpoint', sandbox.endpoint, '--plain', '--auto-mfa', '--yes'], {
			cwd: ROOT,
			env: runEnv(sandbox, stateDir),
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	const plain = {child, output: '', exited: new Promise<number | null>((resolve) => child.on('exit', resolve))};
	child.stdout.on('data', (chunk: Buffer) => {
		plain.output += chunk.toString();
	});
	return plain;
}

/** How many records the run's journal holds (0 before it has one, or while it is being replaced). */
function journalRecords(stateDir: string): number {
	try {
		const dir = join(stateDir, 'journals');
		const [file] = readdirSync(dir);
		if (!file) return 0;
		return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as {records: unknown[]}).records.length;
	} catch {
		return 0;
	}
}

/*
 * The endpoint stops answering (SIGSTOP: connections are still accepted, nothing comes back) just
 * before the teardown. The user must be able to leave, and must be told what was left and how to
 * remove it; the journal is kept so that `sts-mfa cleanup` can.
 */
describe.skipIf(!available)('a teardown against an endpoint that stopped answering', () => {
	useDashboardTerminals();

	const ways: [string, readonly (NamedKey | 'q' | 't')[]][] = [
		['a second Ctrl-C', ['C-c', 'C-c']],
		['q after t', ['t', 'q']],
	];
	for (const [way, keys] of ways) {
		it(`${way} abandons it: the run exits, names what it left, keeps the journal, and cleanup removes the rest`, async () => {
			await withSandbox('sts-mfa-stalled-', async (sandbox, stateDir) => {
				const terminal = await startDashboard(
					{cols: 80, rows: 24},
					{args: ['--endpoint', sandbox.endpoint, '--yes'], env: {...sandbox.env, STS_MFA_STATE_DIR: stateDir}},
				);
				await completeSteps(terminal, 2);
				expect((await sandbox.leftovers()).users).toHaveLength(1);
				sandbox.stall();
				const [first, second] = keys;
				if (first === 'C-c') await terminal.press('C-c');
				else {
					// t asks first while something exists; y goes ahead.
					await terminal.type(first!);
					await terminal.waitFor('Tear everything down now?');
					await terminal.type('y');
				}
				// The teardown has begun, and its first deletion waits on the stalled endpoint.
				await terminal.waitFor('leave now (rest left behind)');
				if (second === 'C-c') await terminal.press('C-c');
				else await terminal.type(second!);
				// Exit status 3: something was left behind (README, "Exit status").
				expect(await terminal.waitForExit({timeout: 10_000})).toBe(3);
				const screen = await terminal.screen({history: true});
				const said = screen.replace(/\s*\n\s*/g, ' ');
				// One summary, in words a person reads, naming the command once.
				expect(said, screen).toMatch(/Left behind: .*the IAM user sts-mfa-demo-\w+ — remove it with: sts-mfa cleanup/);
				expect(said.match(/sts-mfa cleanup/g), screen).toHaveLength(1);
				expect(said, screen).not.toMatch(/\b(userPolicy|accessKey|virtualMfaDevice|mfaDeactivation) /);
				expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);

				sandbox.resume();
				const cleanup = await run(process.execPath, [cli(), 'cleanup', '--yes'], {
					cwd: ROOT,
					env: runEnv(sandbox, stateDir),
				});
				expect(cleanup.stdout).toMatch(/Done: nothing left behind\./);
				expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
				expect(readdirSync(join(stateDir, 'journals'))).toEqual([]);
			});
		}, 60_000);
	}
});

describe('plain mode, the same stall', () => {
	beforeAll(prepareCli);
	afterEach(stopChildren);
	afterAll(removeCliCopy);

	it('a second SIGINT (Ctrl-C in a plain terminal) abandons the teardown and says what was left', async () => {
		await withSandbox('sts-mfa-stalled-plain-', async (sandbox, stateDir) => {
			const plain = startPlainRun(sandbox, stateDir);
			// Stop the endpoint once the run has created its user and its device.
			await waitUntil('the user and its device in the journal', () => journalRecords(stateDir) >= 4, {
				timeoutMs: 30_000,
				intervalMs: 5,
			});
			sandbox.stall();
			plain.child.kill('SIGINT');
			await waitUntil('the teardown to begin', () => plain.output.includes('Tear everything down …'), {
				timeoutMs: 30_000,
			});
			plain.child.kill('SIGINT');
			expect(await plain.exited).toBe(3);
			expect(plain.output).toMatch(/left behind: .*the IAM user sts-mfa-demo-\w+; run `sts-mfa cleanup`/);
			expect(plain.output.match(/sts-mfa cleanup/g), plain.output).toHaveLength(1);
			expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);
		});
	}, 60_000);

	for (const second of [true, false]) {
		it(`SIGTERM: the teardown has the deadline it announces${second ? ', and a second SIGTERM leaves at once' : ''}, the journal kept`, async () => {
			await withSandbox('sts-mfa-stalled-term-', async (sandbox, stateDir) => {
				const plain = startPlainRun(sandbox, stateDir);
				// The run itself must know the user exists (its answer read, not only sent by the
				// sandbox): a create cut short is another story (a user that may exist).
				await waitUntil(
					'the run to say the user is created',
					() => plain.output.includes('Create a demo IAM user: done'),
					{
						timeoutMs: 30_000,
					},
				);
				sandbox.stall();
				plain.child.kill('SIGTERM');
				await waitUntil('the deadline to be announced', () => plain.output.includes('Tearing down for at most 15 s'));
				if (second) plain.child.kill('SIGTERM');
				// Before, one SIGTERM took 150 s against a stalled endpoint and a second was ignored.
				expect(await plain.exited).toBe(3);
				expect(plain.output).toMatch(/left behind: .*the IAM user sts-mfa-demo-\w+; run `sts-mfa cleanup`/);
				expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);
			});
		}, 60_000);
	}
});
