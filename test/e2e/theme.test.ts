import {describe, expect, it} from 'vitest';
import type {ThemeName} from '../../source/theme/palettes.js';
import {accentPainted} from '../support/accent.js';
import {FIRST_FRAME, runNextStep, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {tmuxAvailable} from './support/terminal.js';

/*
 * The dashboard's colour theme in a real terminal: chosen by --theme or STS_MFA_THEME, or by the
 * background the terminal reports (tmux answers OSC 11 with its pane's background when it is set).
 */
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the theme tests are skipped (CI installs it).');

/** Which theme's accent the screen (read with its colours) is drawn in. */
function themeOn(screen: string): ThemeName | undefined {
	const dark = accentPainted(screen, 'dark');
	const light = accentPainted(screen, 'light');
	return dark === light ? undefined : dark ? 'dark' : 'light';
}

describe.skipIf(!available)('the colour theme', () => {
	useDashboardTerminals();

	it('follows a light terminal background by default (OSC 11), and the reply never reaches the keys', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {background: '#ffffff'});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		// tmux answers at once; were it slower than the dashboard's start, the frames after its answer turn light.
		await terminal.waitFor((screen) => themeOn(screen) === 'light', {colours: true});
		// The reply's bytes were taken off the input: the first key is the user's own.
		const next = await runNextStep(terminal, await terminal.waitFor(/Press Enter to start/, {timeout: 30_000}));
		expect(next).toMatch(/✓ 1\. Create a demo IAM user/);
		await terminal.type('q');
		await terminal.waitFor(/Quit\?/);
		await terminal.type('y');
		expect(await terminal.waitForExit({timeout: 20_000})).toBe(0);
	});

	it('is dark where the terminal does not say, and as chosen by --theme or STS_MFA_THEME whatever it says', async () => {
		const cases: readonly [Parameters<typeof startDashboard>[1], ThemeName][] = [
			[{}, 'dark'],
			[{background: '#ffffff', args: ['--theme', 'dark']}, 'dark'],
			[{args: ['--theme', 'light']}, 'light'],
			[{background: '#ffffff', env: {STS_MFA_THEME: 'dark'}}, 'dark'],
		];
		for (const [options, theme] of cases) {
			const terminal = await startDashboard({cols: 80, rows: 24}, options);
			await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
			expect(themeOn(await terminal.screen({colours: true})), JSON.stringify(options)).toBe(theme);
			await terminal.kill();
		}
	});

	it('refuses a bad STS_MFA_THEME or --theme, naming it, with exit status 2', async () => {
		const variable = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_THEME: 'solarized'}});
		expect(await variable.waitForExit({timeout: 30_000})).toBe(2);
		expect((await variable.screen({history: true})).replace(/\s+/g, ' ')).toContain(
			"sts-mfa: STS_MFA_THEME must be dark, light or auto, got 'solarized'",
		);
		const flag = await startDashboard({cols: 80, rows: 24}, {args: ['--theme', 'sepia']});
		expect(await flag.waitForExit({timeout: 30_000})).toBe(2);
		expect((await flag.screen({history: true})).replace(/\s+/g, ' ')).toContain(
			"sts-mfa: --theme must be dark, light or auto, got 'sepia'",
		);
	});
});
