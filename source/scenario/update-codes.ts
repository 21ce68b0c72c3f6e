import {SESSION_SECONDS, type Effect} from './effects.js';
import type {CodeRefusal} from './events.js';
import {stay, type Transition} from './transition.js';
import {failStep} from './update-flow.js';
import type {CodeEntry, ErrorInfo, Phase, ScenarioState} from './types.js';

type CodeStep = 'enableMfaDevice' | 'sessionWithMfa';
type CodeEntryPhase = Extract<Phase, {kind: 'codeEntry'}>;

const REFUSAL_MESSAGES: Readonly<Record<CodeRefusal, string>> = {
	invalid:
		"Code not valid for this device: check that the authenticator scanned this run's QR code and that its clock is right, then type the current code.",
	reused: 'That code was already used; wait for the next code (a new one appears every 30 seconds).',
	notConsecutive: 'The two codes are not consecutive: type the current code, then wait for the next one and type that.',
};

export function refusalMessage(refusal: CodeRefusal): string {
	return REFUSAL_MESSAGES[refusal];
}

/** Asks the built-in authenticator for this step's code(s). */
export function generateCodesEffect(state: ScenarioState, step: CodeStep): Effect[] {
	const device = state.resources.mfaDevice;
	if (!device) return [];
	return [
		{
			type: 'generateCodes',
			purpose: step === 'enableMfaDevice' ? 'enable' : 'session',
			seed: device.seed,
			lastAcceptedStep: device.lastAcceptedStep,
			// The sandbox and other endpoints accept one step of drift, so an unattended run need
			// not wait for the next 30-second step; on AWS the code must be for the current step.
			allowDrift: state.target.kind !== 'aws',
		},
	];
}

/** Waits for the step's code(s); with --auto-mfa the built-in authenticator is asked at once. */
export function enterCodeEntry(state: ScenarioState, step: CodeStep, error?: string): Transition {
	const entry: CodeEntry =
		step === 'enableMfaDevice'
			? {purpose: 'enable', needed: 2, codes: [], error}
			: {purpose: 'session', needed: 1, codes: [], error};
	const next: ScenarioState = {...state, phase: {kind: 'codeEntry', step, entry}};
	return {state: next, effects: state.options.autoMfa ? generateCodesEffect(next, step) : []};
}

/** All codes are in: run the step's AWS call. */
function submitCodes(state: ScenarioState, step: CodeStep, codes: readonly string[]): Transition {
	const {resources, names} = state;
	const device = resources.mfaDevice;
	if (!device) return stay(state);
	const running: ScenarioState = {...state, phase: {kind: 'running', step}};
	if (step === 'enableMfaDevice') {
		const [code1 = '', code2 = ''] = codes;
		return {
			state: running,
			effects: [
				{type: 'enableMfaDevice', userName: names.userName, serialNumber: device.serialNumber, codes: [code1, code2]},
			],
		};
	}
	if (!resources.accessKey) return stay(state);
	return {
		state: running,
		effects: [
			{
				type: 'sessionWithMfa',
				credentials: resources.accessKey,
				serialNumber: device.serialNumber,
				tokenCode: codes[0] ?? '',
				durationSeconds: SESSION_SECONDS,
			},
		],
	};
}

export function onCodeSubmitted(state: ScenarioState, phase: CodeEntryPhase, code: string): Transition {
	const trimmed = code.trim();
	if (!/^\d{6}$/.test(trimmed)) {
		const entry = {...phase.entry, error: 'An MFA code is exactly 6 digits.'};
		return stay({...state, phase: {...phase, entry}});
	}
	const codes = [...phase.entry.codes, trimmed];
	if (codes.length < phase.entry.needed) {
		return stay({...state, phase: {...phase, entry: {...phase.entry, codes, error: undefined}}});
	}
	return submitCodes(state, phase.step, codes);
}

export function onCodesGenerated(state: ScenarioState, phase: CodeEntryPhase, codes: readonly string[]): Transition {
	if (codes.length !== phase.entry.needed) return stay(state);
	return submitCodes({...state, notice: undefined}, phase.step, codes);
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
		notice: {
			level: 'info',
			text: `The built-in authenticator is waiting ${seconds} s for a fresh code (the last one was already used).`,
		},
	});
}

/** AWS refused the code(s): ask again with a specific reason, or fail when no one is typing. */
export function onCodesRejected(
	state: ScenarioState,
	step: CodeStep,
	refusal: CodeRefusal,
	error: ErrorInfo,
	now: number,
): Transition {
	const message = refusalMessage(refusal);
	if (state.options.autoMfa)
		return failStep(state, step, {...error, message: `The built-in authenticator's code was refused: ${message}`}, now);
	const asked = enterCodeEntry(state, step, message);
	return {...asked, state: {...asked.state, notice: {level: 'warn', text: message}}};
}
