import {askBackground, type TerminalStreams} from './background.js';
import type {ThemeSetting} from './choose.js';
import type {ThemeName} from './palettes.js';

/**
 * The theme a dashboard is drawn in: the one chosen, or for `auto` the terminal's background where
 * it can be asked (colour on, a terminal on both sides), else dark, the usual terminal's.
 */
export async function resolveTheme(
	setting: ThemeSetting,
	colour: boolean,
	streams: TerminalStreams,
): Promise<ThemeName> {
	if (setting !== 'auto') return setting;
	if (!colour) return 'dark';
	return (await askBackground(streams)) ?? 'dark';
}
