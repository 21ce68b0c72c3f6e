import {attackProved} from './attack/update-attack.js';
import {scenarioOf} from './scenarios/index.js';
import type {ScenarioState} from './types.js';

/**
 * The demo proved its point: denied without MFA, buckets listed with it (and, with an MFA age
 * limit, denied again once older; with a bypass step, let through by the mistake before its fix).
 */
export function proved(state: Pick<ScenarioState, 'scenario' | 'results'>): boolean {
	const {results} = state;
	const scenario = scenarioOf(state);
	const aged = scenario.maxMfaAgeSeconds === undefined || results.afterMfaAge?.denied === true;
	const bypassed = scenario.bypassStep === undefined || results.bypass !== undefined;
	const shown = aged && bypassed && attackProved(state);
	return results.withoutMfa?.denied === true && results.withMfa !== undefined && shown;
}

/** What the run exits with as far as the scenario knows: 0 when proved and torn down, else 1. */
export function exitCode(state: ScenarioState): number {
	return proved(state) && state.teardown.completed ? 0 : 1;
}
