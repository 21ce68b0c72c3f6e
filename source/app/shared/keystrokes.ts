import type {Key} from 'ink';

/** One key as a useInput handler sees it. */
export interface Keystroke {
	readonly input: string;
	readonly key: Key;
}

const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

function single(char: string): Keystroke {
	if (char === '\r' || char === '\n') return {input: '', key: {...NO_KEY, return: true}};
	if (char === '\t') return {input: '', key: {...NO_KEY, tab: true}};
	if (char === '\u007F' || char === '\b') return {input: '', key: {...NO_KEY, backspace: true}};
	const code = char.codePointAt(0) ?? 0;
	// Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1A; Ink reports them as the letter with ctrl set.
	if (code >= 1 && code <= 26) return {input: String.fromCodePoint(code + 96), key: {...NO_KEY, ctrl: true}};
	return {input: char, key: {...NO_KEY, shift: /^[A-Z]$/.test(char)}};
}

/**
 * The keys in what Ink handed over as one input. Keys that reach the program in one read — over a
 * slow SSH link, or typed while the process was busy — come as one string ("\r\r", "yq"), which
 * matches no single key and would be lost. Escape sequences (arrows, Esc) are already split by Ink
 * and pass through whole; so does any input that is one key.
 */
export function keystrokes(input: string, key: Key): readonly Keystroke[] {
	const inputs = key.meta ? [input] : singleKeyInputs(input);
	// A single Enter, Tab or Backspace has an empty input; a run of keys never does.
	return inputs.length === 1 ? [{input, key}] : inputs.map(single);
}

/** The one-key inputs in what Ink handed over as one: a run of plain keys split, an escape sequence whole. */
export function singleKeyInputs(input: string): string[] {
	return [...input].length <= 1 || input.includes('\u001B') ? [input] : [...input];
}
