import {SandboxError} from '../errors.js';
import {
	evaluateGrant,
	evaluateTrust,
	parsePolicyDocument,
	parseTrustPolicy,
	requestContext,
	sessionPolicyOf,
} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {RoleRecord, SandboxStore} from '../store/index.js';
import {policySize} from '../store/policy-size.js';
import type {ActionContext, ActionResult, Principal} from '../types.js';
import {credentialsShape} from './actions.js';
import {checkMfaParameters} from './mfa-code.js';
import {
	EXTERNAL_ID,
	ROLE_ARN,
	ROLE_DURATION_SECONDS,
	ROLE_SESSION_NAME,
	SESSION_POLICY,
	SOURCE_IDENTITY,
} from './params.js';

const DEFAULT_DURATION_SECONDS = 3600;
/** Role chaining: a role session assuming a role gets at most an hour (STS API reference). */
const CHAINED_MAX_DURATION_SECONDS = 3600;
/** A session policy's plain-text limit (STS API reference, AssumeRole Policy). */
const SESSION_POLICY_SIZE = 2048;

/**
 * AssumeRole: the trust policy must allow the caller (with MFA when it says so); when it names only
 * the account, the caller's own policies must allow sts:AssumeRole on the role as well.
 */
export function assumeRole(store: SandboxStore, context: ActionContext): ActionResult {
	const params = new QueryParams(context.params);
	const roleArn = params.required('RoleArn', ROLE_ARN);
	const sessionName = params.required('RoleSessionName', ROLE_SESSION_NAME);
	const requested = params.optionalInt('DurationSeconds', ROLE_DURATION_SECONDS);
	const policy = sessionPolicy(params.optional('Policy', SESSION_POLICY));
	refuseUnmodelled(context.params);
	const {principal, now} = context;
	if (principal.kind === 'admin' || principal.arn === `arn:aws:iam::${store.accountId}:root`) {
		throw new SandboxError('AccessDenied', 'Roles may not be assumed by root accounts.', 403);
	}
	const role = store.roles.findByArn(roleArn);
	const mfaNow = checkMfaParameters(store, params, principal.role ? undefined : principal.userName, now);
	const mfaAuthenticatedAt = mfaNow ?? principal.session?.mfaAuthenticatedAt;
	const caller: Principal = mfaAuthenticatedAt === undefined ? principal : withMfa(principal, mfaAuthenticatedAt, now);
	if (!role || !mayAssume(store, role, caller, context)) throw notAuthorized(principal.arn, roleArn);
	const durationSeconds = checkDuration(role, principal, requested);
	const session = store.sessions.issue({
		issuedAt: now,
		expiresAt: now + durationSeconds * 1000,
		role: {key: role.roleName.toLowerCase(), roleId: role.roleId, sessionName},
		...(mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt}),
		...(policy === undefined ? {} : {policy}),
	});
	const body = {
		Credentials: credentialsShape(session),
		AssumedRoleUser: {
			AssumedRoleId: `${role.roleId}:${sessionName}`,
			Arn: `arn:aws:sts::${store.accountId}:assumed-role/${role.roleName}/${sessionName}`,
		},
		...(policy === undefined ? {} : {PackedPolicySize: packedPercent(policy)}),
	};
	return {body};
}

function mayAssume(store: SandboxStore, role: RoleRecord, caller: Principal, context: ActionContext): boolean {
	const trust = parseTrustPolicy(role.assumeRolePolicyDocument, store.accountId, () => true);
	const facts = {now: context.now, sourceIp: '', secureTransport: false};
	const params = new QueryParams(context.params);
	const requestFacts = {
		...requestContext(caller, facts),
		'sts:RoleSessionName': context.params.RoleSessionName,
		'sts:ExternalId': params.optional('ExternalId', EXTERNAL_ID),
		'sts:SourceIdentity': params.optional('SourceIdentity', SOURCE_IDENTITY),
	};
	// A named ARN is the caller only if it still has the id it had when the policy was set.
	const current = caller.role ? {[caller.role.arn]: caller.role.roleId} : {[caller.arn]: caller.userId};
	const arns = (caller.role ? [caller.role.arn, caller.arn] : [caller.arn]).filter(
		(arn) => role.trustPrincipalIds[arn] === undefined || role.trustPrincipalIds[arn] === current[arn],
	);
	const outcome = evaluateTrust(trust, {
		action: 'sts:AssumeRole',
		caller: {accountId: caller.accountId, arns},
		context: requestFacts,
	});
	if (outcome === 'denies' || outcome === 'allowsNothing') return false;
	const identity = evaluateGrant(store.policiesFor(caller, context.now), sessionPolicyOf(caller), {
		action: 'sts:AssumeRole',
		resource: role.arn,
		context: requestFacts,
	});
	if (identity === 'explicitDeny') return false;
	return outcome === 'allowsCaller' || identity === 'allow';
}

/** The caller as the trust policy sees it when this very request carried a valid MFA code. */
function withMfa(principal: Principal, mfaAuthenticatedAt: number, now: number): Principal {
	return {...principal, session: {expiresAt: now, ...principal.session, mfaAuthenticatedAt}, kind: 'session'};
}

function checkDuration(role: RoleRecord, principal: Principal, requested: number | undefined): number {
	const seconds = requested ?? Math.min(DEFAULT_DURATION_SECONDS, role.maxSessionDuration);
	if (principal.role && seconds > CHAINED_MAX_DURATION_SECONDS) {
		throw new SandboxError(
			'ValidationError',
			'The requested DurationSeconds exceeds the 1 hour session limit for roles assuming other roles.',
		);
	}
	if (seconds > role.maxSessionDuration) {
		throw new SandboxError(
			'ValidationError',
			'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
		);
	}
	return seconds;
}

function sessionPolicy(text: string | undefined): string | undefined {
	if (text === undefined) return undefined;
	parsePolicyDocument(text);
	if (policySize(text) > SESSION_POLICY_SIZE) {
		throw new SandboxError(
			'PackedPolicyTooLarge',
			`Packed policy consumes ${packedPercent(text)}% of allotted space, please use smaller policy for the session.`,
		);
	}
	return text;
}

/**
 * Parameters that would change what the session may do, which the sandbox does not model: refused,
 * never ignored (ignoring PolicyArns would give the session more than was asked for).
 */
function refuseUnmodelled(params: Readonly<Record<string, string>>): void {
	const names = Object.keys(params);
	for (const [prefix, what] of UNMODELLED) {
		if (names.some((name) => name.startsWith(prefix))) {
			throw new SandboxError(
				'NotImplemented',
				`The sandbox does not implement ${what} in AssumeRole.`,
				501,
				'Receiver',
			);
		}
	}
}

const UNMODELLED: ReadonlyArray<readonly [string, string]> = [
	['PolicyArns.', 'managed session policies (PolicyArns)'],
	['Tags.', 'session tags (Tags)'],
	['TransitiveTagKeys.', 'session tags (TransitiveTagKeys)'],
	['ProvidedContexts.', 'ProvidedContexts'],
];

const packedPercent = (text: string): number => Math.ceil((policySize(text) / SESSION_POLICY_SIZE) * 100);

const notAuthorized = (callerArn: string, roleArn: string) =>
	new SandboxError(
		'AccessDenied',
		`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
		403,
	);
