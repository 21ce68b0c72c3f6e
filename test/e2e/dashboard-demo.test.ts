import {describe, expect, it} from 'vitest';
import {hasColour} from './support/cells.js';
import {
	FIRST_FRAME,
	SIZES,
	revealedSeed,
	runToSummary,
	startDashboard,
	useDashboardTerminals,
} from './support/dashboard.js';
import {decodeScreenQr} from './support/screen-qr.js';
import {tmuxAvailable, type Terminal} from './support/terminal.js';

// The whole demo in a real terminal, as a presenter runs it: Enter through the steps, `a` for codes.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the dashboard end-to-end tests are skipped (CI installs it).');

/**
 * On the enabling screen: the seed stays hidden until `s`; where the QR code is drawn it decodes to
 * the device's otpauth URI, whose secret is exactly the seed `s` reveals. Where the screen says it
 * has no room for the code, nothing half-drawn may be on it.
 */
async function checkDeviceScreen(terminal: Terminal, screen: string, qrRequired: boolean): Promise<void> {
	expect(screen).toContain('press s to reveal');
	const uri = decodeScreenQr(screen);
	await terminal.type('s');
	const seed = revealedSeed(await terminal.waitFor((now) => revealedSeed(now) !== undefined));
	expect(seed).toMatch(/^[A-Z2-7]{16,}$/);
	expect(screen).not.toContain(`${seed!.slice(0, 4)} ${seed!.slice(4, 8)}`);
	const noRoom = screen.includes('too small for the QR code: add the secret key by hand');
	if (qrRequired) expect(noRoom).toBe(false);
	if (noRoom) {
		expect(uri).toBeUndefined();
		return;
	}
	expect(uri, `no readable QR code on:\n${screen}`).toMatch(/^otpauth:\/\/totp\//);
	expect(new URL(uri!).searchParams.get('secret')).toBe(seed);
}

describe.skipIf(!available)('the dashboard, end to end', () => {
	useDashboardTerminals();

	for (const size of SIZES) {
		it(`runs the whole demo at ${size.cols}x${size.rows} with the built-in authenticator, shows the summary and restores the terminal`, async () => {
			const terminal = await startDashboard(size);
			const first = await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
			expect(await terminal.alternateScreenOn()).toBe(true);
			expect(first.split('\n')).toHaveLength(size.rows);
			expect(hasColour(await terminal.screen({colours: true}))).toBe(true);

			const codeScreens: string[] = [];
			const summary = await runToSummary(terminal, async (screen, index) => {
				codeScreens.push(screen);
				// 120x40 has room for the code; 80x24 may not (AWS seeds are 64 characters).
				if (index === 0) await checkDeviceScreen(terminal, screen, size.rows >= 40);
			});
			// Two code entries: enabling the device (two codes) and the session (a fresh one).
			expect(codeScreens).toHaveLength(2);
			// The panel may wrap these lines at 80 columns; their beginnings say it all.
			expect(summary).toContain('✓ Proved: denied without MFA');
			expect(summary).toContain('✓ Torn down: nothing left behind');

			await terminal.type('q');
			expect(await terminal.waitForExit()).toBe(0);
			expect(await terminal.alternateScreenOn()).toBe(false);
			expect(terminal.cursorShownAtEnd()).toBe(true);
			// The whole demo through tmux: a few seconds alone, over 30 on a loaded two-core machine.
		}, 120_000);
	}
});
