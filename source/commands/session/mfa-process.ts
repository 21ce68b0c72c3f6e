import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {SessionError} from './errors.js';

// A password manager may ask for its own unlock on the terminal; a command that takes longer is stuck.
const TIMEOUT_MS = 120_000;
/** A code is six digits; a line longer than this is not one, and nothing more is read. */
const MAX_LINE_BYTES = 64;

/** Every process below `root` (from /proc: Linux), children before they can be re-parented away. */
function descendants(root: number): number[] {
	const children = new Map<number, number[]>();
	let names: string[];
	try {
		names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return [];
	}
	for (const name of names) {
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
		} catch {
			// Gone meanwhile.
		}
	}
	const found: number[] = [];
	for (let queue = [root]; queue.length > 0; ) {
		const next = children.get(queue.shift()!) ?? [];
		found.push(...next);
		queue.push(...next);
	}
	return found;
}

/**
 * Ends the command and everything it started: a grandchild (`sleep 170; echo 123456` runs sleep
 * under the shell) would otherwise keep the pipe open and the run waiting. Not a process group of
 * its own: that needs setsid, which takes the controlling terminal from a password manager that
 * asks for its unlock there.
 */
function killTree(pid: number | undefined): void {
	if (pid === undefined) return;
	for (const target of [pid, ...descendants(pid)]) {
		try {
			process.kill(target, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
}

export interface MfaProcessOptions {
	readonly timeoutMs?: number;
}

/**
 * Runs --mfa-process CMD through the shell (as aws-vault's mfa_process does) and takes the first
 * line of its output as the code, reading no more than one short line. Its stderr is the user's
 * (a password manager's prompts and errors show); stdin is not given to it, so it can never eat
 * input meant for someone else. STS_MFA_SERIAL tells it which device the code is for.
 */
export function runMfaProcess(command: string, serialNumber: string, options: MfaProcessOptions = {}): Promise<string> {
	const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
	return new Promise((resolve, reject) => {
		const child = spawn(command, {
			shell: true,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: {...process.env, STS_MFA_SERIAL: serialNumber},
		});
		let output = Buffer.alloc(0);
		let line: string | undefined;
		let exit: {status: number | null; signal: NodeJS.Signals | null} | undefined;
		let settled = false;
		let closedAfterLine = false;
		const finish = (error?: string) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			child.stdout.destroy();
			if (error !== undefined) {
				// Once it has exited its pid may be another process's: only a running command is ended.
				if (exit === undefined) killTree(child.pid);
				reject(new SessionError('MfaProcessFailed', `--mfa-process ${error}`, {usage: false}));
			} else resolve(line!);
		};
		const decide = () => {
			if (exit === undefined || line === undefined) return;
			// Once the line is read the pipe is closed: writing on fails (SIGPIPE, or EPIPE and an
			// error status), which says nothing of the line already read.
			if (exit.status !== 0 && !closedAfterLine)
				return finish(`exited with ${exit.signal ?? `status ${exit.status}`} and gave no code`);
			if (!/^\d{6}$/.test(line)) return finish('printed no 6-digit code on its first line');
			finish();
		};
		const timer = setTimeout(() => finish(`gave no code in ${timeoutMs / 1000} s and was stopped`), timeoutMs);
		child.stdout.on('data', (data: Buffer) => {
			output = Buffer.concat([output, data]);
			const end = output.indexOf(0x0a);
			if (end < 0 && output.length <= MAX_LINE_BYTES) return;
			if (end < 0 || end > MAX_LINE_BYTES)
				return finish('printed more than one short line before a line break: no code');
			line = output.subarray(0, end).toString('utf8').trim();
			// Nothing more is read: a command that keeps writing (`yes 123456`) ends on SIGPIPE.
			closedAfterLine = true;
			child.stdout.destroy();
			decide();
		});
		child.stdout.once('end', () => {
			line ??= output.toString('utf8').trim();
			decide();
		});
		child.once('error', (error) => finish(`could not start: ${error.message}`));
		child.once('exit', (status, signal) => {
			exit = {status, signal};
			decide();
		});
	});
}
