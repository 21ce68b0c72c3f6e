import type {ThemeName} from './palettes.js';

/*
 * Asks the terminal for its background colour (OSC 11) to choose between the dark and the light
 * theme. The question is followed by a Primary Device Attributes request (DA1), which every
 * VT100-compatible terminal answers: its reply marks the end of what the terminal will say, so a
 * terminal that does not know OSC 11 costs one round trip, not the whole timeout. Everything that
 * came in besides the two replies (keys typed meanwhile) is put back on the input for the dashboard.
 */

const ESC = '\u001B';
const OSC11_QUERY = `${ESC}]11;?${ESC}\\`;
const DA1_QUERY = `${ESC}[c`;
// rgb:R/G/B with 1 to 4 hex digits a component, ended by BEL or ST (ESC \).
const OSC11_REPLY = /\u001B\]11;rgb:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\u0007|\u001B\\)/i;
const DA1_REPLY = /\u001B\[\?[\d;]*c/;

/**
 * How long the terminal has to answer: a local one takes milliseconds, an SSH link a round trip.
 * Generous, because every terminal answers DA1 and a reply that comes after the wait would reach
 * the dashboard as keys; only a terminal that never answers pays it.
 */
export const BACKGROUND_TIMEOUT_MS = 1500;

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
	const match = OSC11_REPLY.exec(text);
	if (!match) return undefined;
	const [red, green, blue] = match.slice(1, 4).map((hex) => Number.parseInt(hex, 16) / (16 ** hex.length - 1));
	return themeForBackground(red ?? 0, green ?? 0, blue ?? 0);
}

export interface TerminalStreams {
	readonly input: NodeJS.ReadStream;
	readonly output: NodeJS.WriteStream;
}

/**
 * The theme for the terminal's background, or undefined when it cannot be asked (not a terminal on
 * both sides) or did not say (no OSC 11, or no answer before the timeout).
 */
export async function askBackground(
	{input, output}: TerminalStreams,
	timeoutMs = BACKGROUND_TIMEOUT_MS,
): Promise<ThemeName | undefined> {
	if (input.isTTY !== true || output.isTTY !== true || typeof input.setRawMode !== 'function') return undefined;
	const wasRaw = input.isRaw === true;
	let received = '';
	input.setRawMode(true);
	let timer: NodeJS.Timeout | undefined;
	let onData: (chunk: Buffer | string) => void = () => {};
	const answered = new Promise<void>((resolve) => {
		timer = setTimeout(resolve, timeoutMs);
		onData = (chunk) => {
			received += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
			if (DA1_REPLY.test(received)) resolve();
		};
	});
	input.on('data', onData);
	output.write(OSC11_QUERY + DA1_QUERY);
	await answered;
	clearTimeout(timer);
	input.off('data', onData);
	input.pause();
	input.setRawMode(wasRaw);
	const theme = themeFromReply(received);
	const rest = received.replace(OSC11_REPLY, '').replace(DA1_REPLY, '');
	if (rest !== '') input.unshift(Buffer.from(rest, 'latin1'));
	return theme;
}
