import {contextEntries} from '../context-entries.js';
import type {Effect} from '../effects.js';
import {scenarioOf} from '../scenarios/index.js';
import {stay, type Transition} from '../transition.js';
import {failFor} from './steps.js';
import {completeStep} from './steps.js';
import type {ScenarioState} from '../types.js';

const FIRST_DELAY_MS = 150;
const MAX_DELAY_MS = 2000;

/** Exponential backoff between propagation checks: 150 ms, 300 ms, … capped at 2 s. */
export function propagationDelayMs(attempts: number): number {
	if (attempts <= 0) return 0;
	return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempts - 1));
}

function checkEffect(state: ScenarioState, delayMs: number): Effect[] {
	const {user, accessKey} = state.resources;
	if (!user || !accessKey) return [];
	const {probe, context} = scenarioOf(state);
	return [
		{
			type: 'checkPropagation',
			userArn: user.arn,
			credentials: accessKey,
			delayMs,
			action: probe.action,
			resourceArn: probe.resourceArn(state),
			allowedContext: contextEntries(context.key, context.allowed),
			deniedContext: contextEntries(context.key, context.denied),
			withoutMfa: probe.withoutMfa,
		},
	];
}

/** The policy is attached: poll until IAM has propagated both the new key and the policy. */
export function onUserPolicyPut(state: ScenarioState, now: number): Transition {
	const next: ScenarioState = {
		...state,
		resources: {
			...state.resources,
			policy: {
				policyName: state.names.policyName,
				document: scenarioOf(state).userPolicy.document(state.names, state.identity?.account ?? ''),
				inForce: false,
			},
		},
		propagation: {
			startedAt: now,
			deadline: now + state.options.propagationTimeoutMs,
			attempts: 0,
			keyWorks: false,
			policyInForce: false,
		},
	};
	return {state: next, effects: checkEffect(next, 0)};
}

export function onPropagationChecked(
	state: ScenarioState,
	event: {keyWorks: boolean; policyInForce: boolean; lastError?: string},
	now: number,
): Transition {
	const previous = state.propagation;
	const policy = state.resources.policy;
	if (!previous || !policy) return stay(state);
	const propagation = {
		...previous,
		attempts: previous.attempts + 1,
		keyWorks: event.keyWorks,
		policyInForce: event.policyInForce,
		lastError: event.lastError,
		...(event.keyWorks && event.policyInForce ? {settledAt: now} : {}),
	};
	const checked: ScenarioState = {...state, propagation};
	if (event.keyWorks && event.policyInForce) {
		return completeStep(checked, 'putUserPolicy', now, {
			resources: {...state.resources, policy: {...policy, inForce: true}},
		});
	}
	if (now >= previous.deadline) {
		const reason = {
			kind: 'propagationTimeout',
			seconds: Math.round((previous.deadline - previous.startedAt) / 1000),
			attempts: propagation.attempts,
			keyWorks: event.keyWorks,
			policyInForce: event.policyInForce,
			...(event.lastError ? {lastError: event.lastError} : {}),
		} as const;
		return failFor(checked, 'putUserPolicy', reason, now);
	}
	const delay = Math.min(propagationDelayMs(propagation.attempts), Math.max(0, previous.deadline - now));
	return {state: checked, effects: checkEffect(checked, delay)};
}
