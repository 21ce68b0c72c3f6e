import {progressOf} from '../progress.js';
import {failure} from '../failures.js';
import type {ScenarioEvent} from '../events.js';
import {stepsOf} from '../scenarios/index.js';
import {exitCode} from '../outcome.js';
import {knownLeftBehind, planTeardown} from '../teardown-plan.js';
import {ended, stay, withStep, type Transition} from '../transition.js';
import type {ScenarioState, TeardownItem, TeardownReason} from '../types.js';

function skipUnfinished(state: ScenarioState): ScenarioState {
	let next = state;
	for (const {id} of stepsOf(state)) {
		const {status} = progressOf(state, id);
		if (id !== 'teardown' && (status === 'pending' || status === 'running'))
			next = withStep(next, id, {...progressOf(state, id), status: 'skipped'});
	}
	return next;
}

function deleteEffect(state: ScenarioState, item: TeardownItem) {
	const {roleName} = state.names;
	const userName = item.userName ?? state.names.userName;
	return {type: 'deleteResource', kind: item.kind, id: item.id, userName, roleName} as const;
}

/**
 * t and q mean the same in every phase before teardown: tear down what exists (q then exits).
 * Returns undefined for any other event, so a phase handler can fall back to it.
 */
export function onStopRequested(
	state: ScenarioState,
	event: ScenarioEvent,
	now: number,
	reason: TeardownReason = 'requested',
): Transition | undefined {
	if (event.type === 'teardownRequested') return startTeardown(state, reason, false, now);
	if (event.type === 'quitRequested')
		return withDeadline(startTeardown(state, 'quit', true, now), event.deadlineSeconds);
	return undefined;
}

/** A teardown that a signal started says how long it has (while it is still going). */
export function withDeadline(transition: Transition, seconds: number | undefined): Transition {
	if (seconds === undefined || transition.state.phase.kind !== 'tearingDown') return transition;
	return {...transition, state: {...transition.state, notice: {kind: 'teardownDeadline', seconds}}};
}

export function startTeardown(
	state: ScenarioState,
	reason: TeardownReason,
	exitAfter: boolean,
	now: number,
): Transition {
	const items = planTeardown(state);
	const [first, ...rest] = items;
	const started = withStep(skipUnfinished(state), 'teardown', {status: 'running', startedAt: now});
	if (!first) return finishTeardown({...started, teardown: {reason, items: [], completed: true}}, exitAfter, now);
	return {
		state: {
			...started,
			phase: {kind: 'tearingDown', exitAfter},
			teardown: {reason, items: [{...first, status: 'running'}, ...rest], completed: false},
		},
		effects: [deleteEffect(state, first)],
	};
}

/** One deletion ended: record it and go on with the rest, even after a failure. */
export function onTeardownItemFinished(
	state: ScenarioState,
	exitAfter: boolean,
	kind: TeardownItem['kind'],
	id: string,
	error: string | undefined,
	now: number,
): Transition {
	const index = state.teardown.items.findIndex(
		(item) => item.kind === kind && item.id === id && item.status === 'running',
	);
	if (index < 0) return stay(state);
	const items = state.teardown.items.map(
		(item, i): TeardownItem => (i === index ? {...item, status: error ? 'failed' : 'done', error} : item),
	);
	const nextIndex = items.findIndex((item) => item.status === 'pending');
	const next = items[nextIndex];
	if (!next) return finishTeardown({...state, teardown: {...state.teardown, items}}, exitAfter, now);
	const running = items.map((item, i): TeardownItem => (i === nextIndex ? {...item, status: 'running'} : item));
	return {state: {...state, teardown: {...state.teardown, items: running}}, effects: [deleteEffect(state, next)]};
}

function finishTeardown(state: ScenarioState, exitAfter: boolean, now: number): Transition {
	const failed = state.teardown.items.filter((item) => item.status === 'failed');
	const completed = failed.length === 0;
	const items = failed.map(({kind, id}) => ({kind, id}));
	const error = completed ? undefined : failure({kind: 'leftBehind', items});
	const done: ScenarioState = {
		...withStep(state, 'teardown', ended(state, 'teardown', completed ? 'done' : 'failed', now, error)),
		teardown: {...state.teardown, completed},
		notice: error ? {kind: 'leftBehind', items} : state.notice,
	};
	if (exitAfter || state.options.autoAdvance)
		return {state: {...done, phase: {kind: 'exiting', exitCode: exitCode(done)}}, effects: []};
	return {state: {...done, phase: {kind: 'finished'}}, effects: []};
}

/**
 * The user will not wait for the teardown (the endpoint stalled): exit now. The deletion in flight
 * is aborted as the phase ends; whatever is not done is left behind and the journal is kept, so
 * `sts-mfa cleanup` finds it later.
 */
export function abandonTeardown(state: ScenarioState, now: number): Transition {
	const left = knownLeftBehind(state.teardown.items);
	// What is left is said once, by the notice (and the summary on exit), not again in the step's error.
	const error = failure({kind: 'teardownAbandoned'});
	const abandoned: ScenarioState = {
		...withStep(state, 'teardown', ended(state, 'teardown', 'failed', now, error)),
		teardown: {...state.teardown, abandoned: true},
		notice: {kind: 'leftBehind', items: left.map(({kind, id}) => ({kind, id}))},
	};
	return {state: {...abandoned, phase: {kind: 'exiting', exitCode: 1}}, effects: []};
}
