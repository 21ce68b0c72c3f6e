import type {ScenarioEvent} from '../events.js';
import {scenarioOf, stepDeclaration} from '../scenarios/index.js';
import {stay, type Transition} from '../transition.js';
import type {ScenarioState, StepId} from '../types.js';
import {onDenialExplained, onDenied} from '../denial/update-denial.js';
import {withDeviceStep} from './created.js';
import {completeStep, failFor} from './steps.js';

/*
 * The proving requests' answers, for the steps the declaration names: the denied request (with the
 * simulator's reasons), the allowed one, and with an MFA age limit the same session denied again.
 */

function onAllowedWithoutMfa(
	state: ScenarioState,
	step: StepId,
	event: Extract<ScenarioEvent, {type: 'listingWithoutMfaAllowed'}>,
	now: number,
) {
	const withoutMfa = {denied: false, buckets: event.buckets, sessionExpiration: event.sessionExpiration};
	const results = {...state.results, withoutMfa};
	return failFor(state, step, {kind: 'notProvedWithoutMfa', key: scenarioOf(state).context.key}, now, {results});
}

function onListedWithMfa(
	state: ScenarioState,
	step: StepId,
	event: Extract<ScenarioEvent, {type: 'listingWithMfaSucceeded'}>,
	now: number,
) {
	const withMfa = {
		buckets: event.buckets,
		sessionAccessKeyId: event.sessionAccessKeyId,
		expiration: event.expiration,
		assumedRoleArn: event.assumedRoleArn,
		mfaAt: now,
		session: event.session,
	};
	return completeStep(state, step, now, {
		results: {...state.results, withMfa},
		resources: withDeviceStep(state, event.acceptedStep),
	});
}

/** The bypass step's request without MFA: let through by the mistaken policy, as it must be to show the mistake. */
function onBypass(state: ScenarioState, step: StepId, event: ScenarioEvent, now: number): Transition | undefined {
	switch (event.type) {
		case 'listingWithoutMfaAllowed':
			return completeStep(state, step, now, {results: {...state.results, bypass: {buckets: event.buckets}}});
		case 'listingWithoutMfaDenied':
			return failFor(state, step, {kind: 'bypassNotShown', key: scenarioOf(state).context.key}, now);
		case 'denialExplained':
			return stay(state);
		default:
			return undefined;
	}
}

/** The aged session was denied (the proof's third request), or allowed, which disproves it. */
function onMfaAged(
	state: ScenarioState,
	step: StepId,
	event: Extract<ScenarioEvent, {type: 'listingAfterMfaAge'}>,
	now: number,
) {
	const afterMfaAge = {denied: event.denied, ageSeconds: event.ageSeconds, errorCode: event.errorCode};
	const results = {...state.results, afterMfaAge};
	if (event.denied) return completeStep(state, step, now, {results});
	return failFor(state, step, {kind: 'mfaAgeNotEnforced', ageSeconds: event.ageSeconds}, now, {results});
}

/** A proving request answered; ignored when the running step is not the one that makes it; undefined for other events. */
export function onProof(state: ScenarioState, step: StepId, event: ScenarioEvent, now: number): Transition | undefined {
	const {deniedStep, allowedStep, bypassStep} = scenarioOf(state);
	if (step === bypassStep) return onBypass(state, step, event, now);
	const denied = step === deniedStep;
	switch (event.type) {
		case 'listingWithoutMfaDenied':
			return denied ? onDenied(state, step, event, now) : stay(state);
		case 'denialExplained':
			return denied ? onDenialExplained(state, step, event.explanation, now) : stay(state);
		case 'listingWithoutMfaAllowed':
			return denied ? onAllowedWithoutMfa(state, step, event, now) : stay(state);
		case 'listingWithMfaSucceeded':
			return step === allowedStep ? onListedWithMfa(state, step, event, now) : stay(state);
		case 'listingAfterMfaAge':
			return stepDeclaration(state, step)?.panel === 'mfaAge' ? onMfaAged(state, step, event, now) : stay(state);
		default:
			return undefined;
	}
}
