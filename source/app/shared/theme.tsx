import {createContext, useContext} from 'react';
import {type ColourRole, PALETTES, type ThemeName} from '../../theme/palettes.js';

export {noColorRequested} from '../../theme/no-color.js';

/**
 * The dashboard's colours by what they mean (source/theme/palettes.ts). Without colour each is
 * undefined, which Ink draws in the terminal's own foreground: views say what a thing is
 * (`theme.danger`), never whether colour is on or which theme is in use.
 */
export interface Theme extends Readonly<Record<ColourRole, string | undefined>> {
	readonly enabled: boolean;
	/** The QR code's modules, whatever the terminal's theme. */
	readonly qrDark: string | undefined;
	readonly qrLight: string | undefined;
	/** The colour for a role a view chose (by status, by target), or undefined without colour. */
	paint(role: ColourRole | undefined): string | undefined;
}

function coloured(name: ThemeName): Theme {
	const palette = PALETTES[name];
	return {...palette, enabled: true, qrDark: '#000000', qrLight: '#ffffff', paint: (role) => role && palette[role]};
}

const PLAIN: Theme = {
	enabled: false,
	accent: undefined,
	success: undefined,
	warning: undefined,
	danger: undefined,
	muted: undefined,
	qrDark: undefined,
	qrLight: undefined,
	paint: () => undefined,
};

const THEMES: Readonly<Record<ThemeName, Theme>> = {dark: coloured('dark'), light: coloured('light')};

/** The theme for these settings: none at all without colour. */
export function themeOf(color: boolean, name: ThemeName = 'dark'): Theme {
	return color ? THEMES[name] : PLAIN;
}

export const ThemeContext = createContext<Theme>(THEMES.dark);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

/** Whether the dashboard may use colour (NO_COLOR unset, a colour terminal). */
export function useColor(): boolean {
	return useTheme().enabled;
}
