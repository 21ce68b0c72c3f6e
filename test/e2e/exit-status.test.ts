import {describe, expect, it} from 'vitest';
import {
	FIRST_FRAME,
	completeSteps,
	promptOn,
	runToSummary,
	startDashboard,
	useDashboardTerminals,
} from './support/dashboard.js';
import {startStandaloneSandbox} from './support/standalone-sandbox.js';
import {type Terminal, tmuxAvailable} from './support/terminal.js';

/*
 * Each way a dashboard run can end, in a real terminal: the exit status a script sees, and the
 * lines left on the normal screen once the alternate screen is gone (what was proved, what was
 * deleted, what is left and how to remove it).
 */
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the exit status tests are skipped (CI installs it).');

/** Waits for the program to end; its status and the normal screen it left. */
async function ended(terminal: Terminal): Promise<{status: number; screen: string}> {
	const status = await terminal.waitForExit({timeout: 20_000});
	expect(await terminal.alternateScreenOn()).toBe(false);
	// With the history: tmux scrolls a line off to say the pane is dead.
	const screen = await terminal.screen({history: true});
	// Not even after the dashboard: the AWS SDK's Node 20 warning is not printed.
	expect(screen).not.toContain('NodeVersionSupportWarning');
	// The summary is wrapped between words to the window's 80 columns: read with each line break as
	// a space, it says what the program meant (a word cut by the terminal would read "ListBu ckets").
	return {status, screen: screen.replace(/\s+/g, ' ')};
}

describe.skipIf(!available)('exit statuses and the summary on the normal screen', () => {
	useDashboardTerminals();

	it('exits 0 after q on the first screen, saying nothing was created', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		await terminal.type('q');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(0);
		expect(screen).toContain('sts-mfa: stopped before the demo proved its point.');
		expect(screen).toContain('Nothing was created, so nothing is left.');
	});

	it('exits 0 once the demo proved its point and tore everything down', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await runToSummary(terminal);
		await terminal.type('q');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(0);
		expect(screen).toContain(
			'sts-mfa: proved — Without MFA: ListBuckets → AccessDenied; With MFA: ListBuckets → allowed.',
		);
		expect(screen).toContain('Deleted the inline policy, access key, MFA device, IAM user; nothing is left.');
	});

	it('wraps the summary between words to the window, as for the force-mfa proof at 80 columns', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--scenario', 'force-mfa']});
		await runToSummary(terminal);
		await terminal.type('q');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(0);
		// 91 characters: left to the terminal, column 80 fell inside the second "ListBuckets".
		expect(screen).toContain(
			'sts-mfa: proved — Long-term key: ListBuckets → AccessDenied; MFA session: ListBuckets → allowed.',
		);
	});

	it('exits 130 after Ctrl-C, once teardown ran', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await completeSteps(terminal, 2);
		await terminal.press('C-c');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(130);
		expect(screen).toContain('sts-mfa: interrupted (Ctrl-C) before the demo proved its point.');
		expect(screen).toContain('Deleted the MFA device, IAM user; nothing is left.');
	});

	it('exits 143 after SIGTERM, once teardown ran', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24});
		await completeSteps(terminal, 1);
		terminal.signalProgram('SIGTERM');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(143);
		expect(screen).toContain('sts-mfa: terminated (SIGTERM) before the demo proved its point.');
		expect(screen).toContain('Deleted the IAM user; nothing is left.');
	});

	it('exits 0 after n at the --aws confirmation, with nothing created', async () => {
		const sandbox = await startStandaloneSandbox();
		try {
			const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--aws'], env: sandbox.env});
			await terminal.waitFor((screen) => promptOn(screen) === 'confirm', {timeout: 30_000});
			await terminal.type('n');
			const {status, screen} = await ended(terminal);
			expect(status).toBe(0);
			expect(screen).toContain('sts-mfa: stopped before the demo proved its point.');
			expect(screen).toContain('Nothing was created, so nothing is left.');
		} finally {
			await sandbox.stop();
		}
	});

	it('exits 1 when AWS refuses the key, and says which key', async () => {
		const sandbox = await startStandaloneSandbox();
		try {
			const env = {...sandbox.env, AWS_ACCESS_KEY_ID: 'AKIAREFUSEDKEY000001'};
			const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--aws'], env});
			await terminal.waitFor((screen) => promptOn(screen) === 'finished', {timeout: 30_000});
			await terminal.type('q');
			const {status, screen} = await ended(terminal);
			expect(status).toBe(1);
			expect(screen).toContain('the access key AKIAREFU… was refused');
		} finally {
			await sandbox.stop();
		}
	});

	it('in plain mode, Ctrl-C at the code prompt says it interrupted the run, and exits 130', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--plain'], env: {NO_COLOR: '1'}});
		await terminal.waitFor('MFA code 1 of 2:', {timeout: 30_000});
		await terminal.press('C-c');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(130);
		expect(screen).toContain('note: interrupted (Ctrl-C): tearing down, then exiting.');
		expect(screen).not.toContain('the input ended');
		expect(screen).toContain('Teardown complete: nothing left behind.');
	});

	it('exits 3 when something is left behind, and names the cleanup command', async () => {
		const sandbox = await startStandaloneSandbox();
		const terminal = await startDashboard(
			{cols: 80, rows: 24},
			{args: ['--endpoint', sandbox.endpoint], env: sandbox.env},
		);
		await completeSteps(terminal, 4);
		// The endpoint goes away: the user, its device and its key can no longer be deleted.
		await sandbox.stop();
		await terminal.type('t');
		await terminal.waitFor('Tear everything down now?');
		await terminal.type('y');
		const finished = await terminal.waitFor((screen) => promptOn(screen) === 'finished', {timeout: 30_000});
		// The dashboard names what is left in words, never by the program's internal kinds.
		expect(finished).toContain('Could not delete the access key');
		expect(finished).not.toMatch(/\b(accessKey|virtualMfaDevice|mfaDeactivation|userPolicy) /);
		await terminal.type('q');
		const {status, screen} = await ended(terminal);
		expect(status).toBe(3);
		// The summary is wrapped between words to the terminal's width.
		const said = screen.replace(/\s*\n\s*/g, ' ');
		expect(said).toMatch(
			/Left behind: the access key AKIA\w+, the MFA device sts-mfa-demo-\w+, the IAM user sts-mfa-demo-\w+ — remove it with: sts-mfa cleanup/,
		);
		// Said once: the dashboard's own summary is gone with its screen, the normal screen has one.
		expect(said.match(/sts-mfa cleanup/g)).toHaveLength(1);
	});
});
