import {contextEntries} from '../context-entries.js';
import type {Effect} from '../effects.js';
import type {PolicyDeclaration, PropagationProbe} from '../declaration.js';
import {scenarioOf, stepDeclaration} from '../scenarios/index.js';
import {stay, type Transition} from '../transition.js';
import {failFor} from './steps.js';
import {completeStep} from './steps.js';
import type {ScenarioState, StepId} from '../types.js';

const FIRST_DELAY_MS = 150;
const MAX_DELAY_MS = 2000;

/** Exponential backoff between propagation checks: 150 ms, 300 ms, … capped at 2 s. */
export function propagationDelayMs(attempts: number): number {
	if (attempts <= 0) return 0;
	return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempts - 1));
}

/** Whether `step` puts the demo user's inline policy (and so waits for IAM to propagate it). */
export function putsPolicy(state: ScenarioState, step: StepId): boolean {
	return stepDeclaration(state, step)?.putsPolicy !== undefined;
}

/** The policy `step` puts, and what the propagation check must see: the step's own, else the scenario's. */
function policyOf(state: ScenarioState, step: StepId): {policy: PolicyDeclaration; probe: PropagationProbe} {
	const scenario = scenarioOf(state);
	const declared = stepDeclaration(state, step)?.putsPolicy;
	return {policy: declared?.policy ?? scenario.userPolicy, probe: declared?.probe ?? scenario.probe};
}

function checkEffect(state: ScenarioState, step: StepId, delayMs: number): Effect[] {
	const {user, accessKey} = state.resources;
	if (!user || !accessKey) return [];
	const {context} = scenarioOf(state);
	const {probe} = policyOf(state, step);
	return [
		{
			type: 'checkPropagation',
			step,
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

/** The policy is attached (or replaced): poll until IAM has propagated both the new key and the policy. */
export function onUserPolicyPut(state: ScenarioState, step: StepId, now: number): Transition {
	const next: ScenarioState = {
		...state,
		resources: {
			...state.resources,
			policy: {
				policyName: state.names.policyName,
				document: policyOf(state, step).policy.document(state.names, state.identity?.account ?? ''),
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
	return {state: next, effects: checkEffect(next, step, 0)};
}

export function onPropagationChecked(
	state: ScenarioState,
	step: StepId,
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
		return completeStep(checked, step, now, {
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
		return failFor(checked, step, reason, now);
	}
	const delay = Math.min(propagationDelayMs(propagation.attempts), Math.max(0, previous.deadline - now));
	return {state: checked, effects: checkEffect(checked, step, delay)};
}
