import {execFile} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {ROOT, cli} from './support/build.js';
import {completeSteps, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {startStandaloneSandbox} from './support/standalone-sandbox.js';
import {type NamedKey, tmuxAvailable} from './support/terminal.js';

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the stalled-teardown test is skipped (CI installs it).');

const run = promisify(execFile);

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
			const sandbox = await startStandaloneSandbox();
			const stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-stalled-'));
			try {
				const terminal = await startDashboard(
					{cols: 80, rows: 24},
					{args: ['--endpoint', sandbox.endpoint, '--yes'], env: {...sandbox.env, STS_MFA_STATE_DIR: stateDir}},
				);
				await completeSteps(terminal, 2);
				expect((await sandbox.leftovers()).users).toHaveLength(1);
				sandbox.stall();
				const [first, second] = keys;
				if (first === 'C-c') await terminal.press('C-c');
				else await terminal.type(first!);
				// The teardown has begun, and its first deletion waits on the stalled endpoint.
				await terminal.waitFor('leave now (rest left behind)');
				if (second === 'C-c') await terminal.press('C-c');
				else await terminal.type(second!);
				expect(await terminal.waitForExit({timeout: 10_000})).toBe(1);
				const screen = await terminal.screen();
				expect(screen.replace(/\n/g, '')).toMatch(
					/sts-mfa: left behind: .*virtual MFA device arn:aws:iam::\d+:mfa\/sts-mfa\/sts-mfa-demo-\w+, user sts-mfa-demo-\w+; run `sts-mfa cleanup`/,
				);
				expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);

				sandbox.resume();
				const cleanup = await run(process.execPath, [cli(), 'cleanup', '--yes'], {
					cwd: ROOT,
					env: {...process.env, ...sandbox.env, STS_MFA_STATE_DIR: stateDir},
				});
				expect(cleanup.stdout).toMatch(/Done: nothing left behind\./);
				expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
				expect(readdirSync(join(stateDir, 'journals'))).toEqual([]);
			} finally {
				await sandbox.stop();
				rmSync(stateDir, {recursive: true, force: true});
			}
		}, 60_000);
	}
});
