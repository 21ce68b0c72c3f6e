import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cli} from '../../e2e/support/build.js';
import {tracked} from '../../support/processes.js';
import {becomes, waitUntil} from '../../support/wait-until.js';
import {baseProfile, homeEnv, writeAwsFiles} from './support/home.js';
import {useSessionSandbox} from './support/session-sandbox.js';
import {sleeping} from './support/sleeping.js';

/*
 * `sts-mfa session --mfa-process CMD` told to stop while CMD runs (issue 21, point 9): CMD runs in
 * a process group of its own, out of the terminal's reach, so sts-mfa ends that group, everything
 * CMD started included, before it leaves.
 */

const sandbox = useSessionSandbox('mfa-process-cancel');

describe('session --mfa-process, stopped while the command runs', () => {
	it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
		'on %s ends the command and what it started, and says no session was made',
		async (signal) => {
			const user = await sandbox.user('mfa-process-cancel', 1);
			const home = await sandbox.scratch.make('sts-mfa-mfa-process-cancel-');
			await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
			const orphan = `${170 + Math.random()}`;
			const child = `${170 + Math.random()}`;
			const log = path.join(home, `${signal}.log`);
			const command = `echo started >> ${log}; (sleep ${orphan} &); sleep ${child}; echo 123456`;
			const session = tracked(
				spawn(process.execPath, [cli(), 'session', '--profile', 'base', '--mfa-process', command], {
					env: homeEnv(home),
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
