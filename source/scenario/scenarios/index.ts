import type {ScenarioDeclaration, ScenarioName, StepDeclaration} from '../declaration.js';
import type {StepId} from '../types.js';
import {DECLARATIONS} from './list.js';
import {SESSION_TOKEN} from './session-token.js';

/** Every declared scenario (list.ts, written from the files), in the order each declares. */
const IN_ORDER: readonly ScenarioDeclaration[] = [...DECLARATIONS].sort((a, b) => a.order - b.order);

/** The picker's, --help's and every list's order of scenarios. */
export const SCENARIO_NAMES: readonly ScenarioName[] = IN_ORDER.map((scenario) => scenario.name);

/** Every scenario by name. */
export const SCENARIOS: Readonly<Record<ScenarioName, ScenarioDeclaration>> = Object.fromEntries(
	IN_ORDER.map((scenario) => [scenario.name, scenario]),
);

export const DEFAULT_SCENARIO: ScenarioName = SESSION_TOKEN.name;

export function isScenarioName(name: string): boolean {
	return SCENARIO_NAMES.includes(name);
}

/** The run's declaration; names are checked where they enter (arguments, the picker), so the first stands in for none. */
export function scenarioOf(state: {readonly scenario: ScenarioName}): ScenarioDeclaration {
	return SCENARIOS[state.scenario] ?? SESSION_TOKEN;
}

export function stepsOf(state: {readonly scenario: ScenarioName}): readonly StepDeclaration[] {
	return scenarioOf(state).steps;
}

export function stepDeclaration(state: {readonly scenario: ScenarioName}, step: StepId): StepDeclaration | undefined {
	return stepsOf(state).find((entry) => entry.id === step);
}

/** The step that follows `step` in the scenario, or undefined after the last one. */
export function stepAfter(state: {readonly scenario: ScenarioName}, step: StepId): StepId | undefined {
	const steps = stepsOf(state);
	return steps[steps.findIndex((entry) => entry.id === step) + 1]?.id;
}
