import {spawn} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tracked} from '../../../support/processes.js';
import type {MfaUser} from './sandbox-user.js';

export const CODE_SCRIPT = fileURLToPath(new URL('totp-code.mjs', import.meta.url));

/** A temporary HOME with ~/.aws/config and ~/.aws/credentials, as a user of the sandbox would have them. */
export async function writeAwsFiles(
	home: string,
	files: {config: string; credentials?: string},
): Promise<{config: string; credentials: string}> {
	const aws = path.join(home, '.aws');
	await mkdir(aws, {recursive: true, mode: 0o700});
	const paths = {config: path.join(aws, 'config'), credentials: path.join(aws, 'credentials')};
	await writeFile(paths.config, files.config);
	if (files.credentials !== undefined) await writeFile(paths.credentials, files.credentials, {mode: 0o600});
	return paths;
}

/** `[profile base]`: the user's long-term keys, pointed at the sandbox. */
export function baseProfile(endpoint: string, user: MfaUser, extra = ''): {config: string; credentials: string} {
	return {
		config: `[profile base]\nregion = us-east-1\nendpoint_url = ${endpoint}\n${extra}`,
		credentials: `[base]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
	};
}

/** Only what the programs need: nothing of the test runner's AWS set-up or caches leaks in. */
export function homeEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
	return {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1', ...extra};
}

/** The code command for --mfa-process, and the environment it reads (seed, run counter). */
export function codeCommand(): string {
	return `${JSON.stringify(process.execPath)} ${JSON.stringify(CODE_SCRIPT)}`;
}

export function codeEnv(seed: string, countFile: string): Record<string, string> {
	return {STS_MFA_TEST_SEED: seed, STS_MFA_TEST_COUNT_FILE: countFile, STS_MFA_TEST_STEP_OFFSET: '1'};
}

export interface Finished {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * Runs a program to its end, by default (`detached`) in a session of its own, without a controlling
 * terminal: /dev/tty cannot be opened there (as under cron or a CI runner), so no prompt can reach
 * the terminal the tests were started from.
 */
export function run(
	command: string,
	args: readonly string[],
	options: {env: Record<string, string>; detached?: boolean; cwd?: string},
): Promise<Finished> {
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(command, args, {
				env: options.env,
				cwd: options.cwd,
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: options.detached ?? true,
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (data: string) => {
			stdout += data;
		});
		child.stderr.setEncoding('utf8').on('data', (data: string) => {
			stderr += data;
		});
		child.once('error', reject);
		child.once('close', (status) => resolve({status, stdout, stderr}));
	});
}
