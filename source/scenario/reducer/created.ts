import type {ScenarioEvent} from '../events.js';
import {otpauthUri} from '../names.js';
import {stay, type Transition} from '../transition.js';
import type {ScenarioState, StepId} from '../types.js';
import {completeStep} from './steps.js';

/* A running step's create call answered: what it made joins the resources and the step is done. */

/** The device with the TOTP step AWS last accepted (and, once enabled, enabled). */
export function withDeviceStep(
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

/** The step `event` completes, and what it adds to the resources; undefined for any other event. */
function createdBy(state: ScenarioState, event: ScenarioEvent) {
	switch (event.type) {
		case 'userCreated':
			return {step: 'createUser', resources: {...state.resources, user: event.user}};
		case 'mfaDeviceCreated': {
			const uri = otpauthUri(state.names.deviceName, state.identity?.account ?? '', event.seed);
			const mfaDevice = {serialNumber: event.serialNumber, seed: event.seed, otpauthUri: uri, enabled: false};
			return {step: 'createMfaDevice', resources: {...state.resources, mfaDevice}};
		}
		case 'mfaDeviceEnabled':
			return {step: 'enableMfaDevice', resources: withDeviceStep(state, event.acceptedStep, true)};
		case 'accessKeyCreated': {
			const accessKey = {accessKeyId: event.accessKeyId, secretAccessKey: event.secretAccessKey};
			return {step: 'createAccessKey', resources: {...state.resources, accessKey}};
		}
		case 'roleCreated':
			return {
				step: 'createRole',
				resources: {...state.resources, role: event.role, managedPolicy: event.managedPolicy},
			};
		default:
			return undefined;
	}
}

/** A create answered: done when it belongs to the running step, ignored otherwise; undefined for other events. */
export function onCreated(
	state: ScenarioState,
	step: StepId,
	event: ScenarioEvent,
	now: number,
): Transition | undefined {
	const created = createdBy(state, event);
	if (!created) return undefined;
	return created.step === step ? completeStep(state, step, now, {resources: created.resources}) : stay(state);
}
