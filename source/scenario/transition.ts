import {progressOf} from './progress.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import type {Phase, ScenarioState, StepId, StepProgress} from './types.js';

/** What update() returns: the next state and what the runner should do about it. */
export interface Transition {
	readonly state: ScenarioState;
	readonly effects: readonly Effect[];
}

export function stay(state: ScenarioState): Transition {
	return {state, effects: []};
}

export function withStep(state: ScenarioState, step: StepId, progress: StepProgress): ScenarioState {
	return {...state, steps: {...state.steps, [step]: progress}};
}

/** The step's progress when it ends now: how long it ran since it started. */
export function ended(
	state: ScenarioState,
	step: StepId,
	status: StepProgress['status'],
	now: number,
	error?: StepProgress['error'],
): StepProgress {
	const {startedAt} = progressOf(state, step);
	return {status, startedAt, ms: startedAt === undefined ? undefined : Math.max(0, now - startedAt), error};
}

/** The phase of kind K, as the state holds it. */
export type PhaseOf<K extends Phase['kind']> = Extract<Phase, {kind: K}>;

/** One phase's row of the reducer: what each event does while the state is in that phase. */
export type PhaseReducer<K extends Phase['kind']> = (
	state: ScenarioState,
	phase: PhaseOf<K>,
	event: ScenarioEvent,
	now: number,
) => Transition;
