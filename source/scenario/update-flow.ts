import {SESSION_SECONDS, type Effect} from './effects.js';
import {MFA_POLICY_DOCUMENT} from './policy.js';
import {stepAfter} from './steps.js';
import {ended, withStep, type Transition} from './transition.js';
import {enterCodeEntry} from './update-codes.js';
import {startTeardown} from './update-teardown.js';
import type {ErrorInfo, ScenarioState, StepId} from './types.js';

/** Moves on to `step`: runs it at once in autoAdvance mode, otherwise waits in 'ready' for Enter. */
export function goTo(state: ScenarioState, step: StepId, now: number): Transition {
	if (state.options.autoAdvance) return startStep(state, step, now);
	return {state: {...state, phase: {kind: 'ready', next: step}}, effects: []};
}

/** Nothing is created before the user agrees on --aws/--endpoint, unless --yes said so already. */
export function confirmOrBegin(state: ScenarioState, now: number): Transition {
	if (state.options.assumeYes || state.target.kind === 'sandbox') return goTo(state, 'createUser', now);
	return {state: {...state, phase: {kind: 'confirm'}}, effects: []};
}

function missing(state: ScenarioState, step: StepId, what: string, now: number): Transition {
	return failStep(
		state,
		step,
		{
			code: 'Scenario.missingResource',
			message: `Cannot run this step: ${what} does not exist (an earlier step did not finish)`,
		},
		now,
	);
}

/** The effect that performs a step's AWS call, or the reason it cannot run yet. */
function stepEffect(state: ScenarioState, step: StepId): Effect | string {
	const {names, resources} = state;
	switch (step) {
		case 'createUser':
			return {type: 'createUser', userName: names.userName, path: names.path, tags: names.tags};
		case 'createMfaDevice':
			return {type: 'createMfaDevice', deviceName: names.deviceName, path: names.path, tags: names.tags};
		case 'createAccessKey':
			return resources.user ? {type: 'createAccessKey', userName: names.userName} : 'the demo user';
		case 'putUserPolicy':
			return resources.user
				? {
						type: 'putUserPolicy',
						userName: names.userName,
						policyName: names.policyName,
						policyDocument: MFA_POLICY_DOCUMENT,
					}
				: 'the demo user';
		case 'sessionWithoutMfa':
			return resources.accessKey
				? {type: 'sessionWithoutMfa', credentials: resources.accessKey, durationSeconds: SESSION_SECONDS}
				: 'the access key';
		default:
			return `a runnable step named ${step}`;
	}
}

export function startStep(state: ScenarioState, step: StepId, now: number): Transition {
	if (step === 'teardown') return startTeardown(state, 'finished', state.options.autoAdvance, now);
	// A new step clears the last one's notice; but unattended, the first step starts in the very
	// transition that ends preflight, whose notices (missing permissions, leftovers) must stay to be printed.
	const notice = state.phase.kind === 'preflight' ? state.notice : undefined;
	const started = {...withStep(state, step, {status: 'running', startedAt: now}), notice};
	if (step === 'enableMfaDevice' || step === 'sessionWithMfa') {
		if (!state.resources.mfaDevice) return missing(state, step, 'the MFA device', now);
		if (step === 'sessionWithMfa' && !state.resources.accessKey) return missing(state, step, 'the access key', now);
		return enterCodeEntry(started, step);
	}
	const effect = stepEffect(state, step);
	if (typeof effect === 'string') return missing(state, step, effect, now);
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
	const next = stepAfter(step);
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
		notice: {level: 'error', text: error.message},
	};
	if (state.options.autoAdvance) return startTeardown(failed, 'failed', true, now);
	return {state: failed, effects: []};
}
