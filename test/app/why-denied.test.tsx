import {describe, expect, it} from 'vitest';
import {SCENARIO_NAMES, type ScenarioName} from '../../source/scenario/declaration.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import {eventually} from './fixtures.js';
import {startDashboardRun, useDashboardSandbox} from '../support/dashboard-run.js';

/*
 * Each scenario in the dashboard at 80x24, against the runner and the embedded sandbox: once the
 * denied step has run, its panel says which statement decided, its condition and what the
 * request's aws:MultiFactorAuthPresent made of it, every sentence whole.
 */

const admin = useDashboardSandbox();

/** The sentences the denied step's panel must show, whole, for the scenarios this test knows word for word. */
const SHOWN: {readonly [N in ScenarioName]?: readonly string[]} = {
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
	'mfa-age': [
		'✓ Without MFA: ListBuckets → AccessDenied',
		'Allow "ListBucketsWithRecentMfa" on s3:ListAllMyBuckets when NumericLessThan aws:MultiFactorAuthAge 30',
		'The request had no aws:MultiFactorAuthAge (AWS sets it only when MFA was used): NumericLessThan … 30 did not match, so it is denied by default.',
	],
	'stolen-key': [
		'✓ Stolen key: ListBuckets → AccessDenied',
		'Deny "BlockMostAccessUnlessSignedInWithMFA" on all but 8 actions when BoolIfExists aws:MultiFactorAuthPresent false',
		'The request had no aws:MultiFactorAuthPresent (a long-term key never has one): BoolIfExists … false matched, so the Deny applied.',
	],
};

/** Any other declared scenario: its denied request refused, and the key its proof turns on named. */
function declaredSentences(name: ScenarioName): readonly string[] {
	const {requests, context} = scenarioOf({scenario: name});
	return [`✓ ${requests.denied.en} → AccessDenied`, context.key];
}

/** The detail panel: right of the 34-column steps list, above the trace, as one line of text. */
function detailPanel(frame: string): string {
	return frame
		.split('\n')
		.slice(1, 12)
		.map((line) => [...line].slice(35).join('').trimEnd())
		.join(' ')
		.replace(/\s+/g, ' ');
}

describe.each(SCENARIO_NAMES)('the %s denied step in the dashboard at 80x24', (name) => {
	it('shows the deciding statement, its condition and the key the request carried', async () => {
		const run = startDashboardRun(admin, name);
		const denied = scenarioOf(run.running.getState()).deniedStep;
		const state = await run.advanceUntil(
			(current) => current.phase.kind === 'ready' && current.steps[denied]?.status === 'done',
		);
		expect(state.phase.kind).toBe('ready');
		expect(state.steps[denied]?.status).toBe('done');
		await eventually(() => {
			const panel = detailPanel(run.frame());
			for (const sentence of SHOWN[name] ?? declaredSentences(name)) expect(panel).toContain(sentence);
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
