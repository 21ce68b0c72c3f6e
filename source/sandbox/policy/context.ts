/*
 * The request context that conditions read, built the way AWS builds it for the three kinds of
 * caller the sandbox has. The point of the demo lives here: aws:MultiFactorAuthPresent is ABSENT
 * for long-term access keys (the administrator's and users'), false for a session obtained
 * without MFA and true for one obtained with MFA — so `Bool … true` denies long-term keys while
 * `Deny + Bool … false` does not catch them.
 */
import type {ContextValue, Principal, RequestContext} from '../types.js';
import type {ContextLookup} from './variables.js';

export interface RequestFacts {
	readonly now: number;
	readonly sourceIp: string;
	readonly secureTransport: boolean;
}

export function requestContext(principal: Principal, {now, sourceIp, secureTransport}: RequestFacts): RequestContext {
	const context: Record<string, ContextValue> = {
		// A role session's principal ARN is its role's, not the assumed-role session ARN.
		'aws:PrincipalArn': principal.role?.arn ?? principal.arn,
		'aws:PrincipalAccount': principal.accountId,
		'aws:PrincipalType': principal.role ? 'AssumedRole' : principal.kind === 'admin' ? 'Account' : 'User',
		'aws:userid': principal.userId,
		'aws:CurrentTime': isoSeconds(now),
		'aws:EpochTime': Math.floor(now / 1000),
		'aws:SourceIp': sourceIp,
		'aws:SecureTransport': secureTransport,
	};
	if (principal.userName !== undefined && principal.kind !== 'admin' && !principal.role) {
		context['aws:username'] = principal.userName;
	}

	if (principal.kind === 'session') {
		const mfaAt = principal.session?.mfaAuthenticatedAt;
		context['aws:MultiFactorAuthPresent'] = mfaAt !== undefined;
		if (mfaAt !== undefined) {
			context['aws:MultiFactorAuthAge'] = Math.max(0, Math.floor((now - mfaAt) / 1000));
			// The code is checked when the token is issued, so the two moments coincide.
			context['aws:TokenIssueTime'] = isoSeconds(mfaAt);
		}
	}

	return context;
}

/** AWS writes times as 2024-01-02T03:04:05Z, without milliseconds. */
function isoSeconds(epochMs: number): string {
	return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Case-insensitive access to a request context, as IAM reads condition keys. */
export function contextLookup(context: RequestContext): ContextLookup {
	const byLowerKey = new Map<string, ContextValue>();
	for (const [key, value] of Object.entries(context)) {
		if (value !== undefined) {
			byLowerKey.set(key.toLowerCase(), value);
		}
	}

	return (key) => byLowerKey.get(key.toLowerCase());
}
