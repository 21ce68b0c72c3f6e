import {SandboxError} from '../errors.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {IssuedSession} from '../store/session-tokens.js';
import type {ActionContext, ActionSpec, Principal} from '../types.js';
import {assumeRole} from './assume-role.js';
import {checkMfaParameters} from './mfa-code.js';
import {DURATION_SECONDS} from './params.js';
import {sessionMayCall} from './session-rules.js';

const DEFAULT_DURATION_SECONDS = 43_200;
/** The account's root user gets at most an hour; longer requests are cut, not refused. */
const ROOT_MAX_DURATION_SECONDS = 3600;

/* No operation needs an IAM permission of its own here (iamAction undefined), as on AWS: AssumeRole
 * is authorized by the role's trust policy together with the caller's policies, inside the action. */
export function stsActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		GetCallerIdentity: {
			resource: () => '*',
			run: ({principal}) => ({body: {UserId: principal.userId, Account: principal.accountId, Arn: principal.arn}}),
		},
		GetSessionToken: {
			resource: () => '*',
			run: (context) => getSessionToken(store, context),
		},
		AssumeRole: {
			resource: (context) => context.params.RoleArn ?? '*',
			run: (context) => assumeRole(store, context),
		},
	};
}

/** Issues a session that the store does not keep: its token carries its claims (store/session-tokens.ts). */
function getSessionToken(store: SandboxStore, context: ActionContext) {
	const refused = sessionMayCall(context.principal, 'sts', 'GetSessionToken');
	if (refused) throw refused;
	const params = new QueryParams(context.params);
	const requested = params.optionalInt('DurationSeconds', DURATION_SECONDS) ?? DEFAULT_DURATION_SECONDS;
	const {principal, now} = context;
	const user = callingUser(store, principal);
	const mfaAuthenticatedAt = checkMfaParameters(store, params, user?.userName, now);
	const durationSeconds = user ? requested : Math.min(requested, ROOT_MAX_DURATION_SECONDS);
	const session = store.sessions.issue({
		issuedAt: now,
		expiresAt: now + durationSeconds * 1000,
		...(user ? {user: {key: user.userName.toLowerCase(), userId: user.userId}} : {}),
		...(mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt}),
	});
	return {body: {Credentials: credentialsShape(session)}};
}

export function credentialsShape(session: IssuedSession) {
	return {
		AccessKeyId: session.accessKeyId,
		SecretAccessKey: session.secretAccessKey,
		SessionToken: session.sessionToken,
		Expiration: new Date(session.expiresAt).toISOString(),
	};
}

/** The IAM user calling, or undefined for the administrator (the account's root user). */
function callingUser(store: SandboxStore, principal: Principal) {
	if (principal.kind === 'admin') return undefined;
	const user = store.users.find(principal.userName ?? '');
	// A session without a user would be the administrator's: never let a vanished user get one.
	if (user?.userId !== principal.userId) {
		throw new SandboxError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
	}
	return user;
}
