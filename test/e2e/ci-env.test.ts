import {describe, it} from 'vitest';
import {completeSteps, FIRST_FRAME, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {tmuxAvailable} from './support/terminal.js';

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the CI-variable dashboard test is skipped (CI installs it).');

describe.skipIf(!available)("a CI variable left in a person's shell", () => {
	useDashboardTerminals();

	it('does not blank the dashboard on a terminal (Ink alone would draw nothing until exit)', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {CI: 'true', CONTINUOUS_INTEGRATION: '1'}});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		await completeSteps(terminal, 1);
	});
});
