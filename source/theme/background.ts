import {PassThrough} from 'node:stream';
import type {ThemeName} from './palettes.js';
import {ReplyFilter} from './replies.js';

/*
 * Asks the terminal for its background colour (OSC 11) to choose between the dark and the light
 * theme. The question is followed by a Primary Device Attributes request (DA1), which every
 * VT100-compatible terminal answers: its reply marks the end of what the terminal will say.
 *
 * The answer comes on the same input as the keys, whenever the terminal sends it. So from the
 * question on, sts-mfa reads the terminal itself, without pause, and hands the dashboard a stream
 * of the keys alone (docs/accessibility.md says why: pausing the terminal's input and handing it
 * over lost every key in some runs). Nothing waits for the answer: the first frame is drawn with
 * what is known by then, and a later answer changes the theme of the frames after it.
 */

const OSC11_QUERY = '\u001B]11;?\u001B\\';
const DA1_QUERY = '\u001B[c';

/**
 * How long the terminal has to answer DA1 before sts-mfa stops holding back an escape sequence
 * cut off at the end of a read (which may be the answer's start, or an Esc typed meanwhile).
 * Nothing else waits for it.
 */
export const ANSWER_WAIT_MS = 1500;

/** Keys waiting for the dashboard to read them, at most: a person types far fewer before the first frame. */
const MAX_PENDING_KEYS = 64 * 1024;

export interface TerminalStreams {
	readonly input: NodeJS.ReadStream;
	readonly output: NodeJS.WriteStream;
}

export interface BackgroundQuestion {
	/** The terminal's keys without its answers: what the dashboard reads in place of the terminal. */
	readonly keys: NodeJS.ReadStream;
	/** The theme the terminal's background asks for, if it has said so by now. Never waits. */
	theme(): ThemeName | undefined;
	/** Settles once the terminal has answered (DA1), or has said nothing for ANSWER_WAIT_MS. */
	readonly answered: Promise<ThemeName | undefined>;
	/** Gives the terminal back: stops reading it, in the mode it was found in. */
	close(): void;
}

/** A terminal-like input (raw mode, ref) whose bytes are written to it by the reader of the real one. */
function keyStream(terminal: NodeJS.ReadStream): PassThrough & NodeJS.ReadStream {
	const keys = new PassThrough();
	return Object.assign(keys, {
		isTTY: true,
		get isRaw() {
			return terminal.isRaw;
		},
		setRawMode(mode: boolean) {
			terminal.setRawMode(mode);
			return keys;
		},
		ref() {
			terminal.ref();
			return keys;
		},
		unref() {
			terminal.unref();
			return keys;
		},
	}) as unknown as PassThrough & NodeJS.ReadStream;
}

/**
 * Asks the terminal for its background, or returns undefined when it cannot be asked (not a
 * terminal on both sides). The terminal is in raw mode from the question until close(), so that
 * keys typed before the dashboard reads them are neither echoed nor turned into lines.
 */
export function askBackground(
	{input, output}: TerminalStreams,
	waitMs = ANSWER_WAIT_MS,
): BackgroundQuestion | undefined {
	if (input.isTTY !== true || output.isTTY !== true || typeof input.setRawMode !== 'function') return undefined;
	const wasRaw = input.isRaw === true;
	const filter = new ReplyFilter();
	const keys = keyStream(input);
	let settle: (theme: ThemeName | undefined) => void = () => {};
	const answered = new Promise<ThemeName | undefined>((resolve) => {
		settle = resolve;
	});
	const pass = (text: string) => {
		if (text !== '' && keys.writable && keys.readableLength < MAX_PENDING_KEYS) keys.write(Buffer.from(text, 'latin1'));
	};
	const timer = setTimeout(() => {
		pass(filter.giveUp());
		settle(filter.theme);
	}, waitMs);
	timer.unref();
	const onData = (chunk: Buffer | string) => {
		pass(filter.take(typeof chunk === 'string' ? chunk : chunk.toString('latin1')));
		if (!filter.answered) return;
		clearTimeout(timer);
		settle(filter.theme);
	};
	// The terminal went away: the dashboard's input ends too (and the run tears down).
	const onEnd = () => keys.end();
	input.setRawMode(true);
	input.on('data', onData);
	input.once('end', onEnd);
	input.once('close', onEnd);
	output.write(OSC11_QUERY + DA1_QUERY);
	let closed = false;
	return {
		keys,
		theme: () => filter.theme,
		answered,
		close() {
			if (closed) return;
			closed = true;
			clearTimeout(timer);
			settle(filter.theme);
			input.off('data', onData);
			input.off('end', onEnd);
			input.off('close', onEnd);
			// Nobody reads it now: paused, Node stops reading the terminal, and the process may end.
			input.pause();
			if (input.isTTY) input.setRawMode(wasRaw);
			keys.end();
		},
	};
}
