import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll} from 'vitest';
import {stopChildren, tracked} from '../../support/processes.js';
import {waitUntil} from '../../support/wait-until.js';
import {ROOT, cli, prepareCli} from './build.js';
import {killAllTerminals} from './terminal.js';

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

/**
 * Starts `sts-mfa serve --ssh --port 0 ARGS` with a state directory of its own (and `env`, e.g. a
 * locale, over a C locale); resolves once it listens.
 */
export async function startServe(
	args: readonly string[] = [],
	env: Record<string, string> = {},
): Promise<ServeProcess> {
	const state = mkdtempSync(join(tmpdir(), 'sts-mfa-serve-state-'));
	const reports = join(state, 'reports');
	mkdirSync(reports);
	const child = tracked(
		// Node's diagnostic report on SIGUSR2: if the server never says it listens, the failure
		// shows where it stands (its JavaScript stack and what its event loop waits on).
		spawn(
			process.execPath,
			['--report-on-signal', `--report-directory=${reports}`, cli(), 'serve', '--ssh', '--port', '0', ...args],
			{
				cwd: ROOT,
				env: {
					PATH: process.env.PATH ?? '/usr/bin:/bin',
					HOME: state,
					STS_MFA_STATE_DIR: state,
					LANG: 'C.UTF-8',
					...env,
				},
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		),
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	let ended: string | undefined;
	const exited = new Promise<number | null>((resolve) =>
		child.on('close', (code, signal) => {
			ended = `exited with ${code ?? signal}`;
			resolve(code);
		}),
	);
	void exited.then(() => rmSync(state, {recursive: true, force: true}));
	let port: number;
	try {
		port = await waitUntil(
			'the server to listen',
			() => {
				// A server that ended before it listened fails at once, with what it printed.
				if (ended !== undefined) throw new Error(`sts-mfa serve ${ended} before it listened; it printed:\n${output}`);
				// The lines may come in separate writes: wait for the port and the host key's fingerprint
				// (read from their machine-readable parts, the same in every language) and for the block's
				// last line, the Ctrl-C hint (in every language), so that a test may read every line.
				const whole = /ED25519 SHA256:\S+/.test(output) && /Ctrl-C/.test(output);
				return (whole && Number(/ 127\.0\.0\.1:(\d+)$/m.exec(output)?.[1])) || undefined;
			},
			// Generous: a loaded CI machine builds nothing here, but starting Node and the key takes a while.
			{timeoutMs: 60_000},
		);
	} catch (error) {
		if (ended !== undefined) throw error;
		throw new Error(`${(error as Error).message}; it printed:\n${output}\n${await whereItStands(child.pid, reports)}`);
	}
	const server: ServeProcess = {
		port,
		fingerprint: /ED25519 (SHA256:\S+)/.exec(output)?.[1] ?? '',
		output: () => output,
		async stop() {
			child.kill('SIGINT');
			servers.delete(server);
			return exited;
		},
	};
	servers.add(server);
	return server;
}

/** The servers started and not yet stopped, for useServeTests' hook. */
const servers = new Set<ServeProcess>();

/**
 * Registers the hooks of a file of serve tests: the built CLI prepared first; after each test, its
 * terminals closed, every server it started stopped (Ctrl-C, so every attendee run is torn down),
 * then anything else it started ended.
 */
export function useServeTests(): void {
	beforeAll(prepareCli);
	afterEach(async () => {
		await killAllTerminals();
		await Promise.all([...servers].map((server) => server.stop()));
		await stopChildren();
	});
}

/** A server that does not listen: its diagnostic report (SIGUSR2), cut to its stack and its event loop's handles. */
async function whereItStands(pid: number | undefined, reports: string): Promise<string> {
	if (pid === undefined) return 'no process';
	process.kill(pid, 'SIGUSR2');
	const file = await waitUntil(
		'its diagnostic report',
		() => (existsSync(reports) && readdirSync(reports).find((name) => name.endsWith('.json'))) || undefined,
		{timeoutMs: 10_000},
	).catch(() => undefined);
	if (file === undefined) return 'it wrote no diagnostic report within 10 s (its main thread is blocked)';
	const report = JSON.parse(readFileSync(join(reports, file), 'utf8')) as {
		javascriptStack?: {message?: string; stack?: string[]};
		libuv?: {type: string; is_active?: boolean; localEndpoint?: unknown}[];
	};
	const stack = report.javascriptStack?.stack?.join('\n') ?? '(no stack)';
	const handles = (report.libuv ?? []).filter((handle) => handle.is_active).map((handle) => JSON.stringify(handle));
	return `its JavaScript stack:\n${stack}\nits active handles:\n${handles.join('\n')}`;
}
