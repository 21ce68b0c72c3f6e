import type {ScenarioState} from '../scenario/types.js';
import {STEP_FIELD_WORDS as WORDS} from '../words/step-fields.js';
import type {ResourceKind} from './kinds.js';

/*
 * What the detail panel says of each kind in kinds.ts, for a step whose panel shows resources
 * (scenario/declaration.ts): its labelled values, read from what the run holds, and a document
 * printed under them (a role's trust policy). Secrets are never among them: only that they are held.
 */

export interface DetailField {
	readonly label: string;
	readonly value?: string;
	/** A sentence or a list, wrapped between words; otherwise an identifier, shortened at a boundary. */
	readonly prose?: boolean;
}

interface ResourceDetail {
	readonly fields: (state: ScenarioState) => readonly DetailField[];
	readonly document?: (state: ScenarioState) => string | undefined;
}

const held = (exists: unknown, words: string) => (exists ? words : undefined);

export const RESOURCE_DETAILS: {readonly [K in ResourceKind]: ResourceDetail} = {
	user: {
		fields: ({resources: {user}, names}) => [
			{label: WORDS.labels.user, value: user?.userName},
			{label: WORDS.labels.arn, value: user?.arn},
			{label: WORDS.labels.path, value: user?.path ?? names.path},
			{label: WORDS.labels.tags, value: names.tags.map((tag) => `${tag.key}=${tag.value}`).join(', '), prose: true},
		],
	},
	virtualMfaDevice: {
		fields: ({resources: {mfaDevice}}) => [
			{label: WORDS.labels.serial, value: mfaDevice?.serialNumber},
			{label: WORDS.labels.enabled, value: mfaDevice && (mfaDevice.enabled ? WORDS.yes : WORDS.notYet)},
			{label: WORDS.labels.seed, value: held(mfaDevice, WORDS.seedHeld), prose: true},
		],
	},
	accessKey: {
		fields: ({resources: {accessKey}}) => [
			{label: WORDS.labels.accessKeyId, value: accessKey?.accessKeyId},
			{label: WORDS.labels.secret, value: held(accessKey, WORDS.secretHeld), prose: true},
		],
	},
	userPolicy: {fields: () => [], document: ({resources: {policy}}) => policy?.document},
	role: {
		fields: ({resources: {role}}) => [{label: WORDS.labels.role, value: role?.arn}],
		document: ({resources: {role}}) => role?.trustPolicy,
	},
	managedPolicy: {
		fields: ({resources: {managedPolicy}}) => [{label: WORDS.labels.managedPolicy, value: managedPolicy?.arn}],
	},
};
