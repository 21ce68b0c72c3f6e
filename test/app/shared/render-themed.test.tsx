import chalk from 'chalk';
import {Text} from 'ink';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {renderThemed} from '../../../source/app/shared/render-themed.js';
import {useTheme} from '../../../source/app/shared/theme.js';
import {PALETTES, type ThemeName} from '../../../source/theme/palettes.js';
import {eventually} from '../fixtures.js';
import {fakeTerminal, useColourChalk} from '../fake-terminal.js';

/*
 * The set-up the dashboard, the check view and the session prompt share: the colours are those the
 * terminal drawn on can show, none under NO_COLOR, in the theme its background asks for.
 */

useColourChalk();
afterEach(() => {
	vi.unstubAllEnvs();
});

function Accent() {
	return <Text color={useTheme().accent}>accent</Text>;
}

/** A fake terminal that reports `depth` bits of colour, as Node's tty.WriteStream does. */
function terminalWithDepth(depth: number | undefined) {
	const terminal = fakeTerminal();
	if (depth !== undefined) Object.assign(terminal.stdout, {getColorDepth: () => depth});
	return terminal;
}

function show(terminal: ReturnType<typeof fakeTerminal>, theme: {now?: ThemeName; later?: Promise<ThemeName>} = {}) {
	return renderThemed(() => <Accent />, theme, {...terminal.streams, exitOnCtrlC: false, patchConsole: false});
}

/** The escape that sets the foreground to `hex` in millions of colours. */
function trueColour(hex: string): string {
	const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
	return `\u001B[38;2;${red};${green};${blue}m`;
}

describe('a themed view', () => {
	it('colours in as many colours as the terminal reports: 256 or millions', async () => {
		for (const [depth, sequence] of [
			[8, '\u001B[38;5;'],
			[24, trueColour(PALETTES.dark.accent)],
		] as const) {
			const terminal = terminalWithDepth(depth);
			const view = show(terminal, {now: 'dark'});
			await eventually(() => expect(terminal.text()).toContain('accent'));
			expect(terminal.text()).toContain(sequence);
			view.instance.unmount();
			view.close();
		}
		expect(chalk.level).toBe(3);
	});

	it('is redrawn in the theme the terminal asks for when its answer comes after the first frame', async () => {
		const terminal = terminalWithDepth(24);
		let answer: (theme: ThemeName) => void = () => {};
		const later = new Promise<ThemeName>((resolve) => {
			answer = resolve;
		});
		const view = show(terminal, {now: 'dark', later});
		await eventually(() => expect(terminal.text()).toContain(trueColour(PALETTES.dark.accent)));
		answer('light');
		await eventually(() => expect(terminal.text()).toContain(trueColour(PALETTES.light.accent)));
		view.instance.unmount();
		view.close();
	});

	it('has no colour under NO_COLOR until the last of two views up at once has closed (serve --ssh)', async () => {
		vi.stubEnv('NO_COLOR', '1');
		const first = show(terminalWithDepth(undefined));
		const second = terminalWithDepth(undefined);
		const secondView = show(second);
		first.instance.unmount();
		first.close();
		expect(chalk.level).toBe(0);
		secondView.redraw();
		await eventually(() => expect(second.text()).toContain('accent'));
		expect(second.text()).not.toMatch(/\u001B\[[\d;]*m/);
		secondView.instance.unmount();
		secondView.close();
		expect(chalk.level).toBe(3);
	});
});
