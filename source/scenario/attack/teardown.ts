import type {ResourcesToDelete} from '../../resources/plan.js';
import {EVERY_KEY} from '../../words/resources.js';
import type {ScenarioState, StepId} from '../types.js';
import {attackerSerialNumber, newcomerName, newcomerPolicyName} from './names.js';

/*
 * What the attack's steps leave to delete: the attacker's devices (deactivated first when enabled
 * for a user) and the second user with its policy and key. A step cut short may have created what
 * it was making: that is planned by name (deleting something absent counts as done).
 */

/** The device a step makes, by the name its serial number derives from. */
const DEVICE_OF_STEP: Readonly<Record<string, 'second' | 'first' | 'fix1'>> = {
	attackSecondDevice: 'second',
	attackFirstDevice: 'first',
	attackFix: 'fix1',
};

/** The attacker's devices that `step` created, and the one it was creating if it was cut short. */
export function deviceDeletions(state: ScenarioState, step: StepId, cutShort: boolean): ResourcesToDelete {
	const known = (state.resources.attack?.devices ?? []).filter((device) => device.step === step);
	const which = DEVICE_OF_STEP[step];
	const account = state.identity?.account;
	const uncertain = cutShort && which && account ? attackerSerialNumber(account, state.names, which) : undefined;
	const devices = [...known];
	if (uncertain && !known.some((device) => device.serialNumber === uncertain))
		// The newcomer's device may have been enabled before the step was cut short.
		devices.push({serialNumber: uncertain, step, ...(which === 'first' ? {userName: newcomerName(state.names)} : {})});
	return {
		virtualMfaDevice: devices.map(({serialNumber, userName}) => ({
			id: serialNumber,
			...(userName === undefined ? {} : {userName, enabled: true}),
		})),
	};
}

/** The second user, its policy and its key: what exists, or (cut short) all of it by name. */
export function newcomerDeletions(state: ScenarioState, cutShort: boolean): ResourcesToDelete {
	const newcomer = state.resources.attack?.newcomer;
	if (!newcomer && !cutShort) return {};
	const userName = newcomer?.userName ?? newcomerName(state.names);
	const policyName = newcomer?.policyName ?? newcomerPolicyName(state.names);
	const key = newcomer?.accessKey?.accessKeyId ?? (cutShort ? EVERY_KEY : undefined);
	const holds = {
		userPolicy: newcomer?.policyPut || cutShort ? [{id: policyName}] : [],
		accessKey: key ? [{id: key}] : [],
	};
	return {user: [{id: userName, holds}]};
}
