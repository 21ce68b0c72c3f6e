import type {Principal} from '../types.js';
import type {AccountState} from './records.js';
import type {SessionClaims} from './session-tokens.js';

/**
 * The principal a session token's claims describe, checked against the account as it is now:
 * undefined when the user or role it was issued for is gone (or is a namesake created since).
 * `admin` is the administrator's principal, for the administrator's own sessions.
 */
export function sessionPrincipal(state: AccountState, claims: SessionClaims, admin: Principal): Principal | undefined {
	const session = {
		expiresAt: claims.expiresAt,
		...(claims.mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt: claims.mfaAuthenticatedAt}),
		...(claims.policy === undefined ? {} : {policy: claims.policy}),
		...(claims.issuedAt === undefined ? {} : {issuedAt: claims.issuedAt}),
		...(claims.managedPolicies === undefined ? {} : {managedPolicies: claims.managedPolicies}),
	};
	const base = {kind: 'session' as const, accountId: state.accountId, accessKeyId: claims.accessKeyId, session};
	if (claims.role) {
		const role = state.roles.get(claims.role.key);
		if (role?.roleId !== claims.role.roleId) return undefined;
		const {sessionName} = claims.role;
		return {
			...base,
			arn: `arn:aws:sts::${state.accountId}:assumed-role/${role.roleName}/${sessionName}`,
			userId: `${role.roleId}:${sessionName}`,
			role: {roleName: role.roleName, roleId: role.roleId, arn: role.arn, sessionName},
		};
	}
	if (claims.user) {
		const user = state.users.get(claims.user.key);
		if (user?.userId !== claims.user.userId) return undefined;
		return {...base, arn: user.arn, userId: user.userId, userName: user.userName};
	}
	return {...admin, ...base};
}
