import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {stopChildren, tracked} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {waitUntil} from '../../support/wait-until.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import {createMfaUser, sandboxAdmin} from './support/sandbox-user.js';

/*
 * `sts-mfa session exec` passes on every signal that would end it (issue 21, point 10): SIGUSR1,
 * SIGUSR2 and SIGALRM killed sts-mfa and orphaned the command.
 */

const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;
let env: Record<string, string>;
let home: string;

beforeAll(async () => {
	prepareCli();
	sandbox = await startStandaloneSandbox();
	const user = await createMfaUser(await sandboxAdmin(sandbox.env), 'exec-signals', 1);
	home = await scratch.make('sts-mfa-exec-signals-');
	await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
	env = homeEnv(home, codeEnv(user.devices[0]!.seed, path.join(home, 'code-runs')));
	// A cached session: each exec below starts the command at once.
	const made = await run(process.execPath, [cli(), 'session', '--profile', 'base', '--mfa-process', codeCommand()], {
		env,
	});
	expect(made.status).toBe(0);
}, 60_000);
afterEach(async () => stopChildren());
afterAll(async () => {
	await sandbox?.stop();
	await scratch.removeAll();
});

describe('session exec', () => {
	it.each(['SIGUSR1', 'SIGUSR2', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU'] as const)(
		'passes %s on to the command and exits with its status',
		async (signal) => {
			const log = path.join(home, `${signal}.log`);
			const name = signal.slice(3);
			const script = `trap 'echo got ${name} >> "$LOG"; exit 7' ${name}; echo ready >> "$LOG"; while :; do sleep 0.05; done`;
			const child = tracked(
				spawn(process.execPath, [cli(), 'session', '--profile', 'base', 'exec', '--', 'sh', '-c', script], {
					env: {...env, LOG: log},
					stdio: ['ignore', 'pipe', 'pipe'],
					detached: true,
				}),
			);
			let stderr = '';
			child.stderr.setEncoding('utf8').on('data', (data: string) => {
				stderr += data;
			});
			const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
			await waitUntil('the command to be ready', () => {
				try {
					return readFileSync(log, 'utf8').includes('ready');
				} catch {
					return false;
				}
			});
			child.kill(signal);
			expect(await exited).toBe(7);
			expect(readFileSync(log, 'utf8')).toBe(`ready\ngot ${name}\n`);
			// SIGUSR1 is Node's signal to open its debugger: it must not have.
			expect(stderr).toBe('');
		},
	);
});
