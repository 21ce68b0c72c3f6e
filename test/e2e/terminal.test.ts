import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {hasColour} from './support/cells.js';
import {decodeScreenQr} from './support/screen-qr.js';
import {isRunning} from '../support/processes.js';
import {Terminal, killAllTerminals, tmuxAvailable} from './support/terminal.js';
import {readUntil} from '../support/wait-until.js';

// The harness the dashboard tests stand on, checked against tiny programs whose behaviour is known.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the pseudo-terminal tests are skipped (CI installs it).');

const fixture = (name: string) => fileURLToPath(new URL(`support/fixtures/${name}`, import.meta.url));
const URI = 'otpauth://totp/sts-mfa:demo-user?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=sts-mfa';

describe.skipIf(!available)('the pseudo-terminal harness', () => {
	afterEach(killAllTerminals);

	it('runs a full-screen program at the given size, types keys and sees it restore the terminal', async () => {
		const terminal = await Terminal.start([process.execPath, fixture('alt-screen-echo.mjs')], {cols: 80, rows: 24});
		const first = await terminal.waitFor('size 80x24');
		expect(first.split('\n')[23]).toBe('bottom line');
		expect(await terminal.alternateScreenOn()).toBe(true);
		expect(await terminal.cursorVisible()).toBe(false);
		await terminal.press('Enter', 'Left', 'Right', 'Escape');
		await terminal.type('?');
		await terminal.waitFor('keys: Enter Left Right Escape ?');
		await terminal.type('q');
		expect(await terminal.waitForExit()).toBe(3);
		expect(await terminal.alternateScreenOn()).toBe(false);
		expect(terminal.cursorShownAtEnd()).toBe(true);
		expect(terminal.output()).toContain('keys: Enter Left Right Escape ?');
	});

	it('resizes the terminal and the program redraws at the new size', async () => {
		const terminal = await Terminal.start([process.execPath, fixture('alt-screen-echo.mjs')], {cols: 120, rows: 40});
		await terminal.waitFor('size 120x40');
		await terminal.resize(60, 20);
		const screen = await terminal.waitFor('size 60x20');
		expect(screen.split('\n')[19]).toBe('bottom line');
		expect(await terminal.size()).toEqual({cols: 60, rows: 20});
	});

	it('waits, when asked, for a screen that two reads agree on', async () => {
		// The reads a torn frame gives: the new top over the old bottom, then the whole new frame.
		const reads = (...screens: string[]) => {
			const terminal = Object.create(Terminal.prototype) as Terminal;
			let index = 0;
			terminal.screen = async () => screens[Math.min(index++, screens.length - 1)]!;
			return terminal;
		};
		const torn = ['QR\nEnter next step', 'QR\na auto code', 'QR\na auto code'];
		expect(await reads(...torn).waitFor(/QR/)).toBe('QR\nEnter next step');
		expect(await reads(...torn).waitFor(/QR/, {settled: true})).toBe('QR\na auto code');
		// A screen still changing is not settled; the one it rests on is.
		expect(await reads('tick 1', 'tick 2', 'tick 3').waitFor(/tick/, {settled: true})).toBe('tick 3');
	});

	it('reports a program that is still running as not exited, and kill() ends it', async () => {
		const terminal = await Terminal.start([process.execPath, fixture('alt-screen-echo.mjs')], {cols: 80, rows: 24});
		await terminal.waitFor('size 80x24');
		expect(await terminal.exitStatus()).toBeUndefined();
		expect(terminal.cursorShownAtEnd()).toBe(false);
		await terminal.kill();
		await expect(terminal.screen()).rejects.toThrow();
	});

	it('kill() also ends a program that ignores the hang-up and SIGTERM, and what that program started', async () => {
		// The grandchild inherits the ignored signals through exec, and outlives its parent's SIGKILL.
		const stubborn =
			"for (const s of ['SIGHUP', 'SIGTERM']) process.on(s, () => {}); require('node:child_process').spawn('sh', ['-c', 'trap \"\" HUP TERM; sleep 300'], {stdio: 'ignore'}); console.log('ready'); setInterval(() => {}, 1000);";
		const terminal = await Terminal.start([process.execPath, '-e', stubborn], {cols: 80, rows: 24});
		await terminal.waitFor('ready');
		const running = await readUntil(
			() => terminal.runningProcesses(),
			(processes) => processes.length >= 3,
		);
		expect(running).toHaveLength(3);
		await terminal.kill();
		expect(running.filter(isRunning)).toEqual([]);
	});

	it('passes only the environment it is given', async () => {
		const terminal = await Terminal.start(['sh', '-c', 'echo "term=$TERM x=$X_E2E home=${VITEST:-none}"; exit 0'], {
			cols: 80,
			rows: 24,
			env: {X_E2E: 'yes'},
		});
		expect(await terminal.waitForExit()).toBe(0);
		expect(await terminal.screen({history: true})).toContain('term=xterm-256color x=yes home=none');
	});

	it('reports a program killed by a signal as 128 + the signal number', async () => {
		const terminal = await Terminal.start(['sh', '-c', 'kill -TERM $$'], {cols: 80, rows: 24});
		expect(await terminal.waitForExit()).toBe(143);
	});

	for (const colours of ['explicit', 'inverted', 'none'] as const) {
		it(`decodes a half-block QR code drawn with ${colours} colours back to its text`, async () => {
			const terminal = await Terminal.start([process.execPath, fixture('qr.mjs'), URI, colours], {cols: 120, rows: 40});
			const screen = await terminal.waitFor('done', {colours: true});
			expect(hasColour(screen)).toBe(colours !== 'none');
			expect(decodeScreenQr(screen)).toBe(URI);
		});
	}

	it('finds no QR code on a screen without one', async () => {
		const terminal = await Terminal.start([process.execPath, fixture('alt-screen-echo.mjs')], {cols: 80, rows: 24});
		expect(decodeScreenQr(await terminal.waitFor('size 80x24', {colours: true}))).toBeUndefined();
	});
});
