import {PassThrough, Writable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {askBackground, themeFromReply} from '../../source/theme/background.js';
import {themeSetting} from '../../source/theme/choose.js';
import {resolveTheme} from '../../source/theme/resolve.js';
import {ConfigurationError} from '../../source/errors.js';

/*
 * Asking the terminal for its background (OSC 11): the terminal is played by the test, answering
 * what the program wrote. The reply never stays in the input; keys typed meanwhile do.
 */

const DA1_REPLY = '\u001B[?1;2c';
const WHITE = '\u001B]11;rgb:ffff/ffff/ffff\u0007';
const BLACK = '\u001B]11;rgb:0000/0000/0000\u001B\\';

/** A terminal on both sides; `answer` is what it sends back once it has been asked. */
function fakeTerminal(answer: string | undefined, {tty = true}: {tty?: boolean} = {}) {
	const input = Object.assign(new PassThrough(), {isTTY: tty, isRaw: false}) as PassThrough & NodeJS.ReadStream;
	const modes: boolean[] = [];
	input.setRawMode = (mode: boolean) => {
		modes.push(mode);
		(input as {isRaw: boolean}).isRaw = mode;
		return input;
	};
	let written = '';
	const output = Object.assign(
		new Writable({
			write(chunk, _encoding, callback) {
				written += String(chunk);
				if (answer !== undefined) input.write(answer);
				callback();
			},
		}),
		{isTTY: tty},
	) as Writable & NodeJS.WriteStream;
	return {input, output, modes, written: () => written};
}

/** What is left to read on the input after the question. */
function leftOnInput(input: PassThrough): string {
	const chunk = input.read() as Buffer | null;
	return chunk === null ? '' : chunk.toString('latin1');
}

describe('the terminal background (OSC 11)', () => {
	it('picks the light theme on a white background and the dark one on black, with either terminator', async () => {
		expect(await askBackground(fakeTerminal(WHITE + DA1_REPLY))).toBe('light');
		expect(await askBackground(fakeTerminal(BLACK + DA1_REPLY))).toBe('dark');
		expect(themeFromReply('\u001B]11;rgb:fd/f6/e3\u0007')).toBe('light');
		expect(themeFromReply('\u001B]11;rgb:2828/2c2c/3434\u0007')).toBe('dark');
	});

	it('asks with OSC 11 then DA1, and puts the terminal back in the mode it found it in', async () => {
		const terminal = fakeTerminal(WHITE + DA1_REPLY);
		await askBackground(terminal);
		expect(terminal.written()).toBe('\u001B]11;?\u001B\\\u001B[c');
		expect(terminal.modes).toEqual([true, false]);
	});

	it('leaves the keys typed around the reply on the input, and none of the reply', async () => {
		const terminal = fakeTerminal(`q${WHITE}1${DA1_REPLY}a`);
		expect(await askBackground(terminal)).toBe('light');
		expect(leftOnInput(terminal.input)).toBe('q1a');
	});

	it('takes a terminal without OSC 11 at its DA1 answer, without waiting for the timeout', async () => {
		const terminal = fakeTerminal(DA1_REPLY);
		// The timeout is longer than the test may run: only the DA1 answer can end the wait.
		expect(await askBackground(terminal, 600_000)).toBeUndefined();
		expect(leftOnInput(terminal.input)).toBe('');
	});

	it('gives up after the timeout when the terminal says nothing, and asks nothing when either side is not a terminal', async () => {
		expect(await askBackground(fakeTerminal(undefined), 10)).toBeUndefined();
		const piped = fakeTerminal(WHITE + DA1_REPLY, {tty: false});
		expect(await askBackground(piped)).toBeUndefined();
		expect(piped.written()).toBe('');
	});

	it('is dark when the terminal cannot say, and never asked under NO_COLOR or for a theme chosen', async () => {
		expect(await resolveTheme('auto', true, fakeTerminal(DA1_REPLY))).toBe('dark');
		expect(await resolveTheme('auto', true, fakeTerminal(WHITE + DA1_REPLY))).toBe('light');
		const noColour = fakeTerminal(WHITE + DA1_REPLY);
		expect(await resolveTheme('auto', false, noColour)).toBe('dark');
		const chosen = fakeTerminal(BLACK + DA1_REPLY);
		expect(await resolveTheme('light', true, chosen)).toBe('light');
		expect(noColour.written() + chosen.written()).toBe('');
	});
});

describe('the theme setting', () => {
	it('is --theme, else STS_MFA_THEME, else auto; a bad value in the variable is named', () => {
		expect(themeSetting('light', {STS_MFA_THEME: 'dark'})).toBe('light');
		expect(themeSetting(undefined, {STS_MFA_THEME: 'light'})).toBe('light');
		expect(themeSetting(undefined, {STS_MFA_THEME: ''})).toBe('dark');
		expect(themeSetting(undefined, {})).toBe('dark');
		expect(() => themeSetting(undefined, {STS_MFA_THEME: 'solarized'})).toThrow(ConfigurationError);
		expect(() => themeSetting(undefined, {STS_MFA_THEME: 'solarized'})).toThrow(
			"STS_MFA_THEME must be dark, light or auto, got 'solarized'",
		);
	});
});
