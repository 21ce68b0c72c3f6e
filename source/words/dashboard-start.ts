/* The dashboard's first screens: the scenario picker, and the notice for a terminal too small. */

export const PICKER_WORDS = {
	question: 'Which scenario?',
	/** Only for someone who started the run with a command line (not an attendee of serve --ssh). */
	skipWithFlag: '(--scenario NAME skips this screen)',
} as const;

export const TOO_SMALL_WORDS = {
	message: (size: string, least: string, commandLine: boolean) =>
		`Terminal too small: ${size}. sts-mfa needs at least ${least} — enlarge the window${commandLine ? ', or run with --plain' : ''}.`,
	quit: 'Press q to quit (everything created so far is torn down first).',
	question: (question: string) => `${question} y yes, n no`,
} as const;
