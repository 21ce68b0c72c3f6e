import {THE_MFA_DEVICE} from '../words/failures.js';
import {isMissing} from './declaration.js';
import {stepAfter, stepDeclaration, stepsOf} from './scenarios/index.js';
import {ended, withStep, type Transition} from './transition.js';
import {enterCodeEntry} from './update-codes.js';
import {failFor, failMissing} from './update-fail.js';
import {startTeardown} from './update-teardown.js';
import type {ScenarioState, StepId} from './types.js';

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
