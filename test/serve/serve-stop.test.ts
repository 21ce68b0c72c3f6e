import {connect} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {renderDashboard, wrapToWidth} from '../../source/app/render.js';
import {serveCommand} from '../../source/commands/serve.js';
import type {ServeArgs} from '../../source/serve/args.js';
import {ScratchDirs} from '../support/scratch.js';
import {waitUntil} from '../support/wait-until.js';

/*
 * Ctrl-C and the room's warm-up: the server stops at it whenever it comes, the warm-up's run ended
 * first, and the room opens only once the warm-up has ended.
 */

const scratch = new ScratchDirs();
const saved = process.env.STS_MFA_STATE_DIR;
afterEach(async () => {
	if (saved === undefined) delete process.env.STS_MFA_STATE_DIR;
	else process.env.STS_MFA_STATE_DIR = saved;
	await scratch.removeAll();
});

const args: ServeArgs = {command: 'serve', host: '127.0.0.1', port: 0, maxAttendees: 2, idleMs: 600_000};
const loadDashboard = async () => ({renderDashboard, wrapToWidth, saveCodeCache: async () => false});

function refused(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', () => resolve(true));
	});
}

describe('serve --ssh and Ctrl-C', () => {
	it('a Ctrl-C during the warm-up ends it and exits 0 without ever listening', async () => {
		process.env.STS_MFA_STATE_DIR = await scratch.make('sts-mfa-serve-stop-');
		const lines: string[] = [];
		const code = await serveCommand(args, {loadDashboard, log: (line) => lines.push(line), stopped: Promise.resolve()});
		expect(code).toBe(0);
		expect(lines).toEqual(['sts-mfa: stopping: tearing down every attendee run…']);
	}, 60_000);

	it('after the warm-up, listens until Ctrl-C, then stops listening', async () => {
		process.env.STS_MFA_STATE_DIR = await scratch.make('sts-mfa-serve-stop-');
		const lines: string[] = [];
		let stop = () => {};
		const stopped = new Promise<void>((resolve) => {
			stop = resolve;
		});
		const serving = serveCommand(args, {loadDashboard, log: (line) => lines.push(line), stopped});
		const port = Number(
			await waitUntil('the room to listen', () => /on 127\.0\.0\.1:(\d+)$/.exec(lines[0] ?? '')?.[1], {
				timeoutMs: 30_000,
			}),
		);
		expect(await refused(port)).toBe(false);
		stop();
		expect(await serving).toBe(0);
		expect(lines.at(-1)).toBe('sts-mfa: stopping: tearing down every attendee run…');
		expect(await refused(port)).toBe(true);
	}, 60_000);
});
