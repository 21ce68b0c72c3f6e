/* Plain mode's own words (the log a script reads). */

export const INPUT_ENDED = 'the input ended before an MFA code was entered';

/** After an answer read from a pipe or a file, which echoes nothing: what was read, on its own line. */
export function answerRead(line: string): string {
	return `    read: ${line.trim() === '' ? '(an empty line)' : line.trim()}`;
}

export const INPUT_ENDED_LINE = `error: ${INPUT_ENDED}; tearing down.`;

/** `n` at the confirmation. */
export const NOTHING_CREATED = 'Cancelled at the confirmation: nothing was created.';
