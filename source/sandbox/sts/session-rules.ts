import {SandboxError} from '../errors.js';
import type {Principal, SandboxService} from '../types.js';

/**
 * What session credentials may call, checked by the router before authorization: from
 * GetSessionToken, IAM only when the session was obtained with MFA (otherwise AWS answers as if
 * the token were invalid); from either kind of session, no STS operation but GetCallerIdentity and
 * AssumeRole. A role session calls IAM as its role's policies allow.
 */
export function sessionMayCall(
	principal: Principal,
	service: SandboxService,
	action: string,
): SandboxError | undefined {
	if (principal.kind !== 'session') return undefined;
	if (service === 'iam' && !principal.role && principal.session?.mfaAuthenticatedAt === undefined) {
		return new SandboxError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
	}
	if (service === 'sts' && action !== 'GetCallerIdentity' && action !== 'AssumeRole') {
		return new SandboxError('AccessDenied', `Cannot call ${action} with session credentials`, 403);
	}
	return undefined;
}
