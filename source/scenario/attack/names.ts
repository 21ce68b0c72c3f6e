import type {DemoNames} from '../types.js';

/*
 * The names of what the stolen-key scenario's second part creates: a second user under the demo's
 * path, and the attacker's devices, each with the run id so that cleanup tells runs apart.
 */

/** The second user, whose key leaks before their first device. */
export const newcomerName = (names: DemoNames): string => `${names.userName}-new`;

/** The second user's copy of the scenario's policy (a name of its own, so teardown's lines tell them apart). */
export const newcomerPolicyName = (names: DemoNames): string => `${names.policyName}-new`;

/** The attacker's device for a move: the second device on the user, the newcomer's first, the fix's attempts. */
export const attackerDeviceName = (names: DemoNames, which: 'second' | 'first' | `fix${number}`): string =>
	`sts-mfa-attacker-${names.runId}-${which}`;

/** The serial number IAM derives from the device's path and name (as names.ts's mfaSerialNumber, without its imports). */
export const attackerSerialNumber = (
	account: string,
	names: DemoNames,
	which: 'second' | 'first' | `fix${number}`,
): string => `arn:aws:iam::${account}:mfa${names.path}${attackerDeviceName(names, which)}`;
