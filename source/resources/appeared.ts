import type {Resources} from '../scenario/types.js';
import {PLAIN_LOG_WORDS as WORDS} from '../words/plain-log.js';
import type {ResourceKind} from './kinds.js';

/*
 * The line plain mode prints when a resource of each kind in kinds.ts appears: what it is and the
 * id AWS gave it. Plain mode prints them for the kinds the scenario declares it creates, in that order.
 */

/** The line for a resource of this kind that `now` holds and `was` did not; `summary` says what a policy document does. */
type AppearedLine = (was: Resources, now: Resources, summary: (document: string) => string) => string | undefined;

export const APPEARED: {readonly [K in ResourceKind]: AppearedLine} = {
	user: (was, {user}) => (!was.user && user ? WORDS.user(user.arn) : undefined),
	virtualMfaDevice: (was, {mfaDevice}) =>
		!was.mfaDevice && mfaDevice ? WORDS.mfaDevice(mfaDevice.serialNumber) : undefined,
	accessKey: (was, {accessKey}) => (!was.accessKey && accessKey ? WORDS.accessKey(accessKey.accessKeyId) : undefined),
	// A later policy step (a fix) replaces the policy: said again, with what the new one does.
	userPolicy: (was, {policy}, summary) =>
		policy && (!was.policy || was.policy.document !== policy.document)
			? WORDS.inlinePolicy(policy.policyName, summary(policy.document))
			: undefined,
	role: (was, {role}) => (!was.role && role ? WORDS.role(role.arn) : undefined),
	managedPolicy: (was, {managedPolicy}) =>
		!was.managedPolicy && managedPolicy ? WORDS.managedPolicy(managedPolicy.arn) : undefined,
};
