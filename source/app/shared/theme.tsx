import {createContext, useContext} from 'react';

/** Whether the dashboard may use colour (NO_COLOR unset, a colour terminal). */
export const ColorContext = createContext<boolean>(true);

export function useColor(): boolean {
	return useContext(ColorContext);
}

/** NO_COLOR (https://no-color.org): present and not empty disables colour. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

/**
 * The dashboard's colours by what they mean. Without colour each is undefined, which Ink draws in
 * the terminal's own foreground: views say what a thing is (`theme.danger`), never whether colour is on.
 */
export interface Theme {
	readonly enabled: boolean;
	/** Headings, the focused step, the prompt. */
	readonly accent: string | undefined;
	readonly success: string | undefined;
	readonly warning: string | undefined;
	readonly danger: string | undefined;
	/** The QR code's modules, whatever the terminal's theme. */
	readonly qrDark: string | undefined;
	readonly qrLight: string | undefined;
	/** A colour chosen by a view (by status, by target), or undefined without colour. */
	paint(colour: string | undefined): string | undefined;
}

const COLOURED: Theme = {
	enabled: true,
	accent: 'cyan',
	success: 'green',
	warning: 'yellow',
	danger: 'red',
	qrDark: '#000000',
	qrLight: '#ffffff',
	paint: (colour) => colour,
};

const PLAIN: Theme = {
	enabled: false,
	accent: undefined,
	success: undefined,
	warning: undefined,
	danger: undefined,
	qrDark: undefined,
	qrLight: undefined,
	paint: () => undefined,
};

export function useTheme(): Theme {
	return useColor() ? COLOURED : PLAIN;
}
