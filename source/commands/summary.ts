import {say} from '../words/language.js';
import {progressOf} from '../scenario/progress.js';
import {DELETION_KINDS, isStepOnResource} from '../resources/kinds.js';
import {scenarioOf, stepsOf} from '../scenario/scenarios/index.js';
import {noticeWords} from '../words/notices.js';
import {CLEANUP_COMMAND, itemsWords, resourceNoun} from '../words/resources.js';
import {provedLine} from '../words/results.js';
import {SUMMARY_WORDS as WORDS} from '../words/summary.js';
import type {ScenarioState} from '../scenario/types.js';
import {proved} from '../scenario/outcome.js';
import {leftBehind, perhapsLeftBehind, type StopSignal} from './exit-status.js';

/*
 * The one or two lines a run leaves on the normal screen once the dashboard's alternate screen is
 * gone (and at the end of the plain log): what was proved, what was deleted, what is left and the
 * command that removes it. Everything else the dashboard showed vanishes with the alternate screen.
 */

function stopText(signal: StopSignal | undefined, state: ScenarioState): string {
	if (signal) return WORDS.stops[signal];
	const reason = state.teardown.reason;
	return reason === 'requested' || reason === 'quit' ? WORDS.stops.stopped : WORDS.stops.ended;
}

/** What the run showed, or why it did not get there. */
function outcomeLine(state: ScenarioState, signal: StopSignal | undefined): string {
	if (proved(state)) return WORDS.proved(provedLine(scenarioOf(state), state.results.withoutMfa?.errorCode));
	const steps = stepsOf(state);
	const failed = steps.findIndex(({id}) => id !== 'teardown' && progressOf(state, id).status === 'failed');
	const step = steps[failed];
	if (step) {
		const message = progressOf(state, step.id).error?.message;
		return WORDS.stepFailed(failed + 1, say(step.title), message);
	}
	const notice = state.notice && noticeWords(state.notice, scenarioOf(state));
	if (notice?.level === 'error' && state.teardown.reason === 'error') return `sts-mfa: ${notice.text}`;
	return WORDS.notProved(stopText(signal, state));
}

/** What teardown deleted and what, if anything, is left, with the command that removes it. */
function resourcesLine(state: ScenarioState): string {
	// Deactivating and detaching are steps on a resource, not resources deleted.
	const deleted = state.teardown.items.filter((item) => item.status === 'done' && !isStepOnResource(item.kind));
	// A device that could be neither deactivated nor deleted is one thing left, not two; so is a role.
	const left = leftBehind(state);
	// What was deleted, by kind only: the names are the run's own, and one line must hold it all.
	const deletedText =
		deleted.length > 0
			? WORDS.deleted(deleted.map((item) => resourceNoun(DELETION_KINDS[item.kind].resource)).join(', '))
			: '';
	if (left.length > 0) {
		const prefix = deletedText ? `${deletedText}. ` : '';
		return `${prefix}${WORDS.leftBehind(itemsWords(left), CLEANUP_COMMAND)}`;
	}
	const perhaps = perhapsLeftBehind(state);
	if (perhaps.length > 0) {
		const prefix = deletedText ? `${deletedText}. ` : '';
		return `${prefix}${WORDS.perhapsLeftBehind(itemsWords(perhaps), CLEANUP_COMMAND)}`;
	}
	if (state.teardown.items.length === 0) return WORDS.nothingCreated;
	if (state.target.kind === 'sandbox' && !state.teardown.completed) return WORDS.sandboxEnded(deletedText);
	return WORDS.nothingLeft(deletedText);
}

export function summaryLines(state: ScenarioState, signal?: StopSignal): string[] {
	return [outcomeLine(state, signal), resourcesLine(state)];
}
