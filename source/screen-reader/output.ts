import wrapAnsi from 'wrap-ansi';

/*
 * The screen-reader mode's terminal output: lines appended, never redrawn. The one line left open
 * is the code prompt, where typed digits are echoed as typed; a line that comes meanwhile (a
 * countdown, a notice) closes it, and the prompt is said again after it with the digits so far.
 */

/** A code has six digits; more are not taken (as in the dashboard's field). */
const CODE_DIGITS = 6;

export interface ReaderOutput {
	/** Says each line once; then leaves `prompt` open on the last line (none: nothing is asked). */
	say(lines: readonly string[], prompt: string | undefined): void;
	/** A digit typed into the open prompt, echoed. */
	type(digit: string): void;
	/** Backspace in the open prompt. */
	erase(): void;
	/** Enter in the open prompt: the line is closed and the digits typed are returned. */
	submit(): string;
	/** The digits typed so far. */
	typed(): string;
}

/**
 * Lines are broken between words at the terminal's width: left to the terminal, a word at the
 * edge is cut in two, and a screen reader that reads row by row says two halves. A word longer
 * than a row (an ARN, the otpauth URI) is left whole for the terminal to wrap.
 */
function wrapped(line: string, columns: number | undefined): string {
	const indent = /^ */.exec(line)?.[0] ?? '';
	if (!columns || columns <= indent.length + 10) return line;
	const rows = wrapAnsi(line.slice(indent.length), columns - indent.length, {hard: false, trim: true});
	return rows
		.split('\n')
		.map((row) => indent + row)
		.join('\n');
}

export function createReaderOutput(stream: NodeJS.WritableStream & {readonly columns?: number}): ReaderOutput {
	let open: string | undefined;
	let digitsFor: string | undefined;
	let digits = '';
	return {
		say(lines, prompt) {
			if (lines.length === 0 && prompt === open) return;
			let text = open === undefined ? '' : '\n';
			text += lines.map((line) => `${wrapped(line, stream.columns)}\n`).join('');
			// A new question starts empty; the same one said again keeps what was typed.
			if (prompt !== digitsFor) digits = '';
			digitsFor = prompt;
			open = prompt;
			if (prompt !== undefined) text += `${prompt}${digits}`;
			stream.write(text);
		},
		type(digit) {
			if (open === undefined || digits.length >= CODE_DIGITS) return;
			digits += digit;
			stream.write(digit);
		},
		erase() {
			if (open === undefined || digits.length === 0) return;
			digits = digits.slice(0, -1);
			stream.write('\b \b');
		},
		submit() {
			const code = digits;
			if (open !== undefined) stream.write('\n');
			open = undefined;
			digits = '';
			return code;
		},
		typed: () => digits,
	};
}
