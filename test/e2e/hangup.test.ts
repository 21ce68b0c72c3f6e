import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {completeSteps, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {startStandaloneSandbox} from './support/standalone-sandbox.js';
import {tmuxAvailable} from './support/terminal.js';
import {readUntil} from '../support/wait-until.js';

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the hang-up test is skipped (CI installs it).');

describe.skipIf(!available)('an SSH connection that drops mid-run', () => {
	useDashboardTerminals();

	it('still tears down everything when the terminal vanishes (SIGHUP, then EIO on every write)', async () => {
		const sandbox = await startStandaloneSandbox();
		const stateDir = `${process.env.TMPDIR ?? '/tmp'}/sts-mfa-hangup-${process.pid}`;
		try {
			const terminal = await startDashboard(
				{cols: 80, rows: 24},
				{args: ['--endpoint', sandbox.endpoint, '--yes'], env: {...sandbox.env, STS_MFA_STATE_DIR: stateDir}},
			);
			await completeSteps(terminal, 4);
			const created = await sandbox.leftovers();
			expect(created.users).toHaveLength(1);
			expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);
			// Killing the tmux server is what sshd does to a session: SIGHUP, and the pty is gone.
			await terminal.hangUp();
			const after = await readUntil(
				() => sandbox.leftovers(),
				(left) => left.users.length === 0 && left.devices.length === 0,
				{timeoutMs: 20_000, intervalMs: 100},
			);
			expect(after).toEqual({users: [], devices: []});
			const journals = await readUntil(
				async () => readdirSync(join(stateDir, 'journals')),
				(names) => names.length === 0,
				{timeoutMs: 20_000, intervalMs: 100},
			);
			expect(journals).toEqual([]);
		} finally {
			await sandbox.stop();
			if (existsSync(stateDir)) (await import('node:fs')).rmSync(stateDir, {recursive: true, force: true});
		}
	});
});
