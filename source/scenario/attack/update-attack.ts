import {stepsOf} from '../scenarios/index.js';
import {stay, type Transition} from '../transition.js';
import {failFor} from '../reducer/steps.js';
import {completeStep} from '../reducer/steps.js';
import type {ScenarioState, StepId} from '../types.js';
import type {AttackEvent, AttackMove, AttackOutcome, AttackResources} from './types.js';

/*
 * The reducer's part for the attack: what the attacker created joins the resources at once (so a
 * teardown knows of it whatever happens next), and each move's answer ends its step, done when AWS
 * answered as the lesson says it does, failed (not proved) otherwise.
 */

/** Whether AWS refuses each move today: the 2023 guard and the fix refuse; the gap lets the attacker in. */
const REFUSED: {readonly [M in AttackMove]: boolean} = {
	deactivateUsersDevice: true,
	enrolSecondDevice: true,
	newcomerWithKey: false,
	enrolFirstDevice: false,
	applyFix: true,
	lookUpEvents: false,
};

const NO_ATTACK: AttackResources = {devices: []};

function withCreated(state: ScenarioState, event: Extract<AttackEvent, {type: 'attackCreated'}>): ScenarioState {
	const attack = state.resources.attack ?? NO_ATTACK;
	const others = attack.devices.filter(
		(device) => device.serialNumber !== event.device?.serialNumber && device.serialNumber !== event.removed,
	);
	const devices = event.device ? [...others, event.device] : others;
	const newcomer = event.newcomer ?? attack.newcomer;
	return {...state, resources: {...state.resources, attack: {devices, ...(newcomer ? {newcomer} : {})}}};
}

function onAnswered(state: ScenarioState, step: StepId, outcome: AttackOutcome, now: number): Transition {
	const results = {...state.results, attacks: {...state.results.attacks, [step]: outcome}};
	if (!asExpected(outcome)) {
		return failFor(state, step, {kind: 'attackNotAsExpected', outcome}, now, {results});
	}
	const {session, buckets} = outcome;
	// The gap's MFA session is the scenario's allowed request: the attacker reached what MFA protects.
	const withMfa =
		session && buckets
			? {buckets, sessionAccessKeyId: session.accessKeyId, expiration: session.expiration, mfaAt: now}
			: undefined;
	return completeStep(state, step, now, {results: withMfa ? {...results, withMfa} : results});
}

/** An attack event while `step` runs. */
export function onAttackEvent(state: ScenarioState, step: StepId, event: AttackEvent, now: number): Transition {
	switch (event.type) {
		case 'attackCreated':
			return stay(withCreated(state, event));
		case 'attackAnswered':
			return event.step === step ? onAnswered(state, step, event.outcome, now) : stay(state);
		case 'eventsFound':
			return event.step === step
				? completeStep(state, step, now, {results: {...state.results, detection: event.detection}})
				: stay(state);
	}
}

function asExpected(outcome: AttackOutcome | undefined): boolean {
	return outcome !== undefined && outcome.refused === REFUSED[outcome.move];
}

/** The attack's part of the proof: every move answered as the lesson says, and the records looked up (none without an attack). */
export function attackProved(state: Pick<ScenarioState, 'scenario' | 'results'>): boolean {
	const {attacks, detection} = state.results;
	return stepsOf(state).every(
		(step) =>
			(step.panel !== 'attack' || asExpected(attacks?.[step.id])) &&
			(step.panel !== 'detection' || detection !== undefined),
	);
}
