import chalk, {type ColorSupportLevel} from 'chalk';
import {type Instance, render, type RenderOptions} from 'ink';
import type {ReactNode} from 'react';
import type {ThemeName} from '../../theme/palettes.js';
import {redrawOnAnswer} from '../../theme/resolve.js';
import {noColorRequested, ThemeContext, themeOf} from './theme.js';

/** The theme to draw in first, and the terminal's answer if it may come later (source/theme/). */
export interface ThemeChoice {
	readonly now?: ThemeName;
	readonly later?: Promise<ThemeName | undefined>;
}

/** A full-screen view or prompt drawn in a theme, redrawn in the terminal's once it answers. */
export interface ThemedView {
	readonly instance: Instance;
	/** Whether colour is on (NO_COLOR unset). */
	readonly colour: boolean;
	/** Draws the view again: call when what `view` returns has changed. */
	redraw(): void;
	/** Stops following the terminal's answer and gives chalk back its level: call once the view is gone. */
	close(): void;
}

/**
 * Renders `view` with Ink on `options.stdout` in the theme chosen, and again in the one the
 * terminal's background asks for if its answer comes later. Ink (and ink-text-input) colour through
 * chalk, whose level is that of the terminal drawn on while the view is up: none under NO_COLOR
 * (which chalk ignores), else the colour depth the terminal reports (16, 256 or millions).
 */
export function renderThemed(
	view: (theme: ThemeName | undefined, colour: boolean) => ReactNode,
	theme: ThemeChoice,
	options: RenderOptions & {readonly stdout: NodeJS.WriteStream},
): ThemedView {
	const colour = !noColorRequested();
	const releaseChalk = holdChalkLevel(colour ? (terminalLevel(options.stdout) ?? chalk.level) : 0);
	let name = theme.now;
	const themed = () => (
		<ThemeContext.Provider value={themeOf(colour, name)}>{view(name, colour)}</ThemeContext.Provider>
	);
	let instance: Instance;
	try {
		instance = render(themed(), options);
	} catch (error) {
		releaseChalk();
		throw error;
	}
	const redraw = () => instance.rerender(themed());
	const stopRedraw = redrawOnAnswer(theme.later, theme.now, (later) => {
		name = later;
		redraw();
	});
	return {
		instance,
		colour,
		redraw,
		close() {
			stopRedraw();
			releaseChalk();
		},
	};
}

/** Chalk's level before the first view still up changed it, and how many views are up. */
let held: {readonly level: ColorSupportLevel; views: number} | undefined;

/**
 * Sets chalk's level (one for the whole process) for a view; the level found is restored once the
 * last view up lets go, so that views up at once (serve --ssh) never restore it under one another.
 */
function holdChalkLevel(level: ColorSupportLevel): () => void {
	held ??= {level: chalk.level, views: 0};
	held.views += 1;
	chalk.level = level;
	let released = false;
	return () => {
		if (released || held === undefined) return;
		released = true;
		held.views -= 1;
		if (held.views > 0) return;
		chalk.level = held.level;
		held = undefined;
	};
}

/**
 * Chalk's level for what the terminal shows: 16, 256 or millions of colours, as Node judges from
 * TERM, COLORTERM and the like; undefined for an output that is not a terminal Node knows (an SSH
 * channel), where chalk's own judgement stays. NO_COLOR is judged apart, as no-color.org says (set
 * and empty means unset), which Node does not.
 */
function terminalLevel(output: NodeJS.WriteStream): ColorSupportLevel | undefined {
	if (typeof output.getColorDepth !== 'function') return undefined;
	const {NO_COLOR: _judgedApart, ...env} = process.env;
	const depth = output.getColorDepth(env);
	return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
