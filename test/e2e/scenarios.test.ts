import {describe, expect, it} from 'vitest';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import {runToSummary, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {tmuxAvailable} from './support/terminal.js';

// Each scenario as a presenter reaches it: chosen on the first screen, then Enter and `a` to the end.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the scenario end-to-end tests are skipped (CI installs it).');

describe.skipIf(!available)('every scenario in a real terminal', () => {
	useDashboardTerminals();

	for (const [index, name] of SCENARIO_NAMES.entries()) {
		it(
			`${name}: chosen with the arrow keys, run with the built-in authenticator, proved and torn down`,
			async () => {
				const terminal = await startDashboard({cols: 80, rows: 24}, {picker: true});
				await terminal.waitFor((screen) => screen.includes('› session-token'), {timeout: 30_000});
				for (let step = 0; step < index; step++) await terminal.press('Down');
				await terminal.waitFor((screen) => screen.includes(`› ${name}`));
				await terminal.press('Enter');
				const first = scenarioOf({scenario: name}).steps[0]?.title.en ?? '';
				await terminal.waitFor((screen) => screen.includes('Press Enter to start') && screen.includes(first));
				const summary = await runToSummary(terminal);
				expect(summary).toContain('✓ Proved: denied without MFA');
				expect(summary).toContain('✓ Torn down: nothing left behind');
				await terminal.type('q');
				expect(await terminal.waitForExit()).toBe(0);
				// A scenario with an MFA age limit waits that long for real.
			},
			60_000 + (scenarioOf({scenario: name}).maxMfaAgeSeconds ?? 0) * 1000,
		);
	}
});
