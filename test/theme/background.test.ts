import {PassThrough, Writable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {askBackground} from '../../source/theme/background.js';
import {themeSetting} from '../../source/theme/choose.js';
import {ReplyFilter, themeFromReply} from '../../source/theme/replies.js';
import {startTheme} from '../../source/theme/resolve.js';
import {ConfigurationError} from '../../source/errors.js';

/*
 * Asking the terminal for its background (OSC 11): the terminal is played by the test, answering
 * what the program wrote. The answer never reaches the keys; every key does, whenever it comes.
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

/** Everything the keys stream holds once it has ended. */
async function allKeys(keys: NodeJS.ReadStream): Promise<string> {
	let text = '';
	for await (const chunk of keys) text += (chunk as Buffer).toString('latin1');
	return text;
}

describe('the answers taken out of the input', () => {
	it('reads the background with either terminator: light on white, dark on black and on a dark grey', () => {
		expect(themeFromReply(WHITE)).toBe('light');
		expect(themeFromReply(BLACK)).toBe('dark');
		expect(themeFromReply('\u001B]11;rgb:fd/f6/e3\u0007')).toBe('light');
		expect(themeFromReply('\u001B]11;rgb:2828/2c2c/3434\u0007')).toBe('dark');
	});

	it('keeps the keys typed before, between and after the answers, in one read', () => {
		const filter = new ReplyFilter();
		expect(filter.take(`q${WHITE}1${DA1_REPLY}a`)).toBe('q1a');
		expect(filter.theme).toBe('light');
		expect(filter.answered).toBe(true);
	});

	it('puts together an answer split over reads, and lets the keys after it through', () => {
		const filter = new ReplyFilter();
		expect(filter.take('?\u001B]11;rgb:ffff/ff')).toBe('?');
		expect(filter.take('ff/ffff\u001B')).toBe('');
		expect(filter.take('\\\u001B[?1;')).toBe('');
		expect(filter.answered).toBe(false);
		expect(filter.take('2c\r')).toBe('\r');
		expect(filter.theme).toBe('light');
	});

	it('hands on a read without an escape unchanged, whether the answer is awaited or known', () => {
		const filter = new ReplyFilter();
		expect(filter.take('?\r')).toBe('?\r');
		expect(filter.take('123 456')).toBe('123 456');
		expect(filter.theme).toBeUndefined();
		expect(filter.take(`${WHITE}${DA1_REPLY}`)).toBe('');
		expect(filter.take('yq')).toBe('yq');
		// A later answer saying otherwise is taken out and changes nothing: the first one counts.
		expect(filter.take(`n${BLACK}`)).toBe('n');
		expect(filter.theme).toBe('light');
	});

	it('completes an answer whose rest, without an escape, comes in the next read', () => {
		const filter = new ReplyFilter();
		expect(filter.take('\u001B]11;rgb:ff')).toBe('');
		expect(filter.take('ff/ffff/ffff\u0007j')).toBe('j');
		expect(filter.theme).toBe('light');
	});

	it('holds an Esc typed while the answer is awaited only until it gives up, then gives it back', () => {
		const filter = new ReplyFilter();
		expect(filter.take('\u001B')).toBe('');
		expect(filter.giveUp()).toBe('\u001B');
		expect(filter.take('\u001B')).toBe('\u001B');
	});

	it('removes an answer that comes after it stopped waiting, keeping the keys around it', () => {
		const filter = new ReplyFilter();
		filter.giveUp();
		expect(filter.take(`?${BLACK}${DA1_REPLY}q`)).toBe('?q');
		expect(filter.theme).toBe('dark');
	});
});

describe('the question', () => {
	it('asks OSC 11 then DA1 in raw mode, hands on the keys without the answer, and gives the terminal back', async () => {
		const terminal = fakeTerminal(`q${WHITE}1${DA1_REPLY}`);
		const question = askBackground(terminal);
		expect(question).toBeDefined();
		expect(terminal.written()).toBe('\u001B]11;?\u001B\\\u001B[c');
		expect(await question?.answered).toBe('light');
		expect(question?.theme()).toBe('light');
		terminal.input.write('a');
		await new Promise((resolve) => setImmediate(resolve));
		question?.close();
		expect(await allKeys(question!.keys)).toBe('q1a');
		expect(terminal.modes).toEqual([true, false]);
		expect(terminal.input.listenerCount('data')).toBe(0);
	});

	it('takes a terminal without OSC 11 at its DA1 answer, and one that never answers after the wait', async () => {
		const withoutOsc11 = askBackground(fakeTerminal(DA1_REPLY), 600_000);
		// The wait is longer than the test may run: only the DA1 answer can settle it.
		expect(await withoutOsc11?.answered).toBeUndefined();
		withoutOsc11?.close();
		const silent = askBackground(fakeTerminal(undefined), 10);
		expect(await silent?.answered).toBeUndefined();
		silent?.close();
	});

	it('asks nothing when either side is not a terminal', () => {
		const piped = fakeTerminal(WHITE + DA1_REPLY, {tty: false});
		expect(askBackground(piped)).toBeUndefined();
		expect(piped.written()).toBe('');
	});
});

describe("a view's theme", () => {
	it('is dark until the terminal has answered, then what it said; a chosen theme or NO_COLOR asks nothing', async () => {
		const asked = fakeTerminal(undefined);
		const auto = startTheme('auto', true, asked);
		expect(auto.now()).toBe('dark');
		expect(auto.input).not.toBe(asked.input);
		asked.input.write(WHITE + DA1_REPLY);
		expect(await auto.later).toBe('light');
		expect(auto.now()).toBe('light');
		auto.close();
		const noColour = fakeTerminal(WHITE + DA1_REPLY);
		expect(startTheme('auto', false, noColour).now()).toBe('dark');
		const chosen = fakeTerminal(BLACK + DA1_REPLY);
		const light = startTheme('light', true, chosen);
		expect(light.now()).toBe('light');
		expect(light.input).toBe(chosen.input);
		expect(noColour.written() + chosen.written()).toBe('');
	});
});

describe('the theme setting', () => {
	it('is --theme, else STS_MFA_THEME, else auto; a bad value in the variable is named', () => {
		expect(themeSetting('light', {STS_MFA_THEME: 'dark'})).toBe('light');
		expect(themeSetting(undefined, {STS_MFA_THEME: 'light'})).toBe('light');
		expect(themeSetting(undefined, {STS_MFA_THEME: ''})).toBe('auto');
		expect(themeSetting(undefined, {})).toBe('auto');
		expect(() => themeSetting(undefined, {STS_MFA_THEME: 'solarized'})).toThrow(ConfigurationError);
		expect(() => themeSetting(undefined, {STS_MFA_THEME: 'solarized'})).toThrow(
			"STS_MFA_THEME must be dark, light or auto, got 'solarized'",
		);
	});
});
