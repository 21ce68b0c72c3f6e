import {spawn} from 'node:child_process';
import {SessionError} from './errors.js';

// A password manager may ask for its own unlock on the terminal; a command that takes longer is stuck.
const TIMEOUT_MS = 120_000;

function firstLine(output: string): string {
	return output.split(/\r?\n/, 1)[0]!.trim();
}

/**
 * Runs --mfa-process CMD through the shell (as aws-vault's mfa_process does) and takes the first
 * line of its output as the code. Its stderr is the user's (a password manager's prompts and
 * errors show); stdin is not given to it, so it can never eat input meant for someone else.
 * STS_MFA_SERIAL tells it which device the code is for.
 */
export function runMfaProcess(command: string, serialNumber: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, {
			shell: true,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: {...process.env, STS_MFA_SERIAL: serialNumber},
		});
		let output = '';
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGTERM');
		}, TIMEOUT_MS);
		child.stdout.setEncoding('utf8').on('data', (data: string) => {
			output += data;
		});
		const fail = (detail: string) =>
			reject(new SessionError('MfaProcessFailed', `--mfa-process ${detail}`, {usage: false}));
		child.once('error', (error) => {
			clearTimeout(timer);
			fail(`could not start: ${error.message}`);
		});
		child.once('close', (status, signal) => {
			clearTimeout(timer);
			if (timedOut) return fail(`gave no code in ${TIMEOUT_MS / 1000} s and was stopped`);
			if (status !== 0) return fail(`exited with ${signal ?? `status ${status}`} and gave no code`);
			const code = firstLine(output);
			if (!/^\d{6}$/.test(code)) return fail('printed no 6-digit code on its first line');
			resolve(code);
		});
	});
}
