import {Chalk} from 'chalk';
import {PALETTES, type ThemeName} from '../../source/theme/palettes.js';

/** A colour of a theme's palette that a test looks for on the screen. */
type PaletteColour = 'accent' | 'danger';

/** The escape that paints in a theme's colour, in 256 colours and in millions. */
function escapes(theme: ThemeName, colour: PaletteColour): string[] {
	return ([2, 3] as const).map((level) => {
		const sample = new Chalk({level}).hex(PALETTES[theme][colour])('x');
		return sample.slice(0, sample.indexOf('x'));
	});
}

/**
 * Whether a screen (read with its colours) holds the theme's colour (the accent unless told). A view
 * paints in the depth its terminal shows: inside tmux, 256 colours for Node 20 and millions for
 * Node 22 and later.
 */
export function accentPainted(screen: string, theme: ThemeName, colour: PaletteColour = 'accent'): boolean {
	return escapes(theme, colour).some((sequence) => screen.includes(sequence));
}
