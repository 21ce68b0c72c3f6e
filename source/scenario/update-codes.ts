import type {StepAction} from './declaration.js';
import {isMissing} from './declaration.js';
import type {Effect} from './effects.js';
import type {CodeRefusal} from './events.js';
import {stepDeclaration} from './scenarios/index.js';
import {failure} from './failures.js';
import {stay, type Transition} from './transition.js';
import {failMissing, failStep} from './update-fail.js';
import type {CodeProblem} from './notices.js';
import type {CodeEntry, ErrorInfo, Phase, ScenarioState, StepId} from './types.js';

type CodeEntryPhase = Extract<Phase, {kind: 'codeEntry'}>;
type CodesAction = Extract<StepAction, {kind: 'codes'}>;

/** The step's declared 'codes' action; undefined for a step that takes none. */
function codesAction(state: ScenarioState, step: StepId): CodesAction | undefined {
	const action = stepDeclaration(state, step)?.action;
	return action?.kind === 'codes' ? action : undefined;
}

/** Asks the built-in authenticator for this step's code(s). */
export function generateCodesEffect(state: ScenarioState, step: StepId): Effect[] {
	const device = state.resources.mfaDevice;
	const action = codesAction(state, step);
	if (!device || !action) return [];
	return [
		{
			type: 'generateCodes',
			step,
			purpose: action.purpose,
			seed: device.seed,
			lastAcceptedStep: device.lastAcceptedStep,
			// The sandbox and other endpoints accept one step of drift, so an unattended run need
			// not wait for the next 30-second step; on AWS the code must be for the current step.
			allowDrift: state.target.kind !== 'aws',
		},
	];
}

/** Waits for the step's code(s); with --auto-mfa the built-in authenticator is asked at once. */
export function enterCodeEntry(state: ScenarioState, step: StepId, error?: CodeProblem): Transition {
	const action = codesAction(state, step);
	if (!action) return stay(state);
	const entry: CodeEntry = {purpose: action.purpose, needed: action.needed, codes: [], error};
	const next: ScenarioState = {...state, phase: {kind: 'codeEntry', step, entry}};
	return {state: next, effects: state.options.autoMfa ? generateCodesEffect(next, step) : []};
}

/**
 * All codes are in: run the step's AWS call. Whatever was said about the last codes (a refusal, the
 * authenticator waiting) is about codes that are no longer there, so it goes; a new refusal says
 * itself again.
 */
function submitCodes(state: ScenarioState, step: StepId, codes: readonly string[], now: number): Transition {
	const device = state.resources.mfaDevice;
	const action = codesAction(state, step);
	if (!device || !action) return stay(state);
	const effect = action.effect(state, device, codes);
	if (isMissing(effect)) return failMissing(state, step, effect.missing, now);
	return {state: {...state, phase: {kind: 'running', step}, notice: undefined}, effects: [effect]};
}

export function onCodeSubmitted(state: ScenarioState, phase: CodeEntryPhase, code: string, now: number): Transition {
	const trimmed = code.trim();
	if (!/^\d{6}$/.test(trimmed)) {
		const entry = {...phase.entry, error: 'notSixDigits' as const};
		return stay({...state, phase: {...phase, entry}});
	}
	const codes = [...phase.entry.codes, trimmed];
	if (codes.length < phase.entry.needed) {
		return stay({...state, phase: {...phase, entry: {...phase.entry, codes, error: undefined}}});
	}
	return submitCodes(state, phase.step, codes, now);
}

export function onCodesGenerated(
	state: ScenarioState,
	phase: CodeEntryPhase,
	codes: readonly string[],
	now: number,
): Transition {
	if (codes.length !== phase.entry.needed) return stay(state);
	return submitCodes(state, phase.step, codes, now);
}

export function onAuthenticatorWaiting(
	state: ScenarioState,
	phase: CodeEntryPhase,
	readyAt: number,
	now: number,
): Transition {
	const seconds = Math.max(1, Math.ceil((readyAt - now) / 1000));
	return stay({
		...state,
		phase: {...phase, entry: {...phase.entry, autoCodeReadyAt: readyAt}},
		notice: {kind: 'authenticatorWaiting', seconds},
	});
}

/** AWS refused the code(s): ask again with a specific reason, or fail when no one is typing. */
export function onCodesRejected(
	state: ScenarioState,
	step: StepId,
	refusal: CodeRefusal,
	error: ErrorInfo,
	now: number,
): Transition {
	if (state.options.autoMfa) {
		return failStep(state, step, failure({kind: 'autoCodeRefused', refusal}, error), now);
	}
	const asked = enterCodeEntry(state, step, refusal);
	return {...asked, state: {...asked.state, notice: {kind: 'codeRefused', refusal}}};
}
