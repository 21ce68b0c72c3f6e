/*
 * What a principal may do: its identity policies, narrowed by a session policy when the session
 * has one (IAM User Guide, "Session policies": the effective permissions are the intersection of
 * the identity-based policies and the session policy; an explicit deny in either denies).
 */
import type {Principal} from '../types.js';
import {evaluate, type AuthorizationRequest} from './evaluate.js';
import {parsedPolicy} from './parsed-cache.js';
import type {Decision, PolicyDocument} from './types.js';

/** The session policy of a role session, parsed; undefined when it has none. */
export function sessionPolicyOf(principal: Principal): PolicyDocument | undefined {
	const text = principal.session?.policy;
	return text === undefined ? undefined : parsedPolicy(text);
}

export function evaluateGrant(
	identity: readonly PolicyDocument[] | 'admin',
	sessionPolicy: PolicyDocument | undefined,
	request: AuthorizationRequest,
): Decision {
	const byIdentity = identity === 'admin' ? 'allow' : evaluate(identity, request);
	if (sessionPolicy === undefined) return byIdentity;
	const bySession = evaluate([sessionPolicy], request);
	if (byIdentity === 'explicitDeny' || bySession === 'explicitDeny') return 'explicitDeny';
	return byIdentity === 'allow' && bySession === 'allow' ? 'allow' : 'implicitDeny';
}
