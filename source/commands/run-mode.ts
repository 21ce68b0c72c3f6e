import type {RunArgs} from '../cli/args.js';
import {UsageError} from '../errors.js';
import {SCREEN_READER_WORDS} from '../words/screen-reader.js';

/** How a run is shown: the full-screen dashboard, the screen-reader mode's lines and keys, or the plain log. */
export type RunMode = 'dashboard' | 'screenReader' | 'plain';

export interface TerminalFacts {
	readonly stdoutIsTerminal: boolean;
	readonly stdinIsTerminal: boolean;
	readonly env: NodeJS.ProcessEnv;
}

/**
 * Whether a screen reader is in use: --screen-reader, or INK_SCREEN_READER=true, the variable Ink
 * documents for it and other Ink programs read. No signal from the desktop reaches a terminal program
 * (a screen reader runs beside the terminal, not in it; over SSH nothing of it arrives), so sts-mfa
 * trusts only these two, both set by the user.
 */
export function screenReaderRequested(args: RunArgs, env: NodeJS.ProcessEnv): boolean {
	return args.screenReader || env.INK_SCREEN_READER === 'true';
}

/** The mode for this run, and a note to print first when the one asked for cannot be had. */
export function runMode(args: RunArgs, facts: TerminalFacts): {mode: RunMode; note?: string} {
	if (args.screenReader && (args.plain || args.json)) throw new UsageError(SCREEN_READER_WORDS.notWithPlain);
	if (args.plain || args.json) return {mode: 'plain'};
	if (screenReaderRequested(args, facts.env)) {
		// Lines appended, never a cursor moved: a dumb terminal reads them as well as any other.
		if (facts.stdoutIsTerminal && facts.stdinIsTerminal) return {mode: 'screenReader'};
		return {mode: 'plain', note: args.screenReader ? SCREEN_READER_WORDS.needsTerminal : undefined};
	}
	// A dumb terminal (TERM=dumb: Emacs shells, some CI logs) cannot move the cursor: plain mode.
	if (facts.stdoutIsTerminal && facts.env.TERM !== 'dumb') return {mode: 'dashboard'};
	return {mode: 'plain'};
}
