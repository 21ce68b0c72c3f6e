import {describe, expect, it} from 'vitest';
import {evaluateGrant, requestContext, sessionPolicyOf} from '../../../source/sandbox/policy/index.js';
import type {Principal} from '../../../source/sandbox/types.js';
import {ACCOUNT, expectAwsError, harness, totp, userWithMfa, type Harness} from '../store/harness.js';

const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/sts-mfa/demo-user`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/target`;
const trust = (principal: unknown, condition?: unknown) =>
	JSON.stringify({
		Version: '2012-10-17',
		Statement: [
			{Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? {Condition: condition} : {})},
		],
	});
const policy = (effect: string, action: string, resource = '*') =>
	JSON.stringify({Version: '2012-10-17', Statement: [{Effect: effect, Action: action, Resource: resource}]});

async function setUp(trustPolicy: string, options: {maxSessionDuration?: string} = {}) {
	const h = harness();
	const mfa = await userWithMfa(h);
	await h.call('iam', 'CreateRole', {
		RoleName: 'target',
		AssumeRolePolicyDocument: trustPolicy,
		...(options.maxSessionDuration ? {MaxSessionDuration: options.maxSessionDuration} : {}),
	});
	await h.call('iam', 'PutRolePolicy', {RoleName: 'target', PolicyName: 's3', PolicyDocument: policy('Allow', 's3:*')});
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
	return {h, ...mfa, user: h.principalOf(key.AccessKeyId)};
}

const assume = (h: Harness, who: Principal, params: Record<string, string> = {}) =>
	h.call('sts', 'AssumeRole', {RoleArn: ROLE_ARN, RoleSessionName: 'demo', ...params}, who);
const refusal = (h: Harness, who: Principal, params: Record<string, string> = {}) =>
	h.failure('sts', 'AssumeRole', {RoleArn: ROLE_ARN, RoleSessionName: 'demo', ...params}, who);
const notAuthorized = (callerArn = USER_ARN) =>
	`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`;
const mayListBuckets = (h: Harness, who: Principal) =>
	evaluateGrant(
		{...h.store.permissionsOf(who, h.now()), session: sessionPolicyOf(who) ?? []},
		{
			action: 's3:ListAllMyBuckets',
			resource: 'arn:aws:s3:::*',
			context: requestContext(who, {now: h.now(), sourceIp: '', secureTransport: false}),
		},
	).decision;

describe('AssumeRole', () => {
	it("suffices with the user's own ARN in the trust policy; needs an identity policy when only the account is named", async () => {
		const direct = await setUp(trust({AWS: USER_ARN}));
		expect((await assume(direct.h, direct.user)).body.AssumedRoleUser.Arn).toBe(
			`arn:aws:sts::${ACCOUNT}:assumed-role/target/demo`,
		);

		const account = await setUp(trust({AWS: ACCOUNT}));
		expectAwsError(await refusal(account.h, account.user), 'AccessDenied', 403, notAuthorized());
		await account.h.call('iam', 'PutUserPolicy', {
			UserName: 'demo-user',
			PolicyName: 'assume',
			PolicyDocument: policy('Allow', 'sts:AssumeRole', ROLE_ARN),
		});
		expect((await assume(account.h, account.user)).body.Credentials.AccessKeyId).toMatch(/^ASIA/);
		// An explicit deny in the caller's policies wins even over a trust policy naming the caller.
		await direct.h.call('iam', 'PutUserPolicy', {
			UserName: 'demo-user',
			PolicyName: 'no',
			PolicyDocument: policy('Deny', 'sts:*'),
		});
		expectAwsError(await refusal(direct.h, direct.user), 'AccessDenied', 403, notAuthorized());
	});

	it('requires MFA when the trust policy says so, and the session then carries it', async () => {
		const {h, user, serialNumber, seed} = await setUp(
			trust({AWS: USER_ARN}, {Bool: {'aws:MultiFactorAuthPresent': 'true'}}),
		);
		expectAwsError(await refusal(h, user), 'AccessDenied', 403, notAuthorized());
		h.advance(30_000);
		const withMfa = await assume(h, user, {SerialNumber: serialNumber, TokenCode: totp(seed, h.now())});
		const session = h.sessionOf(withMfa.body.Credentials);
		expect(session).toMatchObject({
			arn: `arn:aws:sts::${ACCOUNT}:assumed-role/target/demo`,
			userId: withMfa.body.AssumedRoleUser.AssumedRoleId,
			session: {mfaAuthenticatedAt: h.now()},
		});
		h.advance(60_000);
		const context = requestContext(session, {now: h.now(), sourceIp: '', secureTransport: false});
		expect(context).toMatchObject({
			'aws:MultiFactorAuthPresent': true,
			'aws:MultiFactorAuthAge': 60,
			'aws:PrincipalArn': ROLE_ARN,
			'aws:PrincipalType': 'AssumedRole',
		});
		expect(mayListBuckets(h, session)).toBe('allow');
		expectAwsError(
			await refusal(h, user, {SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/other`, TokenCode: totp(seed, h.now())}),
			'AccessDenied',
			403,
		);
	});

	it('narrows the role by the session policy, and refuses one that is too large', async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}));
		const narrowed = await assume(h, user, {Policy: policy('Allow', 'iam:ListUsers')});
		expect(narrowed.body.PackedPolicySize).toBeGreaterThan(0);
		expect(mayListBuckets(h, h.sessionOf(narrowed.body.Credentials))).toBe('implicitDeny');
		const wide = await assume(h, user, {Policy: policy('Allow', 's3:List*')});
		expect(mayListBuckets(h, h.sessionOf(wide.body.Credentials))).toBe('allow');
		const huge = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Sid: 'x'.repeat(2100), Effect: 'Allow', Action: '*', Resource: '*'}],
		});
		expectAwsError(await refusal(h, user, {Policy: huge}), 'PackedPolicyTooLarge', 400);
		expectAwsError(await refusal(h, user, {Policy: '{"nope"'}), 'MalformedPolicyDocument', 400);
	});

	it('checks its parameters and durations as STS does', async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}), {maxSessionDuration: '7200'});
		expectAwsError(await refusal(h, user, {RoleSessionName: 'x'}), 'ValidationError', 400);
		expectAwsError(await refusal(h, user, {RoleSessionName: 'bad name'}), 'ValidationError', 400);
		expectAwsError(await refusal(h, user, {DurationSeconds: '600'}), 'ValidationError', 400);
		expectAwsError(
			await refusal(h, user, {DurationSeconds: '7201'}),
			'ValidationError',
			400,
			'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
		);
		const long = await assume(h, user, {DurationSeconds: '7200'});
		expect(new Date(long.body.Credentials.Expiration).getTime()).toBe(h.now() + 7200_000);
		expectAwsError(await refusal(h, user, {RoleArn: `arn:aws:iam::${ACCOUNT}:role/none`}), 'AccessDenied', 403);
		expectAwsError(await refusal(h, h.admin), 'AccessDenied', 403, 'Roles may not be assumed by root accounts.');
	});

	it('lets a role session assume a role that trusts its role for at most an hour', async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}));
		await h.call('iam', 'CreateRole', {RoleName: 'next', AssumeRolePolicyDocument: trust({AWS: ROLE_ARN})});
		const first = h.sessionOf((await assume(h, user)).body.Credentials);
		const nextArn = `arn:aws:iam::${ACCOUNT}:role/next`;
		const chained = await h.call('sts', 'AssumeRole', {RoleArn: nextArn, RoleSessionName: 'hop'}, first);
		expect(chained.body.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/next/hop`);
		expectAwsError(
			await h.failure('sts', 'AssumeRole', {RoleArn: nextArn, RoleSessionName: 'hop', DurationSeconds: '3601'}, first),
			'ValidationError',
			400,
			'The requested DurationSeconds exceeds the 1 hour session limit for roles assuming other roles.',
		);
	});

	it("ends the role's sessions when the role is deleted, even if a namesake is created", async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}));
		const credentials = (await assume(h, user)).body.Credentials;
		await h.call('iam', 'DeleteRolePolicy', {RoleName: 'target', PolicyName: 's3'});
		await h.call('iam', 'DeleteRole', {RoleName: 'target'});
		await h.call('iam', 'CreateRole', {RoleName: 'target', AssumeRolePolicyDocument: trust({AWS: USER_ARN})});
		expect(h.store.resolveCredentials(credentials.AccessKeyId, h.now(), credentials.SessionToken)).toEqual({
			error: 'unknown',
		});
	});

	it('reads sts:ExternalId in the trust policy, and refuses what it does not model rather than ignore it', async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}, {StringEquals: {'sts:ExternalId': 'shared-secret'}}));
		expectAwsError(await refusal(h, user), 'AccessDenied', 403, notAuthorized());
		expectAwsError(await refusal(h, user, {ExternalId: 'wrong-one'}), 'AccessDenied', 403);
		expect((await assume(h, user, {ExternalId: 'shared-secret'})).body.Credentials).toBeDefined();
		const sessionTags = {ExternalId: 'shared-secret', 'Tags.member.1.Key': 'team', 'Tags.member.1.Value': 'blue'};
		expectAwsError(await refusal(h, user, sessionTags), 'NotImplemented', 501);
	});

	it('does not trust a namesake of the user the trust policy named, as IAM stores principals as ids', async () => {
		const {h, user} = await setUp(trust({AWS: USER_ARN}));
		expect((await assume(h, user)).body.Credentials).toBeDefined();
		const keys = (await h.call('iam', 'ListAccessKeys', {UserName: 'demo-user'})).body.AccessKeyMetadata;
		for (const key of keys)
			await h.call('iam', 'DeleteAccessKey', {UserName: 'demo-user', AccessKeyId: key.AccessKeyId});
		const devices = (await h.call('iam', 'ListMFADevices', {UserName: 'demo-user'})).body.MFADevices;
		for (const device of devices) {
			await h.call('iam', 'DeactivateMFADevice', {UserName: 'demo-user', SerialNumber: device.SerialNumber});
		}
		await h.call('iam', 'DeleteUser', {UserName: 'demo-user'});
		await h.call('iam', 'CreateUser', {UserName: 'demo-user', Path: '/sts-mfa/'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
		expectAwsError(await refusal(h, h.principalOf(key.AccessKeyId)), 'AccessDenied', 403, notAuthorized());
	});
});
