/* The MFA prompt that `sts-mfa session` draws on the terminal (/dev/tty). */

export const PROMPT_WORDS = {
	pickDevice: (count: number) => `sts-mfa session: ${count} MFA devices are yours; which one? (↑/↓, Enter)`,
	codeFor: (serialNumber: string) => `sts-mfa session: MFA code for ${serialNumber}`,
	keys: 'Enter sends it · Esc cancels',
	asking: 'sts-mfa session: asking AWS for the session…',
} as const;
