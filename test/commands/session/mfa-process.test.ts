import {describe, expect, it} from 'vitest';
import {runMfaProcess} from '../../../source/commands/session/mfa-process.js';
import {becomes} from '../../support/wait-until.js';
import {sleeping} from './support/sleeping.js';

const SERIAL = 'arn:aws:iam::123456789012:mfa/alice';

describe('--mfa-process', () => {
	it('takes the first line of the output as the code, through the shell, told which device', async () => {
		expect(await runMfaProcess('printf "123456\\nmore output\\n"', SERIAL)).toBe('123456');
		expect(
			await runMfaProcess('test "$STS_MFA_SERIAL" = "arn:aws:iam::123456789012:mfa/alice" && echo 654321', SERIAL),
		).toBe('654321');
	});

	it('fails, without printing what it printed, when the first line is no code', async () => {
		await expect(runMfaProcess('echo not-a-code-but-maybe-a-secret', SERIAL)).rejects.toThrow(
			/^--mfa-process printed no 6-digit code on its first line$/,
		);
	});

	it('fails with the status of a command that failed', async () => {
		await expect(runMfaProcess('exit 3', SERIAL)).rejects.toThrow('--mfa-process exited with status 3');
	});

	it('gives the command no stdin, which belongs to whoever started sts-mfa', async () => {
		expect(await runMfaProcess('if read line; then echo 111111; else echo 222222; fi', SERIAL)).toBe('222222');
	});
});

describe('--mfa-process under pressure', () => {
	it('stops the command and everything it started at the timeout, even a grandchild whose parent is gone', async () => {
		// `(sleep &)` leaves a sleep whose parent (the subshell) has ended: it is nobody's child
		// any more, but it is still in the command's process group, holding the pipe.
		const orphan = `${170 + Math.random()}`;
		const child = `${170 + Math.random()}`;
		const command = `(sleep ${orphan} &); sleep ${child}; echo 123456`;
		const running = runMfaProcess(command, SERIAL, {timeoutMs: 1000});
		expect(await becomes(() => sleeping(orphan).length === 1 && sleeping(child).length === 1)).toBe(true);
		await expect(running).rejects.toThrow('--mfa-process gave no code in 1 s and was stopped');
		expect(await becomes(() => sleeping(orphan).length === 0 && sleeping(child).length === 0)).toBe(true);
	});

	it('reads one short line of a command that never stops writing, and nothing more', async () => {
		expect(await runMfaProcess('yes 123456', SERIAL)).toBe('123456');
		await expect(runMfaProcess("head -c 10000000 /dev/zero | tr '\\0' 1", SERIAL)).rejects.toThrow(
			'--mfa-process printed more than one short line before a line break: no code',
		);
		await expect(runMfaProcess('yes 1234567', SERIAL)).rejects.toThrow('printed no 6-digit code');
	});
});
