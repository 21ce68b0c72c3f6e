import {onAttackEvent} from './attack/update-attack.js';
import {onDenialExplained, onDenied} from './denial/update-denial.js';
import type {ScenarioEvent} from './events.js';
import {otpauthUri} from './names.js';
import {scenarioOf, stepDeclaration} from './scenarios/index.js';
import {stay, type Transition} from './transition.js';
import {onCodesRejected} from './update-codes.js';
import {failFor, failStep} from './update-fail.js';
import {completeStep} from './update-flow.js';
import {onPropagationChecked, onUserPolicyPut} from './update-propagation.js';
import {onStopRequested} from './update-teardown.js';
import type {Phase, ScenarioState} from './types.js';

type RunningPhase = Extract<Phase, {kind: 'running'}>;

function withDeviceStep(
	state: ScenarioState,
	acceptedStep: number | undefined,
	enabled?: boolean,
): ScenarioState['resources'] {
	const device = state.resources.mfaDevice;
	if (!device) return state.resources;
	return {
		...state.resources,
		mfaDevice: {
			...device,
			enabled: enabled ?? device.enabled,
			lastAcceptedStep: acceptedStep ?? device.lastAcceptedStep,
		},
	};
}

/** A step's AWS call answered (or the user interrupted it). */
export function inRunning(state: ScenarioState, phase: RunningPhase, event: ScenarioEvent, now: number): Transition {
	const {step} = phase;
	const scenario = scenarioOf(state);
	switch (event.type) {
		case 'userCreated':
			return step === 'createUser'
				? completeStep(state, step, now, {resources: {...state.resources, user: event.user}})
				: stay(state);
		case 'mfaDeviceCreated': {
			if (step !== 'createMfaDevice') return stay(state);
			const uri = otpauthUri(state.names.deviceName, state.identity?.account ?? '', event.seed);
			const mfaDevice = {serialNumber: event.serialNumber, seed: event.seed, otpauthUri: uri, enabled: false};
			return completeStep(state, step, now, {resources: {...state.resources, mfaDevice}});
		}
		case 'mfaDeviceEnabled':
			return step === 'enableMfaDevice'
				? completeStep(state, step, now, {resources: withDeviceStep(state, event.acceptedStep, true)})
				: stay(state);
		case 'mfaCodesRejected':
			return stepDeclaration(state, step)?.action.kind === 'codes'
				? onCodesRejected(state, step, event.refusal, event.error, now)
				: stay(state);
		case 'accessKeyCreated': {
			if (step !== 'createAccessKey') return stay(state);
			const accessKey = {accessKeyId: event.accessKeyId, secretAccessKey: event.secretAccessKey};
			return completeStep(state, step, now, {resources: {...state.resources, accessKey}});
		}
		case 'roleCreated':
			return step === 'createRole'
				? completeStep(state, step, now, {
						resources: {...state.resources, role: event.role, managedPolicy: event.managedPolicy},
					})
				: stay(state);
		case 'userPolicyPut':
			return step === 'putUserPolicy' ? onUserPolicyPut(state, now) : stay(state);
		case 'propagationChecked':
			return step === 'putUserPolicy' ? onPropagationChecked(state, event, now) : stay(state);
		case 'listingWithoutMfaDenied':
			return step === scenario.deniedStep ? onDenied(state, step, event, now) : stay(state);
		case 'denialExplained':
			return step === scenario.deniedStep ? onDenialExplained(state, step, event.explanation, now) : stay(state);
		case 'listingWithoutMfaAllowed': {
			if (step !== scenario.deniedStep) return stay(state);
			const withoutMfa = {denied: false, buckets: event.buckets, sessionExpiration: event.sessionExpiration};
			const results = {...state.results, withoutMfa};
			return failFor(state, step, {kind: 'notProvedWithoutMfa', key: scenario.context.key}, now, {results});
		}
		case 'listingWithMfaSucceeded': {
			if (step !== scenario.allowedStep) return stay(state);
			const withMfa = {
				buckets: event.buckets,
				sessionAccessKeyId: event.sessionAccessKeyId,
				expiration: event.expiration,
				assumedRoleArn: event.assumedRoleArn,
				mfaAt: now,
				session: event.session,
			};
			return completeStep(state, step, now, {
				results: {...state.results, withMfa},
				resources: withDeviceStep(state, event.acceptedStep),
			});
		}
		case 'listingAfterMfaAge':
			return stepDeclaration(state, step)?.panel === 'mfaAge' ? onMfaAged(state, step, event, now) : stay(state);
		case 'attackCreated':
		case 'attackAnswered':
		case 'eventsFound':
			return onAttackEvent(state, step, event, now);
		case 'stepFailed':
			return event.step === step ? failStep(state, step, event.error, now) : stay(state);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
}

/** The aged session was denied (the proof's third request), or allowed, which disproves it. */
function onMfaAged(
	state: ScenarioState,
	step: string,
	event: {readonly denied: boolean; readonly ageSeconds: number; readonly errorCode?: string},
	now: number,
): Transition {
	const afterMfaAge = {denied: event.denied, ageSeconds: event.ageSeconds, errorCode: event.errorCode};
	const results = {...state.results, afterMfaAge};
	if (event.denied) return completeStep(state, step, now, {results});
	return failFor(state, step, {kind: 'mfaAgeNotEnforced', ageSeconds: event.ageSeconds}, now, {results});
}
