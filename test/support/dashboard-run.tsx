import {cleanup, render} from 'ink-testing-library';
import {afterEach} from 'vitest';
import {App} from '../../source/app/app.js';
import type {ScenarioDeclaration} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import type {ScenarioOptions, ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {eventually, KEYS} from '../app/fixtures.js';
import {inAct} from '../app/render-app.js';
import {type AdminSandbox, useAdminSandbox} from './sandbox.js';

/*
 * A scenario run by the real runner against the sandbox, drawn by the dashboard through
 * ink-testing-library at a given size, driven by keys as a person presses them.
 */

/** The sandbox of a file's dashboard runs (started before its first test, stopped after its last); each test's app unmounted after it. */
export function useDashboardSandbox(): AdminSandbox {
	afterEach(() => {
		cleanup();
	});
	return useAdminSandbox();
}

export interface DashboardRunOptions {
	readonly columns?: number;
	readonly rows?: number;
	readonly target?: 'sandbox' | 'endpoint';
	readonly options?: Partial<ScenarioOptions>;
}

export function startDashboardRun(
	admin: AdminSandbox,
	scenario: ScenarioDeclaration['name'],
	run: DashboardRunOptions = {},
) {
	let running: RunningScenario | undefined;
	const services = admin.services((entry) => running?.recordTrace(entry));
	const options = {autoMfa: true, assumeYes: true, autoAdvance: false, propagationTimeoutMs: 20_000, ...run.options};
	const state = initialState(admin.target(run.target), options, demoNames(newRunId(), scenario), scenario);
	running = createScenario({state, services, clock: admin.clock});
	const controller = running;
	const app = render(<App controller={controller} columns={run.columns ?? 80} rows={run.rows ?? 24} />);
	const press = (key: string) =>
		inAct(async () => {
			app.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
	const settled = (check: (state: ScenarioState) => boolean) =>
		eventually(() => {
			const current = controller.getState();
			if (!check(current)) throw new Error(`still in ${JSON.stringify(current.phase)}:\n${app.lastFrame()}`);
			return current;
		}, 60_000);
	const frame = () => app.lastFrame() ?? '';
	/** Enter at each ready step until `stop` holds (or the run fails); returns the state then. */
	const advanceUntil = async (stop: (state: ScenarioState) => boolean) => {
		for (;;) {
			const current = await settled(
				(s) => ['ready', 'failed', 'finished', 'exiting'].includes(s.phase.kind) || stop(s),
			);
			if (stop(current) || current.phase.kind !== 'ready') return current;
			await press(KEYS.enter);
			await settled((s) => s.phase !== current.phase);
		}
	};
	/** Enter through every step and `a` for every code, until the summary asks for q. */
	const toSummary = async () => {
		for (;;) {
			const state = await advanceUntil((current) => current.phase.kind === 'codeEntry');
			if (state.phase.kind !== 'codeEntry') break;
			await press('a');
			await settled((current) => current.phase.kind !== 'codeEntry');
		}
		await eventually(() => {
			if (!frame().includes('press q to exit')) throw new Error(`no summary yet:\n${frame()}`);
		});
	};
	return {running: controller, app, press, settled, frame, advanceUntil, toSummary};
}
