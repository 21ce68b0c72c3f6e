import {SandboxError} from '../errors.js';
import {
	evaluateGrant,
	evaluateTrust,
	parsePolicyDocument,
	parseTrustPolicy,
	requestContext,
	sessionPolicyOf,
} from '../policy/index.js';
import {QueryParams, validationError} from '../protocol/query-params.js';
import {defaultDocument, type RoleRecord, type SandboxStore} from '../store/index.js';
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
/** botocore: policyDescriptorListType. */
const MAX_MANAGED_SESSION_POLICIES = 10;
const POLICY_ARN = {min: 20, max: 2048};

/**
 * AssumeRole: the trust policy must allow the caller (with MFA when it says so); when it names only
 * the account, the caller's own policies must allow sts:AssumeRole on the role as well.
 */
export function assumeRole(store: SandboxStore, context: ActionContext): ActionResult {
	const params = new QueryParams(context.params);
	const roleArn = params.required('RoleArn', ROLE_ARN);
	const sessionName = params.required('RoleSessionName', ROLE_SESSION_NAME);
	const requested = params.optionalInt('DurationSeconds', ROLE_DURATION_SECONDS);
	refuseUnmodelled(context.params);
	const inline = params.optional('Policy', SESSION_POLICY);
	const managed = managedSessionPolicies(store, params);
	const policy = sessionPolicy(inline, managed.arns);
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
		...(managed.documents.length === 0 ? {} : {managedPolicies: managed.documents}),
	});
	const body = {
		Credentials: credentialsShape(session),
		AssumedRoleUser: {
			AssumedRoleId: `${role.roleId}:${sessionName}`,
			Arn: `arn:aws:sts::${store.accountId}:assumed-role/${role.roleName}/${sessionName}`,
		},
		...(policy === undefined && managed.arns.length === 0
			? {}
			: {PackedPolicySize: packedPercent(policy, managed.arns)}),
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
	const session = sessionPolicyOf(caller);
	const permissions = {...store.permissionsOf(caller, context.now), ...(session === undefined ? {} : {session})};
	const {decision: identity} = evaluateGrant(permissions, {
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

/** The inline session policy, checked; with the PolicyArns, its plain text must fit 2,048 characters. */
function sessionPolicy(text: string | undefined, arns: readonly string[]): string | undefined {
	if (text !== undefined) parsePolicyDocument(text);
	if (packedSize(text, arns) > SESSION_POLICY_SIZE) {
		throw new SandboxError(
			'PackedPolicyTooLarge',
			`Packed policy consumes ${packedPercent(text, arns)}% of allotted space, please use smaller policy for the session.`,
		);
	}
	return text;
}

/**
 * PolicyArns.member.N.arn: customer managed policies of this account, at most ten. The session
 * keeps their default versions' documents as they are now (AWS packs them into the token).
 */
function managedSessionPolicies(store: SandboxStore, params: QueryParams): {arns: string[]; documents: string[]} {
	const entries = params.structures('PolicyArns');
	if (entries.length > MAX_MANAGED_SESSION_POLICIES) {
		throw validationError(
			undefined,
			'policyArns',
			`Member must have length less than or equal to ${MAX_MANAGED_SESSION_POLICIES}`,
		);
	}
	const arns = entries.map((entry, index) => {
		const arn = entry.optional('arn', POLICY_ARN);
		if (arn === undefined)
			throw validationError(undefined, `policyArns.${index + 1}.member.arn`, 'Member must not be null');
		return arn;
	});
	const documents = arns.map((arn) => {
		const policy = store.managedPolicies.find(arn);
		if (!policy) throw new SandboxError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);
		return defaultDocument(policy);
	});
	return {arns, documents};
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
	['Tags.', 'session tags (Tags)'],
	['TransitiveTagKeys.', 'session tags (TransitiveTagKeys)'],
	['ProvidedContexts.', 'ProvidedContexts'],
];

/** What counts against the 2,048 characters: the inline policy without whitespace and the ARNs. */
const packedSize = (text: string | undefined, arns: readonly string[]): number =>
	(text === undefined ? 0 : policySize(text)) + arns.reduce((sum, arn) => sum + arn.length, 0);

const packedPercent = (text: string | undefined, arns: readonly string[]): number =>
	Math.ceil((packedSize(text, arns) / SESSION_POLICY_SIZE) * 100);

const notAuthorized = (callerArn: string, roleArn: string) =>
	new SandboxError(
		'AccessDenied',
		`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
		403,
	);
