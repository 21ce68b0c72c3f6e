import type {ScenarioDeclaration, ScenarioName, StepDeclaration} from '../declaration.js';
import type {StepId} from '../types.js';
import {ASSUME_ROLE} from './assume-role.js';
import {FORCE_MFA} from './force-mfa.js';
import {SESSION_TOKEN} from './session-token.js';

/** Every scenario by name; the mapped type makes a missing (or misnamed) declaration a compile error. */
export const SCENARIOS: {readonly [N in ScenarioName]: ScenarioDeclaration & {readonly name: N}} = {
	'session-token': SESSION_TOKEN,
	'assume-role': ASSUME_ROLE,
	'force-mfa': FORCE_MFA,
};

export const DEFAULT_SCENARIO: ScenarioName = 'session-token';

export function scenarioOf(state: {readonly scenario: ScenarioName}): ScenarioDeclaration {
	return SCENARIOS[state.scenario];
}

export function stepsOf(state: {readonly scenario: ScenarioName}): readonly StepDeclaration[] {
	return SCENARIOS[state.scenario].steps;
}

export function stepDeclaration(state: {readonly scenario: ScenarioName}, step: StepId): StepDeclaration | undefined {
	return stepsOf(state).find((entry) => entry.id === step);
}

/** The step that follows `step` in the scenario, or undefined after the last one. */
export function stepAfter(state: {readonly scenario: ScenarioName}, step: StepId): StepId | undefined {
	const steps = stepsOf(state);
	return steps[steps.findIndex((entry) => entry.id === step) + 1]?.id;
}
