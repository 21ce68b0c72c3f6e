/* Where `sts-mfa session` gets its code: --mfa-process's failures. */

export const MFA_PROCESS_WORDS = {
	failed: (reason: string) => `--mfa-process ${reason}`,
	exitedWithoutCode: (how: string) => `exited with ${how} and gave no code`,
	noCodeOnFirstLine: 'printed no 6-digit code on its first line',
	lineTooLong: 'printed more than one short line before a line break: no code',
	timedOut: (seconds: number) => `gave no code in ${seconds} s and was stopped`,
	stoppedBySignal: (signal: string) =>
		`was stopped, with everything it started, because sts-mfa got ${signal}: no session was made`,
	couldNotStart: (reason: string) => `could not start: ${reason}`,
} as const;
