import {createRequire} from 'node:module';
import jsQRModule from 'jsqr';
import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness, totp, userWithMfa} from '../store/harness.js';

// jsqr is CommonJS whose types declare an ES default export; under NodeNext the callable is `.default`.
const jsQR = (jsQRModule as unknown as {default: typeof jsQRModule.default}).default;
/** pngjs comes with qrcode (which writes the PNGs); load it from there, untyped. */
const requireFromQrcode = createRequire(createRequire(import.meta.url).resolve('qrcode'));
const {PNG} = requireFromQrcode('pngjs') as {
	PNG: {sync: {read(data: Buffer): {width: number; height: number; data: Buffer}}};
};

describe('IAM virtual MFA devices', () => {
	it('creates a device whose seed is Base32 and whose QR code is a real PNG of the otpauth URI', async () => {
		const h = harness();
		const device = (await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'phone'})).body
			.VirtualMFADevice;
		expect(device.SerialNumber).toBe(`arn:aws:iam::${ACCOUNT}:mfa/phone`);
		const seed = Buffer.from(device.Base32StringSeed, 'base64').toString('utf8');
		expect(seed).toMatch(/^[A-Z2-7]{64}$/);
		const png = PNG.sync.read(Buffer.from(device.QRCodePNG, 'base64'));
		const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		expect(decoded?.data).toBe(
			`otpauth://totp/Amazon%20Web%20Services:phone@${ACCOUNT}?secret=${seed}&issuer=Amazon%20Web%20Services`,
		);
		expectAwsError(
			await h.failure('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'x'.repeat(5000)}),
			'ValidationError',
			400,
		);
		expectAwsError(await h.failure('iam', 'CreateVirtualMFADevice', {}), 'ValidationError', 400);
		expectAwsError(
			await h.failure('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'phone'}),
			'EntityAlreadyExists',
			409,
			'MFADevice entity at the same path and name already exists.',
		);
	});

	it('enables a device only with two consecutive current codes', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'frank'});
		const device = (await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'frank'})).body
			.VirtualMFADevice;
		const seed = Buffer.from(device.Base32StringSeed, 'base64').toString('utf8');
		const enable = (code1: string, code2: string, userName = 'frank', serial = device.SerialNumber) =>
			h.failure('iam', 'EnableMFADevice', {
				UserName: userName,
				SerialNumber: serial,
				AuthenticationCode1: code1,
				AuthenticationCode2: code2,
			});
		const now = h.now();
		const invalid = 'Authentication code for device is not valid.';
		expectAwsError(await enable(totp(seed, now), totp(seed, now)), 'InvalidAuthenticationCode', 403, invalid);
		expectAwsError(await enable(totp(seed, now + 30_000), totp(seed, now)), 'InvalidAuthenticationCode', 403, invalid);
		expectAwsError(
			await enable(totp(seed, now - 600_000), totp(seed, now - 570_000)),
			'InvalidAuthenticationCode',
			403,
			invalid,
		);
		expectAwsError(await enable('12345', '123456'), 'ValidationError', 400);
		expectAwsError(await enable(totp(seed, now - 30_000), totp(seed, now), 'ghost'), 'NoSuchEntity', 404);
		expectAwsError(
			await enable(totp(seed, now - 30_000), totp(seed, now), 'frank', `arn:aws:iam::${ACCOUNT}:mfa/ghost`),
			'NoSuchEntity',
			404,
			`VirtualMFADevice with serial number arn:aws:iam::${ACCOUNT}:mfa/ghost doesn't exist.`,
		);
		await h.call('iam', 'EnableMFADevice', {
			UserName: 'frank',
			SerialNumber: device.SerialNumber,
			AuthenticationCode1: totp(seed, now - 30_000),
			AuthenticationCode2: totp(seed, now),
		});
		expect((await h.call('iam', 'ListMFADevices', {UserName: 'frank'})).body.MFADevices).toEqual([
			{UserName: 'frank', SerialNumber: device.SerialNumber, EnableDate: '2026-01-15T12:00:00Z'},
		]);
		await h.call('iam', 'CreateUser', {UserName: 'grace'});
		expectAwsError(
			await enable(totp(seed, now + 30_000), totp(seed, now + 60_000), 'grace'),
			'EntityAlreadyExists',
			409,
		);
	});

	it('resyncs with fresh consecutive codes, and refuses spent ones', async () => {
		const h = harness();
		const {serialNumber, seed} = await userWithMfa(h);
		const resync = (at: number) => ({
			UserName: 'demo-user',
			SerialNumber: serialNumber,
			AuthenticationCode1: totp(seed, at - 30_000),
			AuthenticationCode2: totp(seed, at),
		});
		expectAwsError(await h.failure('iam', 'ResyncMFADevice', resync(h.now())), 'InvalidAuthenticationCode', 403);
		h.advance(60_000);
		await h.call('iam', 'ResyncMFADevice', resync(h.now()));
		expectAwsError(
			await h.failure('iam', 'ResyncMFADevice', {...resync(h.now()), UserName: 'ghost'}),
			'NoSuchEntity',
			404,
		);
	});

	it('lists virtual devices by assignment, with the user only when assigned', async () => {
		const h = harness();
		const {serialNumber} = await userWithMfa(h);
		await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'spare'});
		const list = async (status: string) =>
			(await h.call('iam', 'ListVirtualMFADevices', {AssignmentStatus: status})).body.VirtualMFADevices;
		const assigned = await list('Assigned');
		expect(assigned).toHaveLength(1);
		expect(assigned[0]).toMatchObject({SerialNumber: serialNumber, User: {UserName: 'demo-user'}});
		expect(await list('Unassigned')).toEqual([{SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/spare`}]);
		expect(await list('Any')).toHaveLength(2);
		expectAwsError(await h.failure('iam', 'ListVirtualMFADevices', {AssignmentStatus: 'Some'}), 'ValidationError', 400);
		const page = (await h.call('iam', 'ListVirtualMFADevices', {MaxItems: '1'})).body;
		expect(page.VirtualMFADevices).toHaveLength(1);
		expect(page.IsTruncated).toBe(true);
		const rest = (await h.call('iam', 'ListVirtualMFADevices', {MaxItems: '1', Marker: page.Marker})).body;
		expect(rest.VirtualMFADevices).toHaveLength(1);
		expect(rest.VirtualMFADevices[0].SerialNumber).not.toBe(page.VirtualMFADevices[0].SerialNumber);
		expect(rest.IsTruncated).toBe(false);
	});

	it('deactivates and deletes, answering NoSuchEntity for devices that are not there', async () => {
		const h = harness();
		const {serialNumber} = await userWithMfa(h);
		expectAwsError(
			await h.failure('iam', 'DeactivateMFADevice', {UserName: 'demo-user', SerialNumber: `${serialNumber}x`}),
			'NoSuchEntity',
			404,
		);
		await h.call('iam', 'DeactivateMFADevice', {SerialNumber: serialNumber});
		expectAwsError(await h.failure('iam', 'DeactivateMFADevice', {SerialNumber: serialNumber}), 'NoSuchEntity', 404);
		expect((await h.call('iam', 'ListMFADevices', {UserName: 'demo-user'})).body.MFADevices).toEqual([]);
		await h.call('iam', 'DeleteVirtualMFADevice', {SerialNumber: serialNumber});
		expectAwsError(await h.failure('iam', 'DeleteVirtualMFADevice', {SerialNumber: serialNumber}), 'NoSuchEntity', 404);
	});
});
