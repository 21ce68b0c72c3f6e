import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import type {ScenarioName} from './declaration.js';
import {PENDING} from './progress.js';
import {inChoosing} from './reducer/phases/choosing.js';
import {inCodeEntry} from './reducer/phases/code-entry.js';
import {inConfirm} from './reducer/phases/confirm.js';
import {inFailed} from './reducer/phases/failed.js';
import {inExiting, inFinished} from './reducer/phases/finished.js';
import {inLeftovers} from './reducer/phases/leftovers.js';
import {inPreflight} from './reducer/phases/preflight.js';
import {inReady} from './reducer/phases/ready.js';
import {inRunning} from './reducer/phases/running.js';
import {inTearingDown} from './reducer/phases/tearing-down.js';
import {DEFAULT_SCENARIO, SCENARIOS} from './scenarios/index.js';
import {type PhaseReducer, stay, type Transition} from './transition.js';
import type {DemoNames, Phase, ScenarioOptions, ScenarioState, StepId, StepProgress, Target} from './types.js';

export type {Transition} from './transition.js';

/** How many trace entries the state keeps: enough for the panel, bounded for long sessions. */
export const TRACE_LIMIT = 200;

/** Every declared step of every scenario, pending: `steps` is complete whichever scenario is chosen. */
const ALL_STEPS: Readonly<Record<StepId, StepProgress>> = Object.fromEntries(
	Object.values(SCENARIOS).flatMap((scenario) => scenario.steps.map((step) => [step.id, PENDING])),
);

/**
 * The state a run starts in: preflight for `scenario`, or with `choose` the first screen's
 * choice of scenario (`scenario` is then the one highlighted first).
 */
export function initialState(
	target: Target,
	options: ScenarioOptions,
	names: DemoNames,
	scenario: ScenarioName = DEFAULT_SCENARIO,
	choose = false,
): ScenarioState {
	return {
		scenario,
		target,
		options,
		names,
		phase: choose ? {kind: 'choosing'} : {kind: 'preflight'},
		steps: ALL_STEPS,
		resources: {},
		results: {},
		teardown: {items: [], completed: false},
		trace: [],
	};
}

/** What the runner performs first: preflight starts by asking who the caller is (once a scenario is chosen). */
export function initialEffects(state: ScenarioState): readonly Effect[] {
	return state.phase.kind === 'preflight' ? [{type: 'resolveIdentity'}] : [];
}

/** Each phase's row: what an event does in that phase (reducer/phases/, one file each). */
const PHASES: {readonly [K in Phase['kind']]: PhaseReducer<K>} = {
	choosing: inChoosing,
	preflight: inPreflight,
	leftovers: inLeftovers,
	confirm: inConfirm,
	ready: inReady,
	running: inRunning,
	codeEntry: inCodeEntry,
	failed: inFailed,
	tearingDown: inTearingDown,
	finished: inFinished,
	exiting: inExiting,
};

/** The scenario's whole logic: the next state and the effects to perform. Pure; never awaits. */
export function update(state: ScenarioState, event: ScenarioEvent, now: number): Transition {
	if (event.type === 'traceRecorded') return stay({...state, trace: [...state.trace, event.entry].slice(-TRACE_LIMIT)});
	// Before teardown there is nothing to abandon: leaving means quitting, which tears down first.
	if (event.type === 'teardownAbandoned' && state.phase.kind !== 'tearingDown')
		return update(state, {type: 'quitRequested'}, now);
	const reduce = PHASES[state.phase.kind] as PhaseReducer<Phase['kind']>;
	return reduce(state, state.phase, event, now);
}
