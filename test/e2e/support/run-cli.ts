import {spawn} from 'node:child_process';
import {afterAll, afterEach, beforeAll} from 'vitest';
import type {RunningSandbox} from '../../../source/sandbox/index.js';
import {stopChildren, tracked} from '../../support/processes.js';
import {type AdminSandbox, useAdminSandbox} from '../../support/sandbox.js';
import {ScratchDirs} from '../../support/scratch.js';
import {cli, prepareCli, removeCliCopy, ROOT} from './build.js';

/*
 * The built CLI run to its end as a script runs it: its output collected, its exit status read.
 * Tracked, so a test's stopChildren ends it (and what it started) if the test did not wait for it.
 */

export interface CliResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

export interface CliRunOptions {
	/** The whole environment (default: this process's). */
	readonly env?: NodeJS.ProcessEnv;
	readonly cwd?: string;
	/** Text written to standard input, which then ends; or 'ignore' (the default): no input at all. */
	readonly stdin?: 'ignore' | string;
}

export function runBuiltCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
	const stdin = options.stdin ?? 'ignore';
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(process.execPath, [cli(), ...args], {
				cwd: options.cwd ?? ROOT,
				env: options.env ?? process.env,
				stdio: [stdin === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		if (stdin !== 'ignore') child.stdin?.end(stdin);
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}

/** The environment that makes the SDK, and so sts-mfa, the sandbox's administrator. */
export function adminEnvironment(sandbox: RunningSandbox): Record<string, string> {
	return {
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		AWS_REGION: sandbox.region,
	};
}

export interface SandboxCli {
	/** A sandbox in this process, for the CLI's --endpoint and to look at what a run left. */
	readonly admin: AdminSandbox;
	/** The built CLI as the sandbox's administrator, with a state directory of its own and no colour. */
	run(args: readonly string[]): Promise<CliResult>;
}

/** Registers the hooks of a file that runs the built CLI against a sandbox of its own. */
export function useSandboxCli(statePrefix: string): SandboxCli {
	const admin = useAdminSandbox();
	const scratch = new ScratchDirs();
	beforeAll(prepareCli);
	afterEach(stopChildren);
	afterAll(async () => {
		await scratch.removeAll();
		removeCliCopy();
	});
	return {
		admin,
		run: async (args) => {
			const state = await scratch.make(statePrefix);
			const env = {...process.env, STS_MFA_STATE_DIR: state, NO_COLOR: '1', ...adminEnvironment(admin.sandbox)};
			return runBuiltCli(args, {env});
		},
	};
}
