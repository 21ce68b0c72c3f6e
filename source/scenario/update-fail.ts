import {SCENARIO_ERRORS} from '../words/scenario-errors.js';
import {ended, withStep, type Transition} from './transition.js';
import {startTeardown} from './update-teardown.js';
import type {ErrorInfo, ScenarioState, StepId} from './types.js';

/** A step failed: wait for the user (retry, tear down, quit), or in autoAdvance mode tear down at once. */
export function failStep(
	state: ScenarioState,
	step: StepId,
	error: ErrorInfo,
	now: number,
	patch: Partial<ScenarioState> = {},
): Transition {
	const failed: ScenarioState = {
		...withStep(state, step, ended(state, step, 'failed', now, error)),
		...patch,
		phase: {kind: 'failed', step, error},
		notice: {kind: 'stepFailed', step, error},
	};
	if (state.options.autoAdvance) return startTeardown(failed, 'failed', true, now);
	return {state: failed, effects: []};
}

/** A step cannot run: something an earlier step creates does not exist. */
export function failMissing(state: ScenarioState, step: StepId, what: string, now: number): Transition {
	return failStep(
		state,
		step,
		{
			code: 'Scenario.missingResource',
			message: SCENARIO_ERRORS.missingResource(what),
		},
		now,
	);
}
