import {describe, expect, it} from 'vitest';
import {CorruptSnapshotError, SandboxStore} from '../../../source/sandbox/store/index.js';
import {ADMIN, ACCOUNT, harness, totp, userWithMfa} from './harness.js';

async function populated() {
	const h = harness({propagationDelayMs: 1_000});
	const {serialNumber, seed} = await userWithMfa(h);
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
	await h.call('iam', 'PutUserPolicy', {
		UserName: 'demo-user',
		PolicyName: 'p',
		PolicyDocument: JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: 's3:*', Resource: '*'}],
		}),
	});
	h.advance(1_000);
	const session = (await h.call('sts', 'GetSessionToken', {}, h.principalOf(key.AccessKeyId))).body.Credentials;
	return {h, serialNumber, seed, key, session};
}

describe('SandboxStore snapshots', () => {
	it('restores users, devices (with the spent TOTP step), keys, policies, buckets and sessions', async () => {
		const {h, serialNumber, seed, key, session} = await populated();
		const json = JSON.parse(JSON.stringify(h.store.toJSON()));
		const restored = SandboxStore.fromJSON(json, {now: h.now, propagationDelayMs: 1_000});
		expect(restored.accountId).toBe(ACCOUNT);
		expect(restored.adminCredentials).toEqual(ADMIN);
		expect(restored.toJSON()).toEqual(h.store.toJSON());

		expect(restored.resolveCredentials(key.AccessKeyId, h.now())).toMatchObject({secretAccessKey: key.SecretAccessKey});
		// Sessions live in their tokens; the stored session key keeps them valid after a restart.
		expect(restored.resolveCredentials(session.AccessKeyId, h.now(), session.SessionToken)).toMatchObject({
			secretAccessKey: session.SecretAccessKey,
		});
		const user = restored.resolveCredentials(key.AccessKeyId, h.now());
		expect('principal' in user && restored.permissionsOf(user.principal, h.now()).identity).toHaveLength(1);
		expect(restored.mfaDevices.enabledFor('demo-user').map((device) => device.serialNumber)).toEqual([serialNumber]);
		// The code that enabled the device stays spent after a restart.
		expect(() =>
			restored.mfaDevices.acceptSessionCode('demo-user', serialNumber, totp(seed, h.now() - 1_000), h.now()),
		).toThrow(/invalid MFA one time pass code/);
		expect(restored.buckets.list()).toHaveLength(3);
	});

	it('loads a state file written before roles and stateless sessions (a sessions list, no session key)', async () => {
		const {h, key} = await populated();
		const {
			roles: _roles,
			managedPolicies: _policies,
			sessionKey: _key,
			...older
		} = JSON.parse(JSON.stringify(h.store.toJSON()));
		const restored = SandboxStore.fromJSON({...older, sessions: [{accessKeyId: 'ASIAOLDSESSION000001'}]}, {now: h.now});
		expect(restored.resolveCredentials(key.AccessKeyId, h.now())).toMatchObject({secretAccessKey: key.SecretAccessKey});
		expect(restored.roles.list()).toEqual([]);
		expect(restored.toJSON().sessionKey).toMatch(/^[0-9a-f]{64}$/);
	});

	it('uses administrator credentials given at start over the stored ones', async () => {
		const {h} = await populated();
		const credentials = {accessKeyId: 'AKIAOTHERADMIN000001', secretAccessKey: 'x'.repeat(40)};
		const restored = SandboxStore.fromJSON(h.store.toJSON(), {credentials});
		expect(restored.resolveCredentials(credentials.accessKeyId, h.now())).toMatchObject({principal: {kind: 'admin'}});
		expect(restored.resolveCredentials(ADMIN.accessKeyId, h.now())).toEqual({error: 'unknown'});
	});

	it('rejects corrupt snapshots with a clear error naming the bad field', async () => {
		const {h} = await populated();
		const good = () => JSON.parse(JSON.stringify(h.store.toJSON()));
		const corrupt = (mutate: (json: any) => void) => {
			const json = good();
			mutate(json);
			return () => SandboxStore.fromJSON(json);
		};
		expect(() => SandboxStore.fromJSON(null)).toThrow(CorruptSnapshotError);
		expect(() => SandboxStore.fromJSON('{"users": []}')).toThrow(CorruptSnapshotError);
		expect(corrupt((json) => (json.version = 99))).toThrow(/not a version 1/);
		expect(corrupt((json) => (json.accountId = '12'))).toThrow('state.accountId must be a valid string');
		expect(corrupt((json) => delete json.users[0].userId)).toThrow('state.users[0].userId must be a valid string');
		expect(corrupt((json) => (json.devices[0].seed = 'not base32!'))).toThrow(/devices\[0\]\.seed/);
		expect(corrupt((json) => (json.accessKeys[0].status = 'Sometimes'))).toThrow(/accessKeys\[0\]\.status/);
		expect(corrupt((json) => (json.roles = {}))).toThrow('state.roles must be an array');
		expect(corrupt((json) => (json.users[0].policies[0].versions[0].changedAt = 'yesterday'))).toThrow(
			/changedAt must be a number/,
		);
		const error = (() => {
			try {
				SandboxStore.fromJSON({...good(), buckets: [42]});
			} catch (caught) {
				return caught as CorruptSnapshotError;
			}
		})();
		expect(error?.code).toBe('SandboxStateCorrupt');
		// Never echo a secret from the file in the message.
		expect(error?.message).not.toContain(ADMIN.secretAccessKey);
	});
});

describe('SandboxStore', () => {
	it('announces each mutation, and only mutations', async () => {
		const h = harness();
		let changes = 0;
		const stop = h.store.onChange(() => changes++);
		await h.call('iam', 'CreateUser', {UserName: 'a'});
		await h.call('iam', 'ListUsers');
		await h.call('iam', 'GetUser', {UserName: 'a'});
		expect(changes).toBe(1);
		await h.call('iam', 'DeleteUser', {UserName: 'a'});
		expect(changes).toBe(2);
		stop();
		await h.call('iam', 'CreateUser', {UserName: 'b'});
		expect(changes).toBe(2);
	});

	it('generates random accounts and administrator credentials when none are given', () => {
		const one = new SandboxStore();
		const two = new SandboxStore();
		expect(one.accountId).toMatch(/^[1-9]\d{11}$/);
		expect(one.accountId).not.toBe(two.accountId);
		expect(one.adminCredentials.accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
		expect(one.adminCredentials.secretAccessKey).not.toBe(two.adminCredentials.secretAccessKey);
		expect(one.resolveCredentials('AKIANOSUCHKEY0000000', Date.now())).toEqual({error: 'unknown'});
		expect(() => new SandboxStore({accountId: 'abc'})).toThrow(/12 digits/);
	});
});
