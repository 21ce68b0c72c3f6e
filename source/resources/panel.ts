import type {Resources} from '../scenario/types.js';
import {PANEL_WORDS as WORDS} from '../words/panels.js';
import type {ResourceKind} from './kinds.js';

/*
 * How the dashboard's Resources panel shows each kind in kinds.ts: its row's value, read from what
 * the run holds, and the document printed under the rows when there is room. The panel draws the
 * kinds a scenario declares it creates (scenario/declaration.ts) from here, with no kind of its own.
 */

interface PanelRow {
	/** The resource's name or id; with `live` (not being deleted), what it is now ("(enabled)"). */
	readonly value: (resources: Resources, live: boolean) => string | undefined;
	/** A document printed under the rows while the resource lives (the inline policy in force). */
	readonly document?: (resources: Resources) => string | undefined;
}

export const PANEL_ROWS: {readonly [K in ResourceKind]: PanelRow} = {
	user: {value: ({user}) => user?.userName},
	virtualMfaDevice: {
		// "(enabled)" and "(in force)" describe a live resource; they go once its deletion starts.
		value: ({mfaDevice}, live) =>
			mfaDevice && `${mfaDevice.serialNumber}${mfaDevice.enabled && live ? WORDS.enabled : ''}`,
	},
	accessKey: {value: ({accessKey}) => accessKey?.accessKeyId},
	userPolicy: {
		value: ({policy}, live) => policy && `${policy.policyName}${policy.inForce && live ? WORDS.inForce : ''}`,
		document: ({policy}) => policy?.document,
	},
	role: {value: ({role}) => role?.roleName},
	managedPolicy: {value: ({managedPolicy}) => managedPolicy?.policyName},
};
