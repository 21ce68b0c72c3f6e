import {askBackground, type TerminalStreams} from './background.js';
import type {ThemeSetting} from './choose.js';
import type {ThemeName} from './palettes.js';

/** The theme a full-screen view is drawn in, and the input it reads its keys from. */
export interface ViewTheme {
	/** The theme to draw in now: the one chosen, or what the terminal has said by now, else dark. Never waits. */
	now(): ThemeName;
	/** For `auto`: the theme once the terminal has answered (undefined if it said nothing). */
	readonly later?: Promise<ThemeName | undefined>;
	/** Where the view reads its keys: the terminal, or while it is asked, the terminal's keys without its answers. */
	readonly input: NodeJS.ReadStream;
	/** Gives the terminal back (call once the view is gone, or when it is never drawn). */
	close(): void;
}

/**
 * Redraws a view in the terminal's theme if its answer comes after the view was drawn in `drawn`
 * and says otherwise. Returns the function that stops it (call it once the view is gone).
 */
export function redrawOnAnswer(
	later: Promise<ThemeName | undefined> | undefined,
	drawn: ThemeName | undefined,
	redraw: (theme: ThemeName) => void,
): () => void {
	let live = true;
	later?.then((theme) => {
		if (live && theme !== undefined && theme !== drawn) redraw(theme);
	});
	return () => {
		live = false;
	};
}

/**
 * Starts choosing the theme of a view on `streams`: the one set, or for `auto` the terminal's
 * background where it can be asked (colour on, a terminal on both sides), else dark. Call it as
 * early as possible: the terminal answers while the view loads.
 */
export function startTheme(setting: ThemeSetting, colour: boolean, streams: TerminalStreams): ViewTheme {
	const question = setting === 'auto' && colour ? askBackground(streams) : undefined;
	if (question === undefined) {
		const fixed = setting === 'auto' ? 'dark' : setting;
		return {now: () => fixed, input: streams.input, close: () => {}};
	}
	return {
		now: () => question.theme() ?? 'dark',
		later: question.answered,
		input: question.keys,
		close: () => question.close(),
	};
}
