import {NOTICE_REASONS} from '../../words/failures.js';
import type {Effect} from '../effects.js';
import type {DenialExplanation} from './types.js';
import {scenarioOf} from '../scenarios/index.js';
import {stay, type Transition} from '../transition.js';
import {completeStep} from '../reducer/steps.js';
import type {ScenarioState, StepId} from '../types.js';

/*
 * The denied step ends in two moves: the denial itself, then the simulator's reasons for it. The
 * step stays running in between, so the explanation belongs to it (and leaving aborts the call).
 */

/** What to ask the simulator about the denied request; undefined when what it needs is gone. */
export function explainEffect(state: ScenarioState): Effect | undefined {
	const {denialProbe: probe, context} = scenarioOf(state);
	const {user, policy, role} = state.resources;
	const request = {
		action: probe.action,
		resourceArn: probe.resourceArn(state),
		key: context.key,
		keyValue: context.denied,
		allowedValue: context.allowed,
	};
	if (probe.policies === 'trust') {
		if (!role) return undefined;
		const ask = {kind: 'trust', roleArn: role.arn} as const;
		return {type: 'explainDenial', ...request, ask, document: role.trustPolicy, policyId: 'PolicyInputList.1'};
	}
	if (!user || !policy) return undefined;
	return {
		type: 'explainDenial',
		...request,
		ask: {kind: 'principal', policySourceArn: user.arn},
		document: policy.document,
		policyId: policy.policyName,
		withBool: probe.withBool,
	};
}

/** The denied step's request was refused: record it, then ask why before the step ends. */
export function onDenied(
	state: ScenarioState,
	step: StepId,
	event: {errorCode?: string; message: string; sessionExpiration?: Date},
	now: number,
): Transition {
	const withoutMfa = {
		denied: true,
		errorCode: event.errorCode,
		message: event.message,
		sessionExpiration: event.sessionExpiration,
	};
	const denied: ScenarioState = {...state, results: {...state.results, withoutMfa}};
	const effect = explainEffect(denied);
	if (effect) return {state: denied, effects: [effect]};
	return explained(denied, step, {kind: 'unavailable', reason: NOTICE_REASONS.simulatorInputGone}, now);
}

export function onDenialExplained(
	state: ScenarioState,
	step: StepId,
	explanation: DenialExplanation,
	now: number,
): Transition {
	const withoutMfa = state.results.withoutMfa;
	if (!withoutMfa?.denied || withoutMfa.explanation) return stay(state);
	return explained(state, step, explanation, now);
}

function explained(state: ScenarioState, step: StepId, explanation: DenialExplanation, now: number): Transition {
	const withoutMfa = {denied: true, ...state.results.withoutMfa, explanation};
	return completeStep(state, step, now, {
		results: {...state.results, withoutMfa},
		notice: {kind: 'deniedAsExpected'},
	});
}
