import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {stopChildren, tracked} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {becomes, waitUntil} from '../../support/wait-until.js';
import {baseProfile, homeEnv, writeAwsFiles} from './support/home.js';
import {createMfaUser, sandboxAdmin} from './support/sandbox-user.js';

/*
 * `sts-mfa session --mfa-process CMD` told to stop while CMD runs (issue 21, point 9): CMD runs in
 * a process group of its own, out of the terminal's reach, so sts-mfa ends that group, everything
 * CMD started included, before it leaves.
 */

const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;
let env: Record<string, string>;
let home: string;

beforeAll(async () => {
	prepareCli();
	sandbox = await startStandaloneSandbox();
	const user = await createMfaUser(await sandboxAdmin(sandbox.env), 'mfa-process-cancel', 1);
	home = await scratch.make('sts-mfa-mfa-process-cancel-');
	await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
	env = homeEnv(home);
}, 60_000);
afterAll(async () => {
	await stopChildren();
	await sandbox?.stop();
	await scratch.removeAll();
});

/** The `sleep SECONDS` processes running (not the shell whose command line names them). */
function sleeping(seconds: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				return readFileSync(`/proc/${name}/cmdline`, 'utf8') === `sleep\0${seconds}\0`;
			} catch {
				return false;
			}
		})
		.map(Number);
}

describe('session --mfa-process, stopped while the command runs', () => {
	it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
		'on %s ends the command and what it started, and says no session was made',
		async (signal) => {
			const orphan = `${170 + Math.random()}`;
			const child = `${170 + Math.random()}`;
			const log = path.join(home, `${signal}.log`);
			const command = `echo started >> ${log}; (sleep ${orphan} &); sleep ${child}; echo 123456`;
			const session = tracked(
				spawn(process.execPath, [cli(), 'session', '--profile', 'base', '--mfa-process', command], {
					env,
					stdio: ['ignore', 'pipe', 'pipe'],
					detached: true,
				}),
			);
			let stderr = '';
			session.stderr.setEncoding('utf8').on('data', (data: string) => {
				stderr += data;
			});
			let stdout = '';
			session.stdout.setEncoding('utf8').on('data', (data: string) => {
				stdout += data;
			});
			const exited = new Promise<number | null>((resolve) => session.once('close', resolve));
			await waitUntil('the command and its children to run', () => {
				try {
					readFileSync(log);
				} catch {
					return false;
				}
				return sleeping(orphan).length === 1 && sleeping(child).length === 1;
			});
			session.kill(signal);
			expect(await exited).toBe(1);
			expect(stderr).toContain(`--mfa-process was stopped, with everything it started, because sts-mfa got ${signal}`);
			expect(stdout).toBe('');
			expect(await becomes(() => sleeping(orphan).length === 0 && sleeping(child).length === 0)).toBe(true);
		},
		60_000,
	);
});
