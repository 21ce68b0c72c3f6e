import {describe, expect, it} from 'vitest';
import {runMfaProcess} from '../../../source/commands/session/mfa-process.js';

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
