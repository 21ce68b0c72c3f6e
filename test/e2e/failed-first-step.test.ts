import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {type StandaloneSandbox, startStandaloneSandbox} from './support/standalone-sandbox.js';
import {tmuxAvailable} from './support/terminal.js';

// A run that fails before anything exists: the screen leads with why, not with the empty teardown.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the failed-first-step screen test is skipped (CI installs it).');

let sandbox: StandaloneSandbox;

describe.skipIf(!available)('a run whose first call is refused', () => {
	useDashboardTerminals();
	beforeAll(async () => {
		sandbox = await startStandaloneSandbox();
	}, 60_000);
	afterAll(async () => sandbox?.stop());

	it('puts the cause (the refused key) first in the panel at 80x24, above the teardown', async () => {
		const env = {...sandbox.env, AWS_SECRET_ACCESS_KEY: 'not-the-secret-for-this-key'};
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--endpoint', sandbox.endpoint], env});
		const screen = await terminal.waitFor('press q to exit', {timeout: 40_000, settled: true});
		const panel = screen.split('\n').map((line) => line.slice(35));
		// Row 2 is the panel's first: the cause, then the teardown that followed it.
		// An error notice starts with ✗, so that its level is not told by colour alone.
		expect(panel[1]).toMatch(/^✗ STS GetCallerIdentity: the access key/);
		const cause = panel.findIndex((line) => line.includes('was refused'));
		const notProved = panel.findIndex((line) => line.includes('Not proved'));
		expect(cause).toBeGreaterThan(0);
		expect(cause).toBeLessThan(notProved);
	});
});
