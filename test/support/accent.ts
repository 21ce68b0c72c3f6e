import {Chalk} from 'chalk';
import {PALETTES, type ThemeName} from '../../source/theme/palettes.js';

/** The escape that paints in a theme's accent, in 256 colours and in millions. */
function accentEscapes(theme: ThemeName): string[] {
	return ([2, 3] as const).map((level) => {
		const sample = new Chalk({level}).hex(PALETTES[theme].accent)('x');
		return sample.slice(0, sample.indexOf('x'));
	});
}

/**
 * Whether a screen (read with its colours) holds the theme's accent. A view paints in the depth its
 * terminal shows: inside tmux, 256 colours for Node 20 and millions for Node 22 and later.
 */
export function accentPainted(screen: string, theme: ThemeName): boolean {
	return accentEscapes(theme).some((sequence) => screen.includes(sequence));
}
