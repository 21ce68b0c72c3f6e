import type {Bilingual} from '../../words/language.js';
import {THE_MFA_DEVICE} from '../../words/failures.js';
import {isMissing} from '../declaration.js';
import {failure, type StepFailure} from '../failures.js';
import {stepAfter, stepDeclaration, stepsOf} from '../scenarios/index.js';
import {ended, withStep, type Transition} from '../transition.js';
import type {ErrorInfo, ScenarioState, StepId} from '../types.js';
import {enterCodeEntry} from './codes.js';
import {startTeardown} from './teardown.js';

/*
 * The transitions every phase shares about steps: start one as its declaration says, complete it
 * and move on, fail it. The phase files (choosing.ts … finished.ts) are rows over these.
 */

/** Moves on to `step`: runs it at once in autoAdvance mode, otherwise waits in 'ready' for Enter. */
export function goTo(state: ScenarioState, step: StepId, now: number): Transition {
	if (state.options.autoAdvance) return startStep(state, step, now);
	return {state: {...state, phase: {kind: 'ready', next: step}}, effects: []};
}

/** Nothing is created before the user agrees on --aws/--endpoint, unless --yes said so already. */
export function confirmOrBegin(state: ScenarioState, now: number): Transition {
	if (state.options.assumeYes || state.target.kind === 'sandbox') return begin(state, now);
	return {state: {...state, phase: {kind: 'confirm'}}, effects: []};
}

/** The scenario's first step. */
export function begin(state: ScenarioState, now: number): Transition {
	const [first] = stepsOf(state);
	return first ? goTo(state, first.id, now) : startTeardown(state, 'finished', state.options.autoAdvance, now);
}

/** Starts a step as its declaration says: one call, a wait for codes, or teardown. */
export function startStep(state: ScenarioState, step: StepId, now: number): Transition {
	const declaration = stepDeclaration(state, step);
	if (!declaration) return failFor(state, step, {kind: 'undeclaredStep', step}, now);
	const {action} = declaration;
	if (action.kind === 'teardown') return startTeardown(state, 'finished', state.options.autoAdvance, now);
	// A new step clears the last one's notice; but unattended, the first step starts in the very
	// transition that ends preflight, whose notices (missing permissions, leftovers) must stay to be printed.
	const notice = state.phase.kind === 'preflight' ? state.notice : undefined;
	const started = {...withStep(state, step, {status: 'running', startedAt: now}), notice};
	if (action.kind === 'codes') {
		const device = state.resources.mfaDevice;
		if (!device) return failMissing(state, step, THE_MFA_DEVICE, now);
		// Built once without codes to find out, before anyone types one, whether the step could run.
		const probe = action.effect(state, device, []);
		if (isMissing(probe)) return failMissing(state, step, probe.missing, now);
		return enterCodeEntry(started, step);
	}
	const effect = action.effect(state);
	if (isMissing(effect)) return failMissing(state, step, effect.missing, now);
	return {state: {...started, phase: {kind: 'running', step}}, effects: [effect]};
}

/** Marks the running step done (with `patch` applied) and moves on to the next one. */
export function completeStep(
	state: ScenarioState,
	step: StepId,
	now: number,
	patch: Partial<ScenarioState> = {},
): Transition {
	const done = {...withStep(state, step, ended(state, step, 'done', now)), ...patch};
	const next = stepAfter(state, step);
	return next ? goTo(done, next, now) : startTeardown(done, 'finished', done.options.autoAdvance, now);
}

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
