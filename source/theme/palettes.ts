/*
 * The dashboard's two colour themes, by what each colour means. Good and bad never rest on red
 * against green alone: the four meaningful colours (accent, success, warning, danger) differ in
 * lightness as well as hue, so that every pair stays apart (CIEDE2000 ≥ 12) for normal vision and
 * under simulated protanopia, deuteranopia and tritanopia, and each reads at WCAG AA (4.5:1) on the
 * backgrounds its theme is made for, for those visions too. test/theme/palettes.test.ts checks both with culori (Machado
 * et al.'s simulation). Colour is never the only way a thing is told: each meaning also has a word
 * or a glyph (docs/accessibility.md).
 */

export type ThemeName = 'dark' | 'light';
export const THEME_NAMES: readonly ThemeName[] = ['dark', 'light'];

/** What a colour says. */
export type ColourRole = 'accent' | 'success' | 'warning' | 'danger' | 'muted';

export type Palette = Readonly<Record<ColourRole, string>>;

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
	/** Light text on a dark background. */
	dark: {
		accent: '#B39DFF',
		success: '#5BE0B0',
		warning: '#F0E442',
		danger: '#FF8A5C',
		muted: '#9A9A9A',
	},
	/** Dark text on a light background. */
	light: {
		accent: '#2A45A8',
		success: '#006E60',
		warning: '#6E5200',
		danger: '#B01E45',
		muted: '#6B6B6B',
	},
};

/** The backgrounds each theme is made for, which the contrast test reads against. */
export const BACKGROUNDS: Readonly<Record<ThemeName, readonly string[]>> = {
	dark: ['#000000', '#1E1E1E', '#282C34'],
	light: ['#FFFFFF', '#FDF6E3', '#F0F0F0'],
};
