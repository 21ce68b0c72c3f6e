import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/app/app.js';
import {createAwsServices} from '../../source/aws/index.js';
import type {TraceEntry} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {SCENARIO_NAMES, type ScenarioName} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {Secret} from '../../source/secret.js';
import {eventually, KEYS} from './fixtures.js';
import {inAct} from './render-app.js';

/*
 * Each scenario in the dashboard at 80x24, against the runner and the embedded sandbox: once the
 * denied step has run, its panel says which statement decided, its condition and what the
 * request's aws:MultiFactorAuthPresent made of it, every sentence whole.
 */

let sandbox: RunningSandbox;

beforeAll(async () => {
	sandbox = await startSandbox({port: 0});
});
afterAll(async () => {
	await sandbox?.stop();
});
afterEach(() => {
	cleanup();
});

/** The sentences the denied step's panel must show, whole, for each scenario. */
const SHOWN: {readonly [N in ScenarioName]: readonly string[]} = {
	'session-token': [
		'✓ Without MFA: ListBuckets → AccessDenied',
		'Allow "ListBucketsOnlyWithMfa" on s3:ListAllMyBuckets when Bool aws:MultiFactorAuthPresent true',
		'The request had aws:MultiFactorAuthPresent = false (a session issued without MFA): Bool … true did not match, so it is denied by default.',
	],
	'assume-role': [
		'✓ AssumeRole without MFA → AccessDenied',
		'The role\'s trust policy: Allow "AssumeOnlyWithMfa" on sts:AssumeRole when Bool aws:MultiFactorAuthPresent true',
		'The request had no aws:MultiFactorAuthPresent (a long-term key never has one): Bool … true did not match, so it is denied by default.',
	],
	'force-mfa': [
		'✓ Long-term key: ListBuckets → AccessDenied',
		'Deny "DenyAllExceptListedIfNoMFA" on all but 7 actions when BoolIfExists aws:MultiFactorAuthPresent false',
		'The request had no aws:MultiFactorAuthPresent (a long-term key never has one): BoolIfExists … false matched, so the Deny applied.',
		'With Bool instead of BoolIfExists: allowed — an absent key never matches Bool.',
	],
};

/** The detail panel: right of the 34-column steps list, above the trace, as one line of text. */
function detailPanel(frame: string): string {
	return frame
		.split('\n')
		.slice(1, 12)
		.map((line) => [...line].slice(35).join('').trimEnd())
		.join(' ')
		.replace(/\s+/g, ' ');
}

function startRun(name: ScenarioName) {
	let scenario: RunningScenario | undefined;
	const services = createAwsServices({
		region: sandbox.region,
		endpoint: sandbox.endpoint,
		credentials: {
			accessKeyId: sandbox.credentials.accessKeyId,
			secretAccessKey: new Secret(sandbox.credentials.secretAccessKey),
		},
		onTrace: (entry: TraceEntry) => scenario?.recordTrace(entry),
	});
	const target = {kind: 'sandbox' as const, region: sandbox.region, endpoint: sandbox.endpoint};
	const options = {autoMfa: true, assumeYes: true, autoAdvance: false, propagationTimeoutMs: 20_000};
	scenario = createScenario({state: initialState(target, options, demoNames(newRunId(), name), name), services});
	const running = scenario;
	const app = render(<App controller={running} columns={80} rows={24} />);
	const press = (key: string) =>
		inAct(async () => {
			app.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
	const settled = (check: (state: ScenarioState) => boolean) =>
		eventually(() => {
			const state = running.getState();
			if (!check(state)) throw new Error(`still in ${JSON.stringify(state.phase)}:\n${app.lastFrame()}`);
			return state;
		}, 15_000);
	return {running, app, press, settled};
}

describe.each(SCENARIO_NAMES)('the %s denied step in the dashboard at 80x24', (name) => {
	it('shows the deciding statement, its condition and the key the request carried', async () => {
		const run = startRun(name);
		const denied = scenarioOf(run.running.getState()).deniedStep;
		for (;;) {
			const state = await run.settled((current) => current.phase.kind === 'ready' || current.phase.kind === 'failed');
			expect(state.phase.kind).toBe('ready');
			if (state.steps[denied]?.status === 'done') break;
			await run.press(KEYS.enter);
			await run.settled((current) => current.phase !== state.phase);
		}
		await eventually(() => {
			const panel = detailPanel(run.app.lastFrame() ?? '');
			for (const sentence of SHOWN[name] ?? [`(this test has no sentences for )`]) expect(panel).toContain(sentence);
		});
		// Stopping here (q, then y to the question) tears down what the run created; the summary then waits for q.
		await run.press('q');
		await eventually(() => expect(run.app.lastFrame()).toContain('Quit?'));
		await run.press('y');
		const stopped = await run.settled((state) => state.teardown.completed);
		if (stopped.phase.kind === 'finished') await run.press('q');
		await run.running.done;
	});
});
