import {describe, expect, it} from 'vitest';
import {evaluate} from '../../source/sandbox/policy/index.js';
import {requestContext} from '../../source/sandbox/policy/index.js';
import type {Principal} from '../../source/sandbox/types.js';
import {ACCOUNT, expectAwsError, harness, type Harness, totp, userWithMfa} from './store/harness.js';

const MFA_POLICY = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: '*',
			Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
});

/** What the router does for S3 ListBuckets: the policies in force, the engine, the context. */
function mayListBuckets(h: Harness, principal: Principal): string {
	const policies = h.store.permissionsOf(principal, h.now()).identity;
	if (policies === 'admin') return 'allow';
	const context = requestContext(principal, {now: h.now(), sourceIp: '127.0.0.1', secureTransport: false});
	return evaluate(policies, {action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::*', context});
}

describe('the MFA session-token flow through the action registry', () => {
	it('runs from a new user to buckets listed with an MFA session, then tears down', async () => {
		const h = harness();
		const {serialNumber, seed} = await userWithMfa(h);
		expect(serialNumber).toBe(`arn:aws:iam::${ACCOUNT}:mfa/sts-mfa/demo-user`);

		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
		expect(key.AccessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
		expect(key.SecretAccessKey).toHaveLength(40);
		await h.call('iam', 'PutUserPolicy', {
			UserName: 'demo-user',
			PolicyName: 'list-buckets-with-mfa',
			PolicyDocument: MFA_POLICY,
		});

		const user = h.principalOf(key.AccessKeyId);
		expect(user).toMatchObject({
			kind: 'user',
			userName: 'demo-user',
			arn: `arn:aws:iam::${ACCOUNT}:user/sts-mfa/demo-user`,
		});
		expect(mayListBuckets(h, user)).toBe('implicitDeny');

		const plain = (await h.call('sts', 'GetSessionToken', {}, user)).body.Credentials;
		const withoutMfa = h.sessionOf(plain);
		expect(withoutMfa.kind).toBe('session');
		expect(mayListBuckets(h, withoutMfa)).toBe('implicitDeny');

		h.advance(30_000); // the enabling codes are spent: the session needs the next one
		const mfaParams = {SerialNumber: serialNumber, TokenCode: totp(seed, h.now()), DurationSeconds: '900'};
		const withMfaCredentials = (await h.call('sts', 'GetSessionToken', mfaParams, user)).body.Credentials;
		expect(withMfaCredentials.AccessKeyId).toMatch(/^ASIA/);
		expect(new Date(withMfaCredentials.Expiration).getTime()).toBe(h.now() + 900_000);
		const withMfa = h.sessionOf(withMfaCredentials);
		expect(withMfa.session?.mfaAuthenticatedAt).toBe(h.now());
		expect(mayListBuckets(h, withMfa)).toBe('allow');

		const listing = await h.call('s3', 'ListBuckets', {}, withMfa);
		expect(listing.root).toBe('ListAllMyBucketsResult');
		expect(listing.body.Buckets.Bucket).toHaveLength(3);

		await h.call('iam', 'DeleteUserPolicy', {UserName: 'demo-user', PolicyName: 'list-buckets-with-mfa'});
		await h.call('iam', 'DeleteAccessKey', {UserName: 'demo-user', AccessKeyId: key.AccessKeyId});
		await h.call('iam', 'DeactivateMFADevice', {UserName: 'demo-user', SerialNumber: serialNumber});
		await h.call('iam', 'DeleteVirtualMFADevice', {SerialNumber: serialNumber});
		await h.call('iam', 'DeleteUser', {UserName: 'demo-user'});
		expect((await h.call('iam', 'ListUsers')).body.Users).toEqual([]);
		expect((await h.call('iam', 'ListVirtualMFADevices')).body.VirtualMFADevices).toEqual([]);
		expect(h.store.resolveCredentials(key.AccessKeyId, h.now())).toEqual({error: 'unknown'});
		// The user is gone, so are its sessions.
		expect(
			h.store.resolveCredentials(withMfaCredentials.AccessKeyId, h.now(), withMfaCredentials.SessionToken),
		).toEqual({error: 'unknown'});
	});

	it('refuses to delete the user, then the device, while things remain, naming what to remove first', async () => {
		const h = harness();
		const {serialNumber} = await userWithMfa(h);
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
		await h.call('iam', 'PutUserPolicy', {UserName: 'demo-user', PolicyName: 'p', PolicyDocument: MFA_POLICY});
		const conflict = (message: string) => async () =>
			expectAwsError(await h.failure('iam', 'DeleteUser', {UserName: 'demo-user'}), 'DeleteConflict', 409, message);

		await conflict('Cannot delete entity, must delete access keys first.')();
		await h.call('iam', 'DeleteAccessKey', {UserName: 'demo-user', AccessKeyId: key.AccessKeyId});
		await conflict('Cannot delete entity, must remove MFA device first.')();
		expectAwsError(
			await h.failure('iam', 'DeleteVirtualMFADevice', {SerialNumber: serialNumber}),
			'DeleteConflict',
			409,
		);
		await h.call('iam', 'DeactivateMFADevice', {UserName: 'demo-user', SerialNumber: serialNumber});
		await conflict('Cannot delete entity, must delete policies first.')();
		await h.call('iam', 'DeleteUserPolicy', {UserName: 'demo-user', PolicyName: 'p'});
		await h.call('iam', 'DeleteUser', {UserName: 'demo-user'});
		// The unassigned device outlives the user until it is deleted itself.
		expect(
			(await h.call('iam', 'ListVirtualMFADevices', {AssignmentStatus: 'Unassigned'})).body.VirtualMFADevices,
		).toEqual([{SerialNumber: serialNumber}]);
	});
});
