import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {createServer, type Server, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SESSION_TOKEN} from '../../source/scenario/scenarios/session-token.js';
import {startDashboard, useDashboardTerminals} from '../e2e/support/dashboard.js';
import {startStandaloneSandbox} from '../e2e/support/standalone-sandbox.js';
import {tmuxAvailable} from '../e2e/support/terminal.js';
import {becomes, readUntil} from '../support/wait-until.js';

// The dashboard's start-up through the built CLI in a real terminal: what the first frame shows, and
// quitting before the target has answered. Timings are the benchmark's business, not these tests'.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the dashboard start-up tests are skipped (CI installs it).');

const ESCAPES = /\u001B\[[\d;?]*[A-Za-z]|\u001B[()][A-Z0-9]|\u001B[78=>]/g;

/** The text of the first frame the program wrote: everything up to the status bar's help hint. */
function firstFrame(output: string): string | undefined {
	const text = output.replace(ESCAPES, '');
	const end = text.indexOf('? help');
	return end === -1 ? undefined : text.slice(0, end + '? help'.length);
}

/** An endpoint that accepts connections and never answers: the target stays "connecting". */
async function silentEndpoint(): Promise<{endpoint: string; close: () => Promise<void>}> {
	const sockets = new Set<Socket>();
	const server: Server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return {
		endpoint: `http://127.0.0.1:${address.port}`,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

describe.skipIf(!available)('the dashboard at start-up', () => {
	useDashboardTerminals();

	it('draws the whole dashboard before the local sandbox has answered', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await terminal.waitFor('Press Enter to start.', {timeout: 30_000});
		const frame = firstFrame(terminal.output());
		expect(frame).toBeDefined();
		// The header with the target, every step still to do, an empty trace and the key hints.
		expect(frame).toContain('LOCAL SANDBOX — not AWS · us-east-1');
		for (const [index, step] of SESSION_TOKEN.steps.entries())
			expect(frame).toContain(` · ${index + 1}. ${step.title.en.slice(0, 20)}`);
		expect(frame).toContain('Starting the local sandbox…');
		expect(frame).toContain('none yet');
		expect(frame).toContain('q quit');
		expect(frame).not.toContain('GetCallerIdentity');
	});

	it('quits with q while the target is still connecting: nothing started is left, and the terminal is given back', async () => {
		const silent = await silentEndpoint();
		const stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-startup-state-'));
		const credentials = {AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret'};
		try {
			const terminal = await startDashboard(
				{cols: 80, rows: 24},
				{args: ['--endpoint', silent.endpoint], env: {...credentials, STS_MFA_STATE_DIR: stateDir}},
			);
			const connecting = await terminal.waitFor('Connecting to the endpoint…', {timeout: 30_000});
			expect(connecting).toContain(`Endpoint ${silent.endpoint}`);
			await terminal.type('q');
			// The user stopped it and nothing is left: status 0 (README, "Exit statuses").
			expect(await terminal.waitForExit({timeout: 30_000})).toBe(0);
			expect(await terminal.alternateScreenOn()).toBe(false);
			expect(terminal.cursorShownAtEnd()).toBe(true);
			// The run's journal was opened once the frame was up, and removed when the run ended with nothing created.
			const journals = join(stateDir, 'journals');
			expect(existsSync(journals) ? readdirSync(journals) : []).toEqual([]);
		} finally {
			await silent.close();
			rmSync(stateDir, {recursive: true, force: true});
		}
	});

	it('quits with Ctrl-C right after the first frame against the local sandbox, exiting cleanly', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await becomes(() => firstFrame(terminal.output()) !== undefined, {timeoutMs: 30_000, intervalMs: 5});
		await terminal.press('C-c');
		// Interrupted, once teardown ran: 130, as after SIGINT.
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(130);
		expect(await terminal.alternateScreenOn()).toBe(false);
		expect(terminal.cursorShownAtEnd()).toBe(true);
		expect(terminal.output()).not.toMatch(/Error|at .*\.js:\d+/);
	});

	it('ends the run when the terminal vanishes while the screen is idle (a shell in between keeps the SIGHUP)', async () => {
		const sandbox = await startStandaloneSandbox();
		const stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-startup-state-'));
		const journals = join(stateDir, 'journals');
		const journalFiles = () => (existsSync(journals) ? readdirSync(journals) : []);
		try {
			const terminal = await startDashboard(
				{cols: 80, rows: 24},
				{args: ['--endpoint', sandbox.endpoint, '--yes'], env: {...sandbox.env, STS_MFA_STATE_DIR: stateDir}},
			);
			await terminal.waitFor('Press Enter to start.', {timeout: 30_000});
			// The run's journal is open while the run lives.
			expect(journalFiles()).toHaveLength(1);
			// What sshd does to a dropped session: the terminal is gone; the wrapping shell traps SIGHUP.
			await terminal.hangUp();
			expect(await readUntil(journalFiles, (files) => files.length === 0, {timeoutMs: 30_000})).toEqual([]);
		} finally {
			await sandbox.stop();
			rmSync(stateDir, {recursive: true, force: true});
		}
	});
});
