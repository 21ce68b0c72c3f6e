import {summaryLines} from '../commands/summary.js';
import {SCENARIO_NAMES} from '../scenario/declaration.js';
import {progressOf} from '../scenario/progress.js';
import {scenarioOf, stepsOf} from '../scenario/scenarios/index.js';
import {declaredCreations} from '../scenario/teardown-plan.js';
import type {Phase, ScenarioState, StepId} from '../scenario/types.js';
import {codeLabel} from '../words/code-input.js';
import {creationWords, itemWords} from '../words/resources.js';
import {SCREEN_READER_WORDS as WORDS} from '../words/screen-reader.js';
import {say} from '../words/language.js';

/*
 * The line (or lines) a screen-reader user hears when the run enters a state: where it is now and
 * which key moves it on. Pure, like plain mode's describeChange, which says what the last step did;
 * the runner prints that first, then these, so each change reads: the step, its result, the next key.
 */

/** Whether `after` is a state the user has not been told about yet. */
function entered(before: Phase | undefined, after: Phase): boolean {
	if (!before || before.kind !== after.kind) return true;
	if (after.kind === 'ready' && before.kind === 'ready') return before.next !== after.next;
	if (after.kind === 'leftovers' && before.kind === 'leftovers') return before.deleting !== after.deleting;
	if (after.kind === 'preflight' && before.kind === 'preflight')
		return before.searchingLeftovers !== after.searchingLeftovers;
	if (after.kind === 'codeEntry' && before.kind === 'codeEntry') return before.step !== after.step;
	return false;
}

function stepNumber(state: ScenarioState, step: StepId): {number: number; total: number; title: string} {
	const steps = stepsOf(state);
	const index = steps.findIndex(({id}) => id === step);
	const title = steps[index]?.title;
	return {number: index + 1, total: steps.length, title: title ? say(title) : step};
}

function choosingLines(state: ScenarioState): string[] {
	return [
		WORDS.choose,
		...SCENARIO_NAMES.map((name, index) => WORDS.scenario(index + 1, name, say(scenarioOf({scenario: name}).summary))),
		WORDS.chooseKeys(SCENARIO_NAMES.length, state.scenario),
	];
}

function confirmLines(state: ScenarioState): string[] {
	const {identity, names} = state;
	return [
		WORDS.aboutToCreate(identity?.account ?? '?', identity?.arn ?? '?', names.path),
		...declaredCreations(state).map(({kind, name}) => `${creationWords(kind, name(names))}.`),
		WORDS.everythingDeleted,
		WORDS.confirmKeys,
	];
}

function leftoverLines(phase: Extract<Phase, {kind: 'leftovers'}>): string[] {
	if (phase.deleting) return [WORDS.deletingLeftovers];
	return [WORDS.leftovers(phase.items.length), ...phase.items.map((item) => `${itemWords(item)}.`), WORDS.leftoverKeys];
}

function readyLine(state: ScenarioState, next: StepId): string {
	const {number, total, title} = stepNumber(state, next);
	const started = stepsOf(state).some(({id}) => progressOf(state, id).status !== 'pending');
	return started ? WORDS.next(number, total, title) : WORDS.start(number, total, title);
}

/** What the code entry asks for; the prompt itself (with the digits typed) is the runner's. */
export function codeEntryLines(state: ScenarioState): string[] {
	const {phase} = state;
	if (phase.kind !== 'codeEntry') return [];
	if (state.options.autoMfa || phase.entry.autoCodeReadyAt !== undefined) return [WORDS.autoCodes];
	return [phase.entry.purpose === 'enable' ? WORDS.codeKeys : WORDS.freshCodeKeys];
}

/** The prompt for the code being typed now, or undefined when nobody types one. */
export function codePrompt(state: ScenarioState): string | undefined {
	const {phase} = state;
	if (phase.kind !== 'codeEntry' || state.options.autoMfa || phase.entry.autoCodeReadyAt !== undefined)
		return undefined;
	const {purpose, needed, codes} = phase.entry;
	return WORDS.codePrompt(codeLabel(purpose, needed, codes.length));
}

function lines(state: ScenarioState): string[] {
	const {phase} = state;
	switch (phase.kind) {
		case 'choosing':
			return choosingLines(state);
		case 'preflight':
			return [phase.searchingLeftovers ? WORDS.searchingLeftovers : WORDS.preflight];
		case 'leftovers':
			return leftoverLines(phase);
		case 'confirm':
			return confirmLines(state);
		case 'ready':
			return [readyLine(state, phase.next)];
		case 'running':
			// Plain mode's "[n/N] title …" already says which step started.
			return [];
		case 'codeEntry':
			return codeEntryLines(state);
		case 'failed':
			return [WORDS.failedKeys];
		case 'tearingDown':
			return [WORDS.tearingDown];
		case 'finished':
			return [...summaryLines(state, undefined), WORDS.finishedKeys];
		case 'exiting':
			return [];
		default: {
			const unknown: never = phase;
			return unknown;
		}
	}
}

/** The lines for the state the run has just entered; none when it is still in the one already said. */
export function phaseLines(before: ScenarioState | undefined, after: ScenarioState): string[] {
	if (!entered(before?.phase, after.phase)) return [];
	const chosen = before?.phase.kind === 'choosing' && after.phase.kind !== 'choosing';
	return [...(chosen ? [WORDS.chosen(after.scenario)] : []), ...lines(after)];
}
