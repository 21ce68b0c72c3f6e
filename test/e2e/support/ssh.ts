import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {tracked} from '../../support/processes.js';
import {waitUntil} from '../../support/wait-until.js';
import {ROOT, cli} from './build.js';

/*
 * `sts-mfa serve --ssh` from the built CLI, and the real OpenSSH client pointed at it: no
 * configuration file, no known_hosts, no agent, so nothing of the machine's own SSH set-up counts.
 */

export function sshAvailable(): boolean {
	try {
		execFileSync('ssh', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

/** `ssh` to a loopback server on `port`, with the options that keep the machine's SSH set-up out. */
export function sshArgs(port: number, extra: readonly string[] = []): string[] {
	return [
		'ssh',
		'-F',
		'/dev/null',
		'-o',
		'StrictHostKeyChecking=no',
		'-o',
		'UserKnownHostsFile=/dev/null',
		'-o',
		'LogLevel=ERROR',
		'-o',
		'BatchMode=yes',
		'-o',
		'IdentityAgent=none',
		'-p',
		String(port),
		...extra,
		'attendee@127.0.0.1',
	];
}

export interface ServeProcess {
	readonly port: number;
	readonly fingerprint: string;
	/** Everything the server printed so far. */
	output(): string;
	/** Ctrl-C (SIGINT), then the exit status. */
	stop(): Promise<number | null>;
}

/** Starts `sts-mfa serve --ssh --port 0 ARGS` with a state directory of its own; resolves once it listens. */
export async function startServe(args: readonly string[] = []): Promise<ServeProcess> {
	const state = mkdtempSync(join(tmpdir(), 'sts-mfa-serve-state-'));
	const child = tracked(
		spawn(process.execPath, [cli(), 'serve', '--ssh', '--port', '0', ...args], {
			cwd: ROOT,
			env: {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: state, STS_MFA_STATE_DIR: state, LANG: 'C.UTF-8'},
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
	void exited.then(() => rmSync(state, {recursive: true, force: true}));
	const port = await waitUntil(
		'the server to listen',
		// The port and the host key's fingerprint may come in separate writes: wait for both.
		() => (/ED25519 SHA256:\S+/.test(output) && Number(/on 127\.0\.0\.1:(\d+)/.exec(output)?.[1])) || undefined,
		// Generous: a loaded CI machine builds nothing here, but starting Node and the key takes a while.
		{timeoutMs: 60_000},
	);
	return {
		port,
		fingerprint: /ED25519 (SHA256:\S+)/.exec(output)?.[1] ?? '',
		output: () => output,
		async stop() {
			child.kill('SIGINT');
			return exited;
		},
	};
}
