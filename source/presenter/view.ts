import {say} from '../words/language.js';
import {availableActions, type KeyHint, keyHints} from '../app/keys.js';
import {liveStep} from '../app/steps/live-step.js';
import {finishedSteps} from '../app/steps/review-cursor.js';
import {codeForStep, PERIOD_MS, timeStep} from '../scenario/authenticator.js';
import {scenarioOf, stepAfter, stepDeclaration, stepsOf} from '../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../scenario/types.js';

/** One step as the presenter's view names it: its number on the dashboard and its title. */
export interface PresentedStep {
	readonly number: number;
	readonly title: string;
}

/** What the dashboard tells presenter views; everything they show comes from here. */
export interface PresenterView {
	readonly scenario: string;
	/** The first screen: the audience picks a scenario. */
	readonly choosing: boolean;
	readonly onScreen?: PresentedStep;
	readonly next?: PresentedStep;
	/** The speaker notes declared with the scenario for the step on screen. */
	readonly notes?: string;
	readonly keys: readonly KeyHint[];
	/** When the dashboard started (epoch ms): the talk's clock. */
	readonly startedAt: number;
	/** The built-in authenticator's current code, on the embedded sandbox only. */
	readonly code?: {readonly value: string; readonly secondsLeft: number};
}

function stepToCome(state: ScenarioState, onScreen: StepId | undefined): StepId | undefined {
	const {phase} = state;
	// What Enter runs (on the first screen that is the step on screen itself).
	if (phase.kind === 'ready') return phase.next;
	if (phase.kind === 'confirm' || phase.kind === 'preflight') return stepsOf(state)[0]?.id;
	if (onScreen === undefined || onScreen === 'teardown') return undefined;
	return stepAfter(state, onScreen);
}

function presented(state: ScenarioState, step: StepId | undefined): PresentedStep | undefined {
	if (step === undefined) return undefined;
	const index = stepsOf(state).findIndex((each) => each.id === step);
	const declared = stepDeclaration(state, step);
	return index < 0 || !declared ? undefined : {number: index + 1, title: say(declared.title)};
}

function currentCode(state: ScenarioState, now: number): PresenterView['code'] {
	const device = state.resources.mfaDevice;
	if (state.target.kind !== 'sandbox' || !device) return undefined;
	const value = codeForStep(device.seed, timeStep(now));
	return {value, secondsLeft: Math.ceil((PERIOD_MS - (now % PERIOD_MS)) / 1000)};
}

/** The keys that work on the dashboard now, for its own state (help closed, not reviewing). */
function keysNow(state: ScenarioState): KeyHint[] {
	const {phase} = state;
	const seedShown = phase.kind === 'codeEntry' && phase.entry.purpose === 'enable' && !!state.resources.mfaDevice;
	const context = {helpOpen: false, reviewing: false, canReview: finishedSteps(state).length > 0, seedShown};
	return keyHints(availableActions(phase, context), phase, false).filter((hint) => hint.key !== '?');
}

function speakerNote(state: ScenarioState, step: StepId | undefined): string | undefined {
	const note = step === undefined ? undefined : scenarioOf(state).speakerNotes?.[step];
	return note && say(note);
}

export function presenterView(state: ScenarioState, startedAt: number, now: number): PresenterView {
	const onScreen = liveStep(state);
	return {
		scenario: state.scenario,
		choosing: state.phase.kind === 'choosing',
		onScreen: presented(state, onScreen),
		next: presented(state, stepToCome(state, onScreen)),
		notes: speakerNote(state, onScreen),
		keys: keysNow(state),
		startedAt,
		code: currentCode(state, now),
	};
}
