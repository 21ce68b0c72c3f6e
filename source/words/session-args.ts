/* `sts-mfa session`'s refusals of its command line (exit 2). */

export const SESSION_ARG_ERRORS = {
	durationShape: (text: string) => `--duration needs a length such as 12h, 90m or 3600s, got '${text}'`,
	durationRange: (text: string) => `--duration must be between 15m and 36h (900 to 129600 seconds), got '${text}'`,
	/** Node's parseArgs message, without its hint about '--', which would mislead here. */
	parser: (message: string) => `${message} (see 'sts-mfa session --help')`,
	execNeedsCommand: "session exec needs the command after '--', e.g. sts-mfa session exec -- aws s3 ls",
	unexpectedWord: (word: string | undefined) =>
		`unexpected '${word}': the only word 'sts-mfa session' takes is exec (see 'sts-mfa session --help')`,
	separatorWithoutExec: "'--' and a command only go with 'sts-mfa session exec'",
	twoCodeSources: '--token-code and --mfa-process cannot be used together: pick one source of codes',
	tokenCodeShape: (code: string) => `--token-code needs the 6-digit code your authenticator shows, got '${code}'`,
	mfaProcessEmpty: '--mfa-process needs a command',
	regionShape: (region: string) => `--region needs a region name such as us-east-1, got '${region}'`,
	formatChoice: (formats: readonly string[], format: string) =>
		`--format must be one of ${formats.join(', ')}, got '${format}'`,
	writeProfileShape: (name: string) =>
		`--write-profile needs a profile name (letters, digits, . _ - @ +), got '${name}'`,
	execWithOutput: 'session exec hands the session to the command: --format and --write-profile do not apply',
	writeProfileIsSource: (name: string) => `--write-profile names the source profile '${name}': name another one`,
} as const;
