import {isMissing} from '../../declaration.js';
import {stay, type PhaseOf, type PhaseReducer, type Transition} from '../../transition.js';
import type {ScenarioState, StepId} from '../../types.js';
import {codesAction, generateCodesEffect} from '../codes.js';
import {failFor, failMissing, failStep} from '../steps.js';
import {onStopRequested, startTeardown} from '../teardown.js';

/* codeEntry: waits for the step's MFA code(s), typed or from the built-in authenticator. */

type CodeEntryPhase = PhaseOf<'codeEntry'>;

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

function onCodeSubmitted(state: ScenarioState, phase: CodeEntryPhase, code: string, now: number): Transition {
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

function onCodesGenerated(
	state: ScenarioState,
	phase: CodeEntryPhase,
	codes: readonly string[],
	now: number,
): Transition {
	if (codes.length !== phase.entry.needed) return stay(state);
	return submitCodes(state, phase.step, codes, now);
}

function onAuthenticatorWaiting(state: ScenarioState, phase: CodeEntryPhase, readyAt: number, now: number): Transition {
	const seconds = Math.max(1, Math.ceil((readyAt - now) / 1000));
	return stay({
		...state,
		phase: {...phase, entry: {...phase.entry, autoCodeReadyAt: readyAt}},
		notice: {kind: 'authenticatorWaiting', seconds},
	});
}

export const inCodeEntry: PhaseReducer<'codeEntry'> = (state, phase, event, now) => {
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
};
