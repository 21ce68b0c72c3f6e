import type {ScenarioState, StepId, StepProgress} from './types.js';

export const PENDING: StepProgress = {status: 'pending'};

/** A step's progress; a step that has not started yet (or that this scenario does not declare) is pending. */
export function progressOf(state: Pick<ScenarioState, 'steps'>, step: StepId): StepProgress {
	return state.steps[step] ?? PENDING;
}
