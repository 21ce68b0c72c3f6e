import {describe, expect, it} from 'vitest';
import {sessionMayCall} from '../../../source/sandbox/actions.js';
import {ACCOUNT, expectAwsError, harness, type Harness, totp, userWithMfa} from '../store/harness.js';

const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code. ';
const NOT_ASSOCIATED =
	'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.';

async function userKey(h: Harness, userName = 'demo-user') {
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: userName})).body.AccessKey;
	return h.principalOf(key.AccessKeyId);
}

describe('STS GetCallerIdentity', () => {
	it('names the administrator as the root user and a user by its ARN, with no permission needed', async () => {
		const h = harness();
		expect(h.actions.sts.GetCallerIdentity?.iamAction).toBeUndefined();
		expect((await h.call('sts', 'GetCallerIdentity')).body).toEqual({
			UserId: ACCOUNT,
			Account: ACCOUNT,
			Arn: `arn:aws:iam::${ACCOUNT}:root`,
		});
		await h.call('iam', 'CreateUser', {UserName: 'demo-user'});
		const user = await userKey(h);
		expect((await h.call('sts', 'GetCallerIdentity', {}, user)).body).toEqual({
			UserId: user.userId,
			Account: ACCOUNT,
			Arn: `arn:aws:iam::${ACCOUNT}:user/demo-user`,
		});
	});
});

describe('STS GetSessionToken', () => {
	it('issues real, expiring credentials (default 12 hours) without MFA', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'demo-user'});
		const user = await userKey(h);
		const credentials = (await h.call('sts', 'GetSessionToken', {}, user)).body.Credentials;
		expect(credentials.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
		expect(credentials.SecretAccessKey).toHaveLength(40);
		expect(credentials.SessionToken.length).toBeGreaterThan(100);
		expect(new Date(credentials.Expiration).getTime()).toBe(h.now() + 43_200_000);
		const resolved = h.store.resolveCredentials(credentials.AccessKeyId, h.now(), credentials.SessionToken);
		expect(resolved).toMatchObject({
			sessionToken: credentials.SessionToken,
			principal: {kind: 'session', userName: 'demo-user'},
		});
		expect('principal' in resolved && resolved.principal.session?.mfaAuthenticatedAt).toBeUndefined();
		h.advance(43_200_000);
		expect(h.store.resolveCredentials(credentials.AccessKeyId, h.now(), credentials.SessionToken)).toEqual({
			error: 'expired',
		});
	});

	it('checks DurationSeconds (900–129600) and keeps the root user to an hour', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'demo-user'});
		const user = await userKey(h);
		expectAwsError(
			await h.failure('sts', 'GetSessionToken', {DurationSeconds: '899'}, user),
			'ValidationError',
			400,
			"1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
		);
		expectAwsError(
			await h.failure('sts', 'GetSessionToken', {DurationSeconds: '129601'}, user),
			'ValidationError',
			400,
		);
		expectAwsError(await h.failure('sts', 'GetSessionToken', {DurationSeconds: 'soon'}, user), 'ValidationError', 400);
		const longest = (await h.call('sts', 'GetSessionToken', {DurationSeconds: '129600'}, user)).body.Credentials;
		expect(new Date(longest.Expiration).getTime()).toBe(h.now() + 129_600_000);
		const root = (await h.call('sts', 'GetSessionToken', {DurationSeconds: '7200'})).body.Credentials;
		expect(new Date(root.Expiration).getTime()).toBe(h.now() + 3_600_000);
		expect(h.store.permissionsOf(h.sessionOf(root), h.now()).identity).toBe('admin');
	});

	it("accepts a fresh code once, refuses a reused, wrong or spent one, and a serial that is not the caller's", async () => {
		const h = harness();
		const {serialNumber, seed} = await userWithMfa(h);
		const user = await userKey(h);
		const ask = (code: string, serial = serialNumber) =>
			h.failure('sts', 'GetSessionToken', {SerialNumber: serial, TokenCode: code}, user);
		// The code of the step that enabled the device was accepted already.
		expectAwsError(await ask(totp(seed, h.now())), 'AccessDenied', 403, INVALID_CODE);
		h.advance(30_000);
		const fresh = totp(seed, h.now());
		expectAwsError(await ask(fresh === '000000' ? '111111' : '000000'), 'AccessDenied', 403, INVALID_CODE);
		expectAwsError(await ask(fresh, `arn:aws:iam::${ACCOUNT}:mfa/someone-else`), 'AccessDenied', 403, NOT_ASSOCIATED);
		const session = (await h.call('sts', 'GetSessionToken', {SerialNumber: serialNumber, TokenCode: fresh}, user)).body
			.Credentials;
		expect(h.sessionOf(session).session?.mfaAuthenticatedAt).toBe(h.now());
		expectAwsError(await ask(fresh), 'AccessDenied', 403, INVALID_CODE);
		expectAwsError(await ask('12a456'), 'ValidationError', 400);
		expectAwsError(await h.failure('sts', 'GetSessionToken', {SerialNumber: serialNumber}, user), 'AccessDenied', 403);
		// The administrator has no MFA device of its own.
		expectAwsError(
			await h.failure('sts', 'GetSessionToken', {SerialNumber: serialNumber, TokenCode: totp(seed, h.now() + 30_000)}),
			'AccessDenied',
			403,
			NOT_ASSOCIATED,
		);
	});

	it('cannot be called with session credentials', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'demo-user'});
		const session = (await h.call('sts', 'GetSessionToken', {}, await userKey(h))).body.Credentials;
		expectAwsError(
			await h.failure('sts', 'GetSessionToken', {}, h.sessionOf(session)),
			'AccessDenied',
			403,
			'Cannot call GetSessionToken with session credentials',
		);
	});
});

describe('sessionMayCall', () => {
	it('keeps sessions without MFA out of IAM and every session out of STS but GetCallerIdentity', async () => {
		const h = harness();
		const {serialNumber, seed} = await userWithMfa(h);
		const user = await userKey(h);
		const plain = h.sessionOf((await h.call('sts', 'GetSessionToken', {}, user)).body.Credentials);
		h.advance(30_000);
		const mfaParams = {SerialNumber: serialNumber, TokenCode: totp(seed, h.now())};
		const mfa = h.sessionOf((await h.call('sts', 'GetSessionToken', mfaParams, user)).body.Credentials);

		const denied = sessionMayCall(plain, 'iam', 'ListUsers');
		expect(denied && {code: denied.awsCode, status: denied.httpStatus, message: denied.message}).toEqual({
			code: 'InvalidClientTokenId',
			status: 403,
			message: 'The security token included in the request is invalid.',
		});
		expect(sessionMayCall(mfa, 'iam', 'ListUsers')).toBeUndefined();
		expect(sessionMayCall(plain, 's3', 'ListBuckets')).toBeUndefined();
		expect(sessionMayCall(mfa, 'sts', 'GetCallerIdentity')).toBeUndefined();
		expect(sessionMayCall(mfa, 'sts', 'GetSessionToken')?.awsCode).toBe('AccessDenied');
		expect(sessionMayCall(user, 'iam', 'ListUsers')).toBeUndefined();
		expect(sessionMayCall(h.admin, 'sts', 'GetSessionToken')).toBeUndefined();
	});
});
