import type {StepAction} from '../declaration.js';
import type {Effect} from '../effects.js';
import type {CodeRefusal} from '../events.js';
import {stepDeclaration} from '../scenarios/index.js';
import {failure} from '../failures.js';
import {stay, type Transition} from '../transition.js';
import {failStep} from './steps.js';
import type {CodeProblem} from '../notices.js';
import type {CodeEntry, ErrorInfo, ScenarioState, StepId} from '../types.js';

type CodesAction = Extract<StepAction, {kind: 'codes'}>;

/** The step's declared 'codes' action; undefined for a step that takes none. */
export function codesAction(state: ScenarioState, step: StepId): CodesAction | undefined {
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
