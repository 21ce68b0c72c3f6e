import {AwsError} from '../aws/errors.js';
import type {AwsServices, TraceEntry} from '../aws/types.js';
import {StsMfaError} from '../errors.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import type {PerformContext} from './perform.js';
import {noLeftovers} from './perform-leftovers.js';
import {failureEvent, performEffect} from './perform-table.js';
import {initialEffects, update} from './update.js';
import type {
	ErrorInfo,
	LeftoverCleanup,
	Phase,
	RunJournal,
	ScenarioController,
	ScenarioState,
	StepId,
} from './types.js';

export interface Clock {
	now(): number;
	/** Resolves after `ms`, rejects as soon as `signal` aborts. */
	sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: (ms, signal) =>
		new Promise((resolve, reject) => {
			if (signal.aborted) return reject(signal.reason);
			const timer = setTimeout(() => {
				signal.removeEventListener('abort', onAbort);
				resolve();
			}, ms);
			const onAbort = () => {
				clearTimeout(timer);
				reject(signal.reason);
			};
			signal.addEventListener('abort', onAbort, {once: true});
		}),
};

/** Until the journal lands (or when none is wanted): a journal that records nothing. */
export const noJournal: RunJournal = {
	intend: async () => {},
	created: async () => {},
	deleted: async () => {},
	complete: async () => {},
};

export interface ScenarioDependencies {
	readonly state: ScenarioState;
	/** A promise is accepted so the first frame can be drawn while the SDK is still loading. */
	readonly services: AwsServices | Promise<AwsServices>;
	readonly journal?: RunJournal;
	/** What earlier runs left on the target (asked only with options.lookForLeftovers); default: nothing. */
	readonly leftovers?: LeftoverCleanup;
	readonly clock?: Clock;
}

export interface RunningScenario extends ScenarioController {
	/** Feeds one AWS call into the trace (wire createAwsServices' onTrace here). */
	recordTrace(entry: TraceEntry): void;
}

/** The step a phase is in, if any. */
function stepOf(phase: Phase): StepId | undefined {
	return phase.kind === 'running' || phase.kind === 'codeEntry' ? phase.step : undefined;
}

/** The state an effect belongs to: leaving it aborts the effect (XState's invoked-promise rule). */
function phaseKey(phase: Phase): string {
	switch (phase.kind) {
		case 'ready':
			return `ready:${phase.next}`;
		case 'running':
		case 'codeEntry':
		case 'failed':
			return `${phase.kind}:${phase.step}`;
		default:
			return phase.kind;
	}
}

export function toErrorInfo(error: unknown): ErrorInfo {
	if (error instanceof AwsError) return {code: error.code, awsCode: error.awsCode, message: error.message};
	if (error instanceof StsMfaError) return {code: error.code, message: error.message};
	return {code: 'Unexpected', message: error instanceof Error ? error.message : String(error)};
}

/** Runs the scenario: performs effects through the service layer and feeds outcomes back as events. */
export function createScenario(dependencies: ScenarioDependencies): RunningScenario {
	const journal = dependencies.journal ?? noJournal;
	const leftovers = dependencies.leftovers ?? noLeftovers;
	const clock = dependencies.clock ?? systemClock;
	const services = Promise.resolve(dependencies.services);
	// Avoid an unhandled rejection before the first effect awaits it; performers see the error.
	services.catch(() => {});
	let state = dependencies.state;
	const listeners = new Set<(state: ScenarioState) => void>();
	const inFlight = new Map<AbortController, string>();
	let settle: (code: number) => void = () => {};
	const done = new Promise<number>((resolve) => (settle = resolve));

	function dispatch(event: ScenarioEvent): void {
		if (state.phase.kind === 'exiting') return;
		const before = state;
		const {state: next, effects} = update(state, event, clock.now());
		if (next === before && effects.length === 0) return;
		state = next;
		const key = phaseKey(next.phase);
		if (key !== phaseKey(before.phase)) {
			for (const [controller, owner] of inFlight) if (owner !== key) controller.abort();
		}
		if (!before.teardown.completed && next.teardown.completed) void journal.complete().catch(() => {});
		for (const listener of listeners) listener(state);
		for (const effect of effects) perform(effect, key, stepOf(next.phase));
		if (next.phase.kind === 'exiting') settle(next.phase.exitCode);
	}

	/** `running`: the step in force when the effect was issued; an unexpected failure fails that step. */
	function perform(effect: Effect, key: string, running?: StepId): void {
		const controller = new AbortController();
		inFlight.set(controller, key);
		const emit = (event: ScenarioEvent) => {
			if (!controller.signal.aborted) dispatch(event);
		};
		const run = async () => {
			const context: PerformContext = {
				services: await services,
				signal: controller.signal,
				journal,
				leftovers,
				emit,
				getState: () => state,
				now: () => clock.now(),
				sleep: (ms, signal) => clock.sleep(ms, signal),
			};
			await performEffect(effect, context);
		};
		// Performers start on a later tick so a dispatch never re-enters another dispatch.
		Promise.resolve()
			.then(run)
			.catch((error: unknown) => {
				if (controller.signal.aborted) return;
				emit(failureEvent(effect, toErrorInfo(error), running));
			})
			.finally(() => inFlight.delete(controller));
	}

	for (const effect of initialEffects(state)) perform(effect, phaseKey(state.phase), stepOf(state.phase));

	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		dispatch,
		recordTrace: (entry) => dispatch({type: 'traceRecorded', entry}),
		done,
	};
}
