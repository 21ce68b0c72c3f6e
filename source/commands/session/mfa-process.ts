import {spawn} from 'node:child_process';
import {MFA_PROCESS_WORDS} from '../../words/session-code.js';
import {SessionError} from './errors.js';

// A password manager may ask for its own unlock (in its app, or through its agent); a command that takes longer is stuck.
const TIMEOUT_MS = 120_000;
/** A code is six digits; a line longer than this is not one, and nothing more is read. */
const MAX_LINE_BYTES = 64;
/** What ends sts-mfa from the terminal or from outside while the command runs: the command goes first. */
const CANCELLING: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Ends the command's process group, everything it started with it: a grandchild (`sleep 170; echo
 * 123456` runs sleep under the shell), even one whose parent is gone, would otherwise keep the pipe
 * open and the run waiting. A group's id stays taken while any process is in it, so this reaches
 * the command's processes or nothing.
 */
function endGroup(pid: number | undefined): void {
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// Nobody is left in the group.
	}
}

export interface MfaProcessOptions {
	readonly timeoutMs?: number;
}

/**
 * Runs --mfa-process CMD through the shell (as aws-vault's mfa_process does) and takes the first
 * line of its output as the code, reading no more than one short line. It runs in a session and
 * process group of its own, so that at the timeout, or when sts-mfa is told to stop (Ctrl-C,
 * SIGTERM, SIGHUP: the terminal's Ctrl-C no longer reaches it), the whole group is ended. Its
 * stderr is the user's (a password manager's messages show); it has no stdin and no controlling
 * terminal, so it can never eat input meant for someone else. STS_MFA_SERIAL names the device.
 */
export function runMfaProcess(command: string, serialNumber: string, options: MfaProcessOptions = {}): Promise<string> {
	const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
	return new Promise((resolve, reject) => {
		const child = spawn(command, {
			shell: true,
			detached: true,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: {...process.env, STS_MFA_SERIAL: serialNumber},
		});
		let output = Buffer.alloc(0);
		let line: string | undefined;
		let exit: {status: number | null; signal: NodeJS.Signals | null} | undefined;
		let outputEnded = false;
		let settled = false;
		let closedAfterLine = false;
		const finish = (error?: string) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			for (const signal of CANCELLING) process.off(signal, cancel);
			child.stdout.destroy();
			if (error === undefined) return resolve(line!);
			// A group with its leader gone but its pipe still open has someone left in it.
			if (exit === undefined || !outputEnded) endGroup(child.pid);
			reject(new SessionError('MfaProcessFailed', MFA_PROCESS_WORDS.failed(error), {usage: false}));
		};
		const cancel = (signal: NodeJS.Signals) => finish(MFA_PROCESS_WORDS.stoppedBySignal(signal));
		for (const signal of CANCELLING) process.on(signal, cancel);
		const decide = () => {
			if (exit === undefined || line === undefined) return;
			// Once the line is read the pipe is closed: writing on fails (SIGPIPE, or EPIPE and an
			// error status), which says nothing of the line already read.
			if (exit.status !== 0 && !closedAfterLine)
				return finish(MFA_PROCESS_WORDS.exitedWithoutCode(exit.signal ?? `status ${exit.status}`));
			if (!/^\d{6}$/.test(line)) return finish(MFA_PROCESS_WORDS.noCodeOnFirstLine);
			finish();
		};
		const timer = setTimeout(() => finish(MFA_PROCESS_WORDS.timedOut(timeoutMs / 1000)), timeoutMs);
		child.stdout.on('data', (data: Buffer) => {
			output = Buffer.concat([output, data]);
			const end = output.indexOf(0x0a);
			if (end < 0 && output.length <= MAX_LINE_BYTES) return;
			if (end < 0 || end > MAX_LINE_BYTES) return finish(MFA_PROCESS_WORDS.lineTooLong);
			line = output.subarray(0, end).toString('utf8').trim();
			// Nothing more is read: a command that keeps writing (`yes 123456`) ends on SIGPIPE.
			closedAfterLine = true;
			child.stdout.destroy();
			decide();
		});
		child.stdout.once('end', () => {
			outputEnded = true;
			line ??= output.toString('utf8').trim();
			decide();
		});
		child.once('error', (error) => finish(MFA_PROCESS_WORDS.couldNotStart(error.message)));
		child.once('exit', (status, signal) => {
			exit = {status, signal};
			decide();
		});
	});
}
