import {afterAll, describe, expect, it} from 'vitest';
import {hasColour} from './support/cells.js';
import {completeSteps, promptOn, runNextStep, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {Terminal, tmuxAvailable} from './support/terminal.js';
import {cli} from './support/build.js';
import {ScratchDirs} from '../support/scratch.js';

// Terminals that are not the usual UTF-8 xterm: what sts-mfa does there, in a real pseudo-terminal.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the terminal-kind tests are skipped (CI installs it).');

const scratch = new ScratchDirs();

describe.skipIf(!available)('terminals other than a UTF-8 xterm', () => {
	useDashboardTerminals();
	afterAll(() => scratch.removeAll());

	it('uses the plain log on TERM=dumb, and says so', async () => {
		// tmux sets TERM in its panes itself: the program gets TERM=dumb from env(1), as from a shell.
		const terminal = await Terminal.start(['env', 'TERM=dumb', process.execPath, cli(), '--auto-mfa'], {
			cols: 80,
			rows: 24,
			env: {STS_MFA_STATE_DIR: await scratch.make('sts-mfa-dumb-')},
		});
		const status = await terminal.waitForExit({timeout: 30_000});
		const output = terminal.output();
		expect(status).toBe(0);
		expect(output).toContain('note: TERM=dumb cannot draw the dashboard: showing the plain log instead (as --plain).');
		expect(output).toContain('[8/8] Tear everything down: done');
		// No alternate screen, no cursor movement.
		expect(output).not.toMatch(/\u001B\[\?1049h|\u001B\[\d*[ABCDH]/);
	});

	it('says the QR code needs UTF-8 when the locale is not, and offers the secret key', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {LANG: 'C'}});
		let screen = await completeSteps(terminal, 2);
		if (promptOn(screen) !== 'code') screen = await runNextStep(terminal, screen);
		expect(screen).toContain('The QR code needs a UTF-8 terminal (here LANG=C): press s for the secret key');
		expect(screen).not.toMatch(/[▀▄█]/);
		await terminal.type('s');
		await terminal.waitFor(/press s to hide|[A-Z2-7]{4} [A-Z2-7]{4} [A-Z2-7]{4}/);
	});

	it('takes NO_COLOR="" as not set in plain mode, as on the dashboard', async () => {
		const terminal = await startDashboard(
			{cols: 80, rows: 24},
			{args: ['--plain', '--auto-mfa', '--yes'], env: {NO_COLOR: ''}},
		);
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(0);
		expect(hasColour(terminal.output())).toBe(true);
	});
});
