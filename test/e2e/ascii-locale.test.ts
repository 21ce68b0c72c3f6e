import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {cli} from './support/build.js';
import {FIRST_FRAME, runToSummary, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {tmuxAvailable} from './support/terminal.js';

// Under LANG=C a terminal cannot show UTF-8: every glyph has an ASCII stand-in of the same width.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the LANG=C dashboard test is skipped (CI installs it).');

const NON_ASCII = /[^\u0000-\u007F]/u;

describe.skipIf(!available)('a terminal whose locale is not UTF-8 (LANG=C)', () => {
	useDashboardTerminals();

	it('gets ASCII only, from the first frame through the help and every step to the closing summary', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {LANG: 'C'}});
		const first = await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		// The header's dash and dot, and the status bar, in their stand-ins.
		expect(first).toContain('LOCAL SANDBOX - not AWS . us-east-1');
		await terminal.type('?');
		const help = await terminal.waitFor('show / hide this help');
		expect(help).toMatch(/^\+-+\+$/m);
		await terminal.type('?');
		await terminal.waitForGone('show / hide this help');
		const summary = await runToSummary(terminal);
		expect(summary).toContain('+ 7. Session with MFA');
		await terminal.type('q');
		expect(await terminal.waitForExit({timeout: 20_000})).toBe(0);
		const written = terminal.output();
		expect(written).toContain('proved - Without MFA: ListBuckets > AccessDenied');
		expect(written.match(NON_ASCII)?.[0]).toBeUndefined();
	});

	it('writes plain mode and the help in ASCII too', () => {
		const env = {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C'};
		const log = execFileSync(process.execPath, [cli(), '--plain', '--auto-mfa', '--yes'], {env, encoding: 'utf8'});
		expect(log).toContain('Proved: Without MFA: ListBuckets > AccessDenied');
		expect(log.match(NON_ASCII)?.[0]).toBeUndefined();
		const help = execFileSync(process.execPath, [cli(), '--help'], {env, encoding: 'utf8'});
		expect(help.match(NON_ASCII)?.[0]).toBeUndefined();
	});
});
