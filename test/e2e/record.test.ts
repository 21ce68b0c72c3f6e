import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ScratchDirs} from '../support/scratch.js';
import {becomes} from '../support/wait-until.js';
import {type Cast, castOutput, readCast, replayCast, trimmed} from './support/cast-replay.js';
import {FIRST_FRAME, revealedSeed, runToSummary, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {type Terminal, tmuxAvailable} from './support/terminal.js';

/*
 * `--record FILE.cast` through the built CLI in a real terminal: the file, replayed in a headless
 * terminal, shows what the live screen shows, with the revealed seed as dots; it is owner-only and
 * complete up to the moment a killed run stopped.
 */

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the --record end-to-end tests are skipped (CI installs it).');

const scratch = new ScratchDirs();

/** The live screen as the recording must show it: the seed's groups as dots. */
function withoutSeed(screen: string, seed: string | undefined): string {
	if (seed === undefined) return screen;
	let masked = screen;
	for (const group of seed.match(/.{1,4}/g) ?? []) masked = masked.split(group).join('•'.repeat(group.length));
	return masked;
}

/** Waits until the recording so far, replayed, shows the live screen (both read again each time: codes count down). */
async function replayMatchesLive(
	terminal: Terminal,
	file: string,
	seed?: string,
): Promise<{live: string; replay: string}> {
	let live = '';
	let replay = '';
	await becomes(
		async () => {
			live = trimmed(withoutSeed(await terminal.screen(), seed));
			replay = trimmed(await replayCast(readCast(file)));
			return live === replay;
		},
		{timeoutMs: 30_000, intervalMs: 100},
	);
	return {live, replay};
}

describe.skipIf(!available)('--record FILE.cast', () => {
	useDashboardTerminals();
	afterEach(() => scratch.removeAll());

	it('records the embedded sandbox demo as drawn: the QR code kept, the revealed seed as dots, the summary', async () => {
		const file = join(scratch.makeSync('sts-mfa-record-'), 'demo.cast');
		const terminal = await startDashboard({cols: 120, rows: 40}, {args: ['--record', file]});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		let seed: string | undefined;
		let qrScreen = {live: '', replay: ''};
		const summary = await runToSummary(terminal, async (_screen, index) => {
			if (index !== 0) return;
			await terminal.type('s');
			seed = revealedSeed(await terminal.waitFor((now) => revealedSeed(now) !== undefined));
			qrScreen = await replayMatchesLive(terminal, file, seed);
		});
		expect(seed).toMatch(/^[A-Z2-7]{16,}$/);
		expect(qrScreen.replay).toBe(qrScreen.live);
		// The QR code is on the replayed screen (half blocks), the seed is not.
		expect(qrScreen.replay).toMatch(/[▀▄█]{7}/);
		expect(qrScreen.replay).toContain('•••• ••••');
		expect(summary).toContain('Torn down: nothing left behind');
		const end = await replayMatchesLive(terminal, file);
		expect(end.replay).toBe(end.live);

		await terminal.type('q');
		expect(await terminal.waitForExit()).toBe(0);
		const cast = readCast(file);
		expect(cast.header).toMatchObject({version: 2, width: 120, height: 40});
		expect(statSync(file).mode & 0o777).toBe(0o600);
		const recorded = castOutput(cast);
		for (const form of [seed!, seed!.match(/.{1,4}/g)!.join(' '), ...seed!.match(/.{4}/g)!.slice(0, 2)])
			expect(recorded).not.toContain(form);
		// After the dashboard: the summary on the normal screen, as the live terminal shows it.
		const after = trimmed(await replayCast(cast));
		expect(after).toContain('sts-mfa: proved');
		// (tmux scrolls a line away to say the pane is dead: read its history too.)
		expect(trimmed(await terminal.screen({history: true}))).toContain(after);
	}, 90_000);

	it('records a resize, and a killed run leaves a file that plays up to that moment', async () => {
		const file = join(scratch.makeSync('sts-mfa-record-'), 'killed.cast');
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--record', file]});
		// Once the sandbox has started, nothing moves on the screen until a key.
		await terminal.waitFor('Press Enter to start', {timeout: 30_000});
		await terminal.resize(100, 30);
		// Redrawn for the new size: the header spans the 100 columns.
		await terminal.waitFor((screen) => FIRST_FRAME(screen) && (screen.split('\n')[0] ?? '').length === 100);
		const resized = await replayMatchesLive(terminal, file);
		expect(resized.replay).toBe(resized.live);
		terminal.signalProgram('SIGKILL');
		await terminal.waitForExit();
		const cast: Cast = readCast(file);
		expect(cast.events.filter(([, code]) => code === 'r').map(([, , size]) => size)).toContain('100x30');
		expect(trimmed(await replayCast(cast))).toBe(resized.live);
		expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
	}, 60_000);
});
