import {SandboxError} from '../errors.js';
import {AUTHENTICATION_CODE, QueryParams, SERIAL_NUMBER} from '../iam/params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec, Principal} from '../types.js';
import {sessionMayCall} from './session-rules.js';

const DEFAULT_DURATION_SECONDS = 43_200;
/** The account's root user gets at most an hour; longer requests are cut, not refused. */
const ROOT_MAX_DURATION_SECONDS = 3600;
const DURATION = {min: 900, max: 129_600};

/* Neither operation needs an IAM permission (iamAction undefined), as on AWS. */
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
	};
}

function getSessionToken(store: SandboxStore, context: ActionContext) {
	const refused = sessionMayCall(context.principal, 'sts', 'GetSessionToken');
	if (refused) throw refused;
	const params = new QueryParams(context.params);
	const requested = params.optionalInt('DurationSeconds', DURATION) ?? DEFAULT_DURATION_SECONDS;
	const serialNumber = params.optional('SerialNumber', {
		...SERIAL_NUMBER,
		pattern: /^[\w+=/:,.@-]*$/u,
		patternText: '[\\w+=/:,.@-]*',
	});
	const tokenCode = params.optional('TokenCode', {...AUTHENTICATION_CODE, pattern: /^\d*$/u, patternText: '[\\d]*'});
	const {principal, now} = context;
	const user = callingUser(store, principal);
	const mfaAuthenticatedAt = serialNumber === undefined && tokenCode === undefined ? undefined : now;
	if (mfaAuthenticatedAt !== undefined) {
		if (tokenCode === undefined) throw invalidCode();
		store.mfaDevices.acceptSessionCode(user?.userName, serialNumber ?? '', tokenCode, now);
	}
	const session = store.sessions.create({
		...(user ? {user: {key: user.userName.toLowerCase(), userId: user.userId}} : {}),
		durationSeconds: user ? requested : Math.min(requested, ROOT_MAX_DURATION_SECONDS),
		...(mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt}),
		now,
	});
	const credentials = {
		AccessKeyId: session.accessKeyId,
		SecretAccessKey: session.secretAccessKey,
		SessionToken: session.sessionToken,
		Expiration: new Date(session.expiresAt).toISOString(),
	};
	return {body: {Credentials: credentials}};
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

const invalidCode = () =>
	new SandboxError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ', 403);
