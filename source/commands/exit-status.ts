import {progressOf} from '../scenario/progress.js';
import {stepsOf} from '../scenario/scenarios/index.js';
import type {ScenarioState, TeardownItem} from '../scenario/types.js';
import {proved} from '../scenario/outcome.js';
import {knownLeftBehind, unconfirmed} from '../scenario/teardown-plan.js';

/*
 * What `sts-mfa run` exits with, as terminal tools do: a script can tell "it worked", "it did not",
 * "you called it wrong", "something is left in your account" and "you interrupted it" apart.
 * The README and `--help` list the same table.
 */
export const EXIT_STATUS = {
	/** The demo proved its point and left nothing; or the user stopped it and nothing is left. */
	ok: 0,
	/** A step failed, or the run ended without proving its point. */
	failed: 1,
	/** Usage and configuration errors (a bad flag, a profile that does not exist, no credentials). */
	usage: 2,
	/** Something the run created could not be deleted, or may exist: `sts-mfa cleanup` removes it. */
	leftBehind: 3,
	/** Interrupted (Ctrl-C, SIGINT), after teardown ran: 128 + 2. */
	interrupted: 130,
	/** Terminated (SIGTERM), after teardown ran: 128 + 15. */
	terminated: 143,
} as const;

/** The signal that ended a run, or the Ctrl-C key on the dashboard (counted as SIGINT). */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** What the run created and could not delete. On the embedded sandbox nothing outlives the process. */
export function leftBehind(state: ScenarioState): readonly TeardownItem[] {
	if (state.target.kind === 'sandbox') return [];
	return knownLeftBehind(state.teardown.items);
}

/** What a create cut short may have made, whose deletion never answered: perhaps left behind. */
export function perhapsLeftBehind(state: ScenarioState): readonly TeardownItem[] {
	if (state.target.kind === 'sandbox') return [];
	return unconfirmed(state.teardown.items);
}

/** Whether a step other than teardown failed (teardown's own failure is "left behind"). */
export function stepFailed(state: ScenarioState): boolean {
	return stepsOf(state).some(({id}) => id !== 'teardown' && progressOf(state, id).status === 'failed');
}

/** Whether the user ended the run (q, t, n at the confirmation, Ctrl-C) rather than a failure. */
export function stoppedByUser(state: ScenarioState, signal: StopSignal | undefined): boolean {
	const reason = state.teardown.reason;
	return signal !== undefined || reason === 'requested' || reason === 'quit';
}

/** The process's exit status once the run has ended and teardown has run. */
export function exitStatus(state: ScenarioState, signal?: StopSignal): number {
	if (leftBehind(state).length > 0 || perhapsLeftBehind(state).length > 0) return EXIT_STATUS.leftBehind;
	if (signal === 'SIGINT') return EXIT_STATUS.interrupted;
	if (signal === 'SIGTERM') return EXIT_STATUS.terminated;
	if (signal === 'SIGHUP') return 129;
	if (proved(state)) return EXIT_STATUS.ok;
	if (stepFailed(state) || progressOf(state, 'teardown').status === 'failed') return EXIT_STATUS.failed;
	return stoppedByUser(state, signal) ? EXIT_STATUS.ok : EXIT_STATUS.failed;
}
