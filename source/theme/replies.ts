import type {ThemeName} from './palettes.js';

/*
 * Taking the terminal's answers to the background question out of what it sends, keeping every
 * key. The answers share the input with the keys: they come before them, after them, in the same
 * read, split over two reads, or (from a slow terminal or link) long after the question.
 */

// rgb:R/G/B with 1 to 4 hex digits a component, ended by BEL or ST (ESC \). Compiled once each: the
// global ones remove every answer (replace() starts them afresh), the others find the first.
const OSC11_REPLY = /\u001B\]11;rgb:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\u0007|\u001B\\)/gi;
const FIRST_OSC11_REPLY = new RegExp(OSC11_REPLY.source, 'i');
// Primary Device Attributes: ESC [ ? params c. No key sends it.
const DA1_REPLY = /\u001B\[\?[\d;]*c/g;
const FIRST_DA1_REPLY = new RegExp(DA1_REPLY.source);
const ESC = '\u001B';
/** The start of either answer, cut off at the end of a read: kept until the rest comes. */
const ANSWER_BEGUN = /\u001B(?:\](?:1(?:1(?:;[^\u0007\u001B]*\u001B?)?)?)?|\[(?:\?[\d;]*)?)?$/;

/** sRGB component (0..1) to linear light, as WCAG's relative luminance defines it. */
function linear(component: number): number {
	return component <= 0.04045 ? component / 12.92 : ((component + 0.055) / 1.055) ** 2.4;
}

/** Dark or light: whichever of black and white text would have the higher contrast on it. */
export function themeForBackground(red: number, green: number, blue: number): ThemeName {
	const luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
	// (L + 0.05) / 0.05 against black, 1.05 / (L + 0.05) against white: equal at L ≈ 0.179.
	return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? 'light' : 'dark';
}

/** The theme an OSC 11 reply asks for, if the text holds one. */
export function themeFromReply(text: string): ThemeName | undefined {
	const match = FIRST_OSC11_REPLY.exec(text);
	if (!match) return undefined;
	const [red, green, blue] = match.slice(1, 4).map((hex) => Number.parseInt(hex, 16) / (16 ** hex.length - 1));
	return themeForBackground(red ?? 0, green ?? 0, blue ?? 0);
}

/**
 * Reads the terminal's input while an answer may come: `take` returns the keys in each read, the
 * answers removed. While the answer is awaited, an escape sequence cut off at the end of a read
 * that could be the start of one is held for the next read (a lone Esc typed then waits for the
 * answer, at most). Complete answers are removed for as long as the input is read: a terminal that
 * answers after sts-mfa stopped waiting must not type them as keys.
 */
export class ReplyFilter {
	#held = '';
	#awaiting = true;
	/** The background the terminal reported, once it has. */
	theme: ThemeName | undefined;
	/** Whether the terminal has answered DA1: the last thing it will say about the question. */
	answered = false;

	/** The keys in `text` (what the terminal sent now), without the answers. */
	take(text: string): string {
		// Every key typed while a view is up comes through here: one without an escape, with nothing held, is only keys.
		if (this.#held === '' && !text.includes(ESC)) return text;
		let input = this.#held + text;
		this.#held = '';
		// The first answer is the one that counts: once known, the answers are only taken out.
		if (this.theme === undefined) this.theme = themeFromReply(input);
		if (!this.answered) this.answered = FIRST_DA1_REPLY.test(input);
		input = input.replace(OSC11_REPLY, '').replace(DA1_REPLY, '');
		if (this.answered) this.#awaiting = false;
		if (!this.#awaiting) return input;
		const begun = ANSWER_BEGUN.exec(input);
		if (begun === null) return input;
		this.#held = begun[0];
		return input.slice(0, begun.index);
	}

	/** Stops waiting for the answer: returns what was held back, which were keys after all. */
	giveUp(): string {
		this.#awaiting = false;
		const held = this.#held;
		this.#held = '';
		return held;
	}
}
