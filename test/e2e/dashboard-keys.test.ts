import {describe, expect, it} from 'vitest';
import {KEY_WORDS} from '../../source/words/keys.js';
import {hasColour} from './support/cells.js';
import {
	FIRST_FRAME,
	SIZES,
	completeSteps,
	promptOn,
	runNextStep,
	startDashboard,
	useDashboardTerminals,
} from './support/dashboard.js';
import {decodeScreenQr} from './support/screen-qr.js';
import {startStandaloneSandbox} from './support/standalone-sandbox.js';
import {tmuxAvailable} from './support/terminal.js';

// Review, help, resize, quitting midway and NO_COLOR, in a real terminal.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the dashboard end-to-end tests are skipped (CI installs it).');

const firstLine = (screen: string) => screen.split('\n')[0] ?? '';

describe.skipIf(!available)('the dashboard keys and terminal handling', () => {
	useDashboardTerminals();

	for (const size of SIZES) {
		it(`reviews earlier steps with the arrow keys and goes back to live at ${size.cols}x${size.rows}`, async () => {
			const terminal = await startDashboard(size);
			await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
			const live = await completeSteps(terminal, 3);
			expect(live).not.toContain('Reviewing');
			await terminal.press('Left');
			const second = await terminal.waitFor('Reviewing 2. Create an MFA device');
			expect(second).toContain('reviewing (Esc: live)');
			await terminal.press('Left');
			const first = await terminal.waitFor('Reviewing 1. Create a demo IAM user');
			// What that step did: the user it created.
			expect(first).toMatch(/user: sts-mfa-demo-\w+/);
			await terminal.press('Right');
			await terminal.waitFor('Reviewing 2. Create an MFA device');
			await terminal.press('Escape');
			const back = await terminal.waitForGone('Reviewing');
			expect(promptOn(back)).toBe('next');
			expect(back).toContain('Next ▸ Create an access key');
		});

		it(`opens and closes the help with ? at ${size.cols}x${size.rows}`, async () => {
			const terminal = await startDashboard(size);
			const before = await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
			expect(before).not.toContain('show / hide this help');
			await terminal.type('?');
			const help = await terminal.waitFor('show / hide this help');
			// Every row whole: the help's lines, borders dropped and joined, hold each key's label.
			const joined = help
				.split('\n')
				.map((line) => line.replace(/^[│ ]+|[│ ]+$/g, ''))
				.join(' ')
				.replace(/ +/g, ' ');
			for (const hint of KEY_WORDS.help) expect(joined).toContain(`${hint.key} ${hint.label}`);
			expect(help).toMatch(/close help/);
			await terminal.type('?');
			const closed = await terminal.waitForGone('show / hide this help');
			expect(closed).toMatch(/\? help/);
			await terminal.type('?');
			await terminal.waitFor('show / hide this help');
			await terminal.press('Escape');
			await terminal.waitForGone('show / hide this help');
		});
	}

	it('redraws on resize, says when the terminal is too small, and recovers', async () => {
		const terminal = await startDashboard({cols: 120, rows: 40});
		const wide = await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		// The header spans the width: the target is right-aligned to the last column.
		expect(firstLine(wide)).toHaveLength(120);
		await terminal.resize(80, 24);
		const narrow = await terminal.waitFor((screen) => FIRST_FRAME(screen) && firstLine(screen).length === 80);
		expect(narrow.split('\n')).toHaveLength(24);
		await terminal.resize(70, 20);
		await terminal.waitFor('Terminal too small: 70×20');
		await terminal.resize(100, 30);
		const recovered = await terminal.waitFor((screen) => FIRST_FRAME(screen) && firstLine(screen).length === 100);
		expect(recovered).not.toContain('too small');
		// Still working after all that: the first step runs.
		await completeSteps(terminal, 1);
	});

	it('quits midway with q: tears down what it created, leaves the alternate screen, restores the cursor', async () => {
		const sandbox = await startStandaloneSandbox();
		try {
			const terminal = await startDashboard(
				{cols: 80, rows: 24},
				{args: ['--endpoint', sandbox.endpoint], env: sandbox.env},
			);
			await terminal.waitFor((screen) => promptOn(screen) !== undefined, {timeout: 30_000});
			await completeSteps(terminal, 4);
			const created = await sandbox.leftovers();
			expect(created.users).toHaveLength(1);
			expect(created.devices).toHaveLength(1);
			await terminal.type('q');
			// With something created, q asks first; y tears it down and quits.
			await terminal.waitFor('Quit? Everything created is torn down first.');
			await terminal.type('y');
			await terminal.waitForExit({timeout: 30_000});
			expect(await terminal.alternateScreenOn()).toBe(false);
			expect(terminal.cursorShownAtEnd()).toBe(true);
			expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
		} finally {
			await sandbox.stop();
		}
	});

	it('shows no colour under NO_COLOR=1, and the QR code still decodes', async () => {
		const terminal = await startDashboard({cols: 120, rows: 40}, {env: {NO_COLOR: '1'}});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		await completeSteps(terminal, 2);
		let screen = await terminal.waitFor((now) => promptOn(now) !== undefined);
		if (promptOn(screen) !== 'code') screen = await runNextStep(terminal, screen);
		const qr = await terminal.screen({colours: true});
		expect(hasColour(qr)).toBe(false);
		expect(decodeScreenQr(qr)).toMatch(/^otpauth:\/\/totp\//);
		expect(hasColour(terminal.output())).toBe(false);
	});
});
