import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {waitUntil} from '../support/wait-until.js';
import {cli} from './support/build.js';
import {FIRST_FRAME, runToSummary} from './support/dashboard.js';
import {sshArgs, sshAvailable, startServe, useServeTests} from './support/ssh.js';
import {Terminal, tmuxAvailable} from './support/terminal.js';

/*
 * `sts-mfa serve --ssh` through the built CLI, with the real OpenSSH client: the whole demo in a
 * pseudo-terminal, a resize, and everything that is not the dashboard refused.
 */

const run = promisify(execFile);
const available = sshAvailable() && tmuxAvailable();
if (!available)
	console.warn('ssh (openssh-client) or tmux is not installed: the serve --ssh tests are skipped (CI installs both).');

describe.skipIf(!available)('sts-mfa serve --ssh', () => {
	useServeTests();

	it('serves the whole demo to ssh in a terminal: a resize reaches it, `a` fills the codes, q exits 0', async () => {
		const server = await startServe();
		expect(server.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
		expect(server.output()).toContain(`attendees type: ssh -p ${server.port} 127.0.0.1`);
		const terminal = await Terminal.start(sshArgs(server.port, ['-t']), {cols: 80, rows: 24});
		await terminal.waitFor((screen) => FIRST_FRAME(screen) && screen.includes('Which scenario?'), {timeout: 20_000});
		await terminal.resize(100, 30);
		await terminal.waitFor((screen) => (screen.split('\n')[0] ?? '').length === 100 && FIRST_FRAME(screen));
		await terminal.press('Enter');
		const summary = await runToSummary(terminal);
		expect(summary).toContain('Torn down: nothing left behind');
		await terminal.type('q');
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(0);
		expect(await terminal.screen({history: true})).toContain('sts-mfa: proved');
		await waitUntil('the server to see the attendee leave', () => server.output().includes('attendee 1 left'));
	}, 120_000);

	it('refuses a command (exec), remote port forwarding, and a session without a terminal', async () => {
		const server = await startServe();
		const refused = (args: string[]) =>
			run(args[0]!, args.slice(1), {timeout: 20_000}).then(
				() => ({code: 0, stderr: ''}),
				(error: {code?: number; stderr?: string}) => ({code: error.code, stderr: error.stderr ?? ''}),
			);
		const exec = await refused([...sshArgs(server.port), 'cat', '/etc/passwd']);
		expect(exec.code).not.toBe(0);
		expect(exec.stderr).toMatch(/exec request failed/);
		const forward = await refused([
			...sshArgs(server.port, ['-N', '-o', 'ExitOnForwardFailure=yes', '-R', '0:127.0.0.1:9']),
		]);
		expect(forward.code).toBe(255);
		expect(forward.stderr).toMatch(/remote port forwarding failed/);
		const noTerminal = await refused([...sshArgs(server.port, ['-T'])]);
		expect(noTerminal.code).toBe(1);
	}, 120_000);

	it('refuses to listen on a non-loopback address without --password-file or --authorized-keys', async () => {
		const result = await run(process.execPath, [cli(), 'serve', '--ssh', '--host', '0.0.0.0', '--port', '0']).then(
			() => ({code: 0, stderr: ''}),
			(error: {code?: number; stderr?: string}) => ({code: error.code, stderr: error.stderr ?? ''}),
		);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('refusing to listen on 0.0.0.0 without authentication');
	});
});
