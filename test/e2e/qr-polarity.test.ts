import {describe, expect, it} from 'vitest';
import {hasColour} from './support/cells.js';
import {completeSteps, promptOn, runNextStep, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {decodeScreenQr} from './support/screen-qr.js';
import {tmuxAvailable, type Terminal} from './support/terminal.js';

/*
 * Without colour (NO_COLOR) the QR code can only use the terminal's own colours, and a scanner reads
 * it on one background only: the screen says which, and `i` (or --light-background) flips it. In
 * --json mode on a terminal the code is drawn black on white, like the dashboard's, on stderr.
 */
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the QR polarity tests are skipped (CI installs it).');

const URI = /^otpauth:\/\/totp\/sts-mfa-demo-\w+@\d{12}\?secret=[A-Z2-7]+&issuer=AWS$/;

/** The words beside the 45-column code at 80 columns, as one line. */
function sideText(screen: string): string {
	return screen
		.replace(/\u001B\[[\d;]*m/g, '')
		.split('\n')
		.map((line) => [...line].slice(46).join(''))
		.join(' ')
		.replace(/\s+/g, ' ');
}

async function qrScreen(terminal: Terminal): Promise<string> {
	let screen = await completeSteps(terminal, 2);
	if (promptOn(screen) !== 'code') screen = await runNextStep(terminal, screen);
	return terminal.waitFor('Scan with an authenticator app', {colours: true});
}

describe.skipIf(!available)('the QR code without colour', () => {
	useDashboardTerminals();

	it('is drawn for a dark background, says so, and i redraws it for a light one', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {NO_COLOR: '1'}});
		const dark = await qrScreen(terminal);
		expect(hasColour(dark)).toBe(false);
		expect(sideText(dark)).toContain('Drawn for a dark background: press i for a light one.');
		expect(dark).toMatch(/i invert QR/);
		expect(decodeScreenQr(dark, {theme: 'dark'})).toMatch(URI);
		// The same glyphs on a light theme are a negative image, which scanners reject.
		expect(decodeScreenQr(dark, {theme: 'light'})).toBeUndefined();

		await terminal.type('i');
		const light = await terminal.waitFor((screen) => screen.includes('Drawn for a light background'), {
			colours: true,
		});
		expect(decodeScreenQr(light, {theme: 'light'})).toBe(decodeScreenQr(dark, {theme: 'dark'}));
		expect(decodeScreenQr(light, {theme: 'dark'})).toBeUndefined();
		await terminal.press('C-c');
		await terminal.waitForExit({timeout: 30_000});
	});

	it('starts drawn for a light background with --light-background', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--light-background'], env: {NO_COLOR: '1'}});
		const screen = await qrScreen(terminal);
		expect(sideText(screen)).toContain('Drawn for a light background: press i for a dark one.');
		expect(decodeScreenQr(screen, {theme: 'light'})).toMatch(URI);
		await terminal.press('C-c');
		await terminal.waitForExit({timeout: 30_000});
	});

	it('is drawn for the named background in plain mode, which says so', async () => {
		for (const [args, theme] of [
			[[], 'dark'],
			[['--light-background'], 'light'],
		] as const) {
			const terminal = await startDashboard(
				{cols: 100, rows: 60},
				{args: ['--plain', '--yes', ...args], env: {NO_COLOR: '1'}},
			);
			const screen = await terminal.waitFor('MFA code 1 of 2', {colours: true, timeout: 20_000});
			expect(hasColour(screen)).toBe(false);
			expect(screen).toContain(`Drawn for a ${theme} terminal background`);
			expect(decodeScreenQr(screen, {theme})).toMatch(URI);
			await terminal.press('C-c');
			await terminal.waitForExit({timeout: 30_000});
		}
	});
});

describe.skipIf(!available)('the QR code in --json mode on a terminal', () => {
	useDashboardTerminals();

	it('is drawn black on white, so it scans on dark and light themes alike', async () => {
		const terminal = await startDashboard({cols: 100, rows: 60}, {args: ['--json', '--yes']});
		const screen = await terminal.waitFor('MFA code 1 of 2', {colours: true, timeout: 20_000});
		const uri = decodeScreenQr(screen, {theme: 'dark'});
		expect(uri).toMatch(URI);
		expect(decodeScreenQr(screen, {theme: 'light'})).toBe(uri);
		await terminal.press('C-c');
		await terminal.waitForExit({timeout: 30_000});
	});
});
