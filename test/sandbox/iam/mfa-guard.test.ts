import {describe, expect, it} from 'vitest';
import {expectAwsError, type Harness, harness, totp, userWithMfa} from '../store/harness.js';

/** A second virtual device, not yet enabled, and two consecutive codes of it. */
async function spareDevice(h: Harness, name: string) {
	const created = await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: name});
	const serialNumber: string = created.body.VirtualMFADevice.SerialNumber;
	const seed = Buffer.from(created.body.VirtualMFADevice.Base32StringSeed, 'base64').toString('utf8');
	return {
		serialNumber,
		codes: () => ({AuthenticationCode1: totp(seed, h.now() - 30_000), AuthenticationCode2: totp(seed, h.now())}),
	};
}

async function longTermKeyOf(h: Harness, userName: string) {
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: userName})).body.AccessKey;
	return h.principalOf(key.AccessKeyId);
}

describe("AWS's 2023 guard on managing one's own MFA devices", () => {
	it('refuses a user with a device who signs with the long-term key: enabling a second, deactivating one', async () => {
		const h = harness();
		const first = await userWithMfa(h, 'alice');
		const alice = await longTermKeyOf(h, 'alice');
		const second = await spareDevice(h, 'intruder-device');
		h.advance(60_000);
		const enabling = {UserName: 'alice', SerialNumber: second.serialNumber, ...second.codes()};
		const refused = await h.failure('iam', 'EnableMFADevice', enabling, alice);
		expectAwsError(refused, 'AccessDenied', 403);
		expect(refused.message).toMatch(/iam:EnableMFADevice .* already has an MFA device .*sts:GetSessionToken/);
		expect(refused.message).toContain('sts-mfa sandbox wording');
		const deactivating = {UserName: 'alice', SerialNumber: first.serialNumber};
		expectAwsError(await h.failure('iam', 'DeactivateMFADevice', deactivating, alice), 'AccessDenied', 403);
		// Without UserName the device's user is meant: still the caller's own device.
		expectAwsError(
			await h.failure('iam', 'DeactivateMFADevice', {SerialNumber: first.serialNumber}, alice),
			'AccessDenied',
			403,
		);
		expect(h.store.mfaDevices.enabledFor('alice').map((device) => device.serialNumber)).toEqual([first.serialNumber]);
	});

	it('allows the same calls with an MFA session from GetSessionToken', async () => {
		const h = harness();
		const first = await userWithMfa(h, 'alice');
		const alice = await longTermKeyOf(h, 'alice');
		const second = await spareDevice(h, 'second-device');
		h.advance(60_000);
		const answer = await h.call(
			'sts',
			'GetSessionToken',
			{SerialNumber: first.serialNumber, TokenCode: totp(first.seed, h.now())},
			alice,
		);
		const session = h.sessionOf(answer.body.Credentials);
		await h.call(
			'iam',
			'EnableMFADevice',
			{UserName: 'alice', SerialNumber: second.serialNumber, ...second.codes()},
			session,
		);
		await h.call('iam', 'DeactivateMFADevice', {UserName: 'alice', SerialNumber: first.serialNumber}, session);
		expect(h.store.mfaDevices.enabledFor('alice').map((device) => device.serialNumber)).toEqual([second.serialNumber]);
	});

	it('leaves alone a first device, another user, and ResyncMFADevice (which AWS does not name)', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'bob'});
		const bob = await longTermKeyOf(h, 'bob');
		const bobs = await spareDevice(h, 'bobs-first');
		h.advance(30_000);
		// The gap that remains: a user without a device enrols one with the long-term key alone.
		await h.call('iam', 'EnableMFADevice', {UserName: 'bob', SerialNumber: bobs.serialNumber, ...bobs.codes()}, bob);
		const first = await userWithMfa(h, 'carol');
		// Bob (one device) managing Carol's device is a matter for the policies alone, not the guard.
		await h.call('iam', 'DeactivateMFADevice', {UserName: 'carol', SerialNumber: first.serialNumber}, bob);
		h.advance(60_000);
		await h.call(
			'iam',
			'ResyncMFADevice',
			{
				UserName: 'bob',
				SerialNumber: bobs.serialNumber,
				...bobs.codes(),
			},
			bob,
		);
		expect(h.store.mfaDevices.enabledFor('carol')).toEqual([]);
	});
});
