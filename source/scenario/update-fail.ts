import type {Bilingual} from '../words/language.js';
import {failure, type StepFailure} from './failures.js';
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

/** The demo itself fails the step, for a typed reason (words/failures.ts words it). */
export function failFor(
	state: ScenarioState,
	step: StepId,
	reason: StepFailure,
	now: number,
	patch: Partial<ScenarioState> = {},
): Transition {
	return failStep(state, step, failure(reason), now, patch);
}

/** A step cannot run: something an earlier step creates does not exist. */
export function failMissing(state: ScenarioState, step: StepId, what: Bilingual, now: number): Transition {
	return failFor(state, step, {kind: 'missingResource', what}, now);
}
