import {describe, expect, it} from 'vitest';
import {SESSION_TOKEN} from '../../source/scenario/scenarios/session-token.js';
import {startDashboard, useDashboardTerminals} from '../e2e/support/dashboard.js';
import {tmuxAvailable} from '../e2e/support/terminal.js';

// The built CLI's dashboard is a script of its own (dist/dashboard-script.cjs) with its own copy of
// the words' language: --lang and LANG must reach it, or its views speak English whatever was chosen.
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the dashboard language tests are skipped (CI installs it).');

describe.skipIf(!available)('the dashboard in the language chosen', () => {
	useDashboardTerminals();

	for (const [how, args, env] of [
		['--lang pt-BR', ['--lang', 'pt-BR'], {}],
		['LANG=pt_BR.UTF-8', [], {LANG: 'pt_BR.UTF-8', LC_ALL: '', LC_MESSAGES: ''}],
	] as const) {
		it(`speaks Brazilian Portuguese with ${how}: the steps and the live panel`, async () => {
			const terminal = await startDashboard({cols: 80, rows: 24}, {args: [...args], env: {...env}});
			const screen = await terminal.waitFor('Tecle Enter para começar.', {timeout: 20_000});
			expect(screen).toContain('Passos');
			expect(screen).toContain(`2. ${SESSION_TOKEN.steps[1]?.title['pt-BR']}`);
			expect(screen).not.toContain('Press Enter to start.');
			await terminal.type('q');
			await terminal.waitForExit();
		});
	}
});
