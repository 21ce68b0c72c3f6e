import {NOTICE_REASONS} from '../words/failures.js';
import {clockSkewWarning} from './clock.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import type {ScenarioName} from './declaration.js';
import {isRootArn, simulationSourceArn} from './policy.js';
import {DEFAULT_SCENARIO, SCENARIOS, scenarioOf} from './scenarios/index.js';
import {assertNever, stay, type Transition} from './transition.js';
import {onAuthenticatorWaiting, onCodeSubmitted, onCodesGenerated, generateCodesEffect} from './update-codes.js';
import {failFor, failStep} from './update-fail.js';
import {begin, startStep} from './update-flow.js';
import {inLeftovers, onLeftoversFound, onLeftoversUnchecked, searchLeftovers} from './update-leftovers.js';
import {inRunning} from './update-running.js';
import {PENDING} from './progress.js';
import {
	abandonTeardown,
	exitCode as exitCodeOf,
	onStopRequested,
	onTeardownItemFinished,
	startTeardown,
} from './update-teardown.js';
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

/** The first screen: Enter on a scenario starts its preflight; q leaves before anything happened. */
function inChoosing(state: ScenarioState, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'scenarioChosen': {
			const names = {...state.names, policyName: scenarioOf({scenario: event.scenario}).userPolicy.name};
			return {
				state: {...state, scenario: event.scenario, names, phase: {kind: 'preflight'}},
				effects: [{type: 'resolveIdentity'}],
			};
		}
		case 'quitRequested':
			return startTeardown(state, 'quit', true, now);
		default:
			return stay(state);
	}
}

/** The caller is known (and, on AWS, its permissions): look for leftovers, then confirm or begin. */
function afterPreflight(state: ScenarioState, now: number): Transition {
	return searchLeftovers(state, now);
}

function inPreflight(state: ScenarioState, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'identityResolved': {
			const skewed = clockSkewWarning(event.clockSkewMs) !== undefined;
			const identified: ScenarioState = {
				...state,
				identity: event.identity,
				preflight: {missingPermissions: [], isRoot: false, clockSkewMs: event.clockSkewMs},
				notice:
					skewed && event.clockSkewMs !== undefined ? {kind: 'clockSkew', skewMs: event.clockSkewMs} : state.notice,
			};
			if (state.target.kind !== 'aws') return afterPreflight(identified, now);
			if (isRootArn(event.identity.arn)) {
				const notice = {kind: 'rootCaller', clockSkewMs: event.clockSkewMs} as const;
				return afterPreflight({...identified, preflight: {...identified.preflight!, isRoot: true}, notice}, now);
			}
			const policySourceArn = simulationSourceArn(event.identity.arn);
			if (!policySourceArn)
				return inPreflight(identified, {type: 'permissionsUnchecked', reason: NOTICE_REASONS.notSimulable}, now);
			return {
				state: identified,
				effects: [{type: 'checkPermissions', policySourceArn, actions: scenarioOf(state).operatorActions}],
			};
		}
		case 'permissionsChecked': {
			const preflight = {...state.preflight, missingPermissions: event.missing, isRoot: false};
			const notice: ScenarioState['notice'] =
				event.missing.length > 0
					? {kind: 'missingPermissions', actions: event.missing, clockSkewMs: state.preflight?.clockSkewMs}
					: state.notice;
			return afterPreflight({...state, preflight, notice}, now);
		}
		case 'permissionsUnchecked':
			return afterPreflight({...state, notice: {kind: 'permissionsUnchecked', reason: event.reason}}, now);
		case 'leftoversFound':
			return state.phase.kind === 'preflight' && state.phase.searchingLeftovers
				? onLeftoversFound(state, event.items, now)
				: stay(state);
		case 'leftoversUnchecked':
			return state.phase.kind === 'preflight' && state.phase.searchingLeftovers
				? onLeftoversUnchecked(state, event.reason, now)
				: stay(state);
		case 'preflightFailed':
			return startTeardown(
				{...state, notice: {kind: 'preflightFailed', error: event.error}},
				'error',
				state.options.autoAdvance,
				now,
			);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
}

function inConfirm(state: ScenarioState, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'confirmed':
			return begin(state, now);
		case 'declined':
			return startTeardown({...state, notice: {kind: 'nothingCreated'}}, 'requested', true, now);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
}

function inReady(state: ScenarioState, next: StepId, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'nextRequested':
			return startStep(state, next, now);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
}

function inCodeEntry(
	state: ScenarioState,
	phase: Extract<Phase, {kind: 'codeEntry'}>,
	event: ScenarioEvent,
	now: number,
): Transition {
	switch (event.type) {
		case 'codeSubmitted':
			return onCodeSubmitted(state, phase, event.code, now);
		case 'autoCodesRequested':
			return {
				state: {...state, notice: {kind: 'askingAuthenticator'}},
				effects: generateCodesEffect(state, phase.step),
			};
		case 'codesGenerated':
			return onCodesGenerated(state, phase, event.codes, now);
		case 'authenticatorWaiting':
			return onAuthenticatorWaiting(state, phase, event.readyAt, now);
		case 'stepFailed':
			return event.step === phase.step ? failStep(state, phase.step, event.error, now) : stay(state);
		case 'inputEnded': {
			const failed = failFor(state, phase.step, {kind: 'inputEnded'}, now);
			return failed.state.phase.kind === 'failed' ? startTeardown(failed.state, 'failed', true, now) : failed;
		}
		default:
			// Why a code was refused, or what the authenticator waits for, is moot once the run ends.
			return onStopRequested({...state, notice: undefined}, event, now) ?? stay(state);
	}
}

function inFailed(state: ScenarioState, step: StepId, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'retryRequested':
			return startStep(state, step, now);
		default:
			return onStopRequested(state, event, now, 'failed') ?? stay(state);
	}
}

function inTearingDown(state: ScenarioState, exitAfter: boolean, event: ScenarioEvent, now: number): Transition {
	switch (event.type) {
		case 'teardownItemFinished':
			return onTeardownItemFinished(state, exitAfter, event.kind, event.id, event.error, now);
		case 'teardownAbandoned':
			return abandonTeardown(state, now);
		case 'quitRequested': {
			// A hang-up or SIGTERM while tearing down: finish, then exit (only the user may abandon it).
			const notice =
				event.deadlineSeconds === undefined
					? {kind: 'stillTearingDown' as const}
					: {kind: 'teardownDeadline' as const, seconds: event.deadlineSeconds};
			return stay({...state, phase: {kind: 'tearingDown', exitAfter: true}, notice});
		}
		default:
			return stay(state);
	}
}

/** The scenario's whole logic: the next state and the effects to perform. Pure; never awaits. */
export function update(state: ScenarioState, event: ScenarioEvent, now: number): Transition {
	if (event.type === 'traceRecorded') return stay({...state, trace: [...state.trace, event.entry].slice(-TRACE_LIMIT)});
	const {phase} = state;
	// Before teardown there is nothing to abandon: leaving means quitting, which tears down first.
	if (event.type === 'teardownAbandoned' && phase.kind !== 'tearingDown')
		return update(state, {type: 'quitRequested'}, now);
	switch (phase.kind) {
		case 'choosing':
			return inChoosing(state, event, now);
		case 'preflight':
			return inPreflight(state, event, now);
		case 'leftovers':
			return inLeftovers(state, phase, event, now);
		case 'confirm':
			return inConfirm(state, event, now);
		case 'ready':
			return inReady(state, phase.next, event, now);
		case 'running':
			return inRunning(state, phase, event, now);
		case 'codeEntry':
			return inCodeEntry(state, phase, event, now);
		case 'failed':
			return inFailed(state, phase.step, event, now);
		case 'tearingDown':
			return inTearingDown(state, phase.exitAfter, event, now);
		case 'finished':
			return event.type === 'quitRequested'
				? stay({...state, phase: {kind: 'exiting', exitCode: exitCodeOf(state)}})
				: stay(state);
		case 'exiting':
			return stay(state);
		default:
			return assertNever(phase);
	}
}
