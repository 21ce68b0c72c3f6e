import type {DeletionKind} from '../../resources/kinds.js';
import {EVERY_KEY} from '../../words/resources.js';
import type {ScenarioState, StepId} from '../types.js';
import {attackerSerialNumber, newcomerName, newcomerPolicyName} from './names.js';

/*
 * What the attack's steps leave to delete: the attacker's devices (deactivated first when enabled
 * for a user) and the second user with its policy and key. A step cut short may have created what
 * it was making: that is planned by name (deleting something absent counts as done).
 */

/** One deletion of teardown's plan; `userName` when it is not the demo user's. */
export interface PlannedDeletion {
	readonly kind: DeletionKind;
	readonly id: string;
	readonly userName?: string;
}

/** The device a step makes, by the name its serial number derives from. */
const DEVICE_OF_STEP: Readonly<Record<string, 'second' | 'first' | 'fix1'>> = {
	attackSecondDevice: 'second',
	attackFirstDevice: 'first',
	attackFix: 'fix1',
};

/** The attacker's devices that `step` created, and the one it was creating if it was cut short. */
export function deviceDeletions(state: ScenarioState, step: StepId, cutShort: boolean): PlannedDeletion[] {
	const known = (state.resources.attack?.devices ?? []).filter((device) => device.step === step);
	const which = DEVICE_OF_STEP[step];
	const account = state.identity?.account;
	const uncertain = cutShort && which && account ? attackerSerialNumber(account, state.names, which) : undefined;
	const devices = [...known];
	if (uncertain && !known.some((device) => device.serialNumber === uncertain))
		// The newcomer's device may have been enabled before the step was cut short.
		devices.push({serialNumber: uncertain, step, ...(which === 'first' ? {userName: newcomerName(state.names)} : {})});
	return devices.flatMap((device): PlannedDeletion[] => [
		...(device.userName
			? [{kind: 'mfaDeactivation' as const, id: device.serialNumber, userName: device.userName}]
			: []),
		{kind: 'virtualMfaDevice', id: device.serialNumber},
	]);
}

/** The second user, its policy and its key: what exists, or (cut short) all of it by name. */
export function newcomerDeletions(state: ScenarioState, cutShort: boolean): PlannedDeletion[] {
	const newcomer = state.resources.attack?.newcomer;
	if (!newcomer && !cutShort) return [];
	const userName = newcomer?.userName ?? newcomerName(state.names);
	const policyName = newcomer?.policyName ?? newcomerPolicyName(state.names);
	const key = newcomer?.accessKey?.accessKeyId ?? (cutShort ? EVERY_KEY : undefined);
	return [
		...(newcomer?.policyPut || cutShort ? [{kind: 'userPolicy' as const, id: policyName, userName}] : []),
		...(key ? [{kind: 'accessKey' as const, id: key, userName}] : []),
		{kind: 'user', id: userName, userName},
	];
}
