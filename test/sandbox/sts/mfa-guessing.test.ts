import {GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
} from '@aws-sdk/client-iam';
import {describe, expect, it} from 'vitest';
import {LOCK_AFTER_FAILURES} from '../../../source/sandbox/mfa-throttle.js';
import type {SandboxError} from '../../../source/sandbox/errors.js';
import {authenticator, awsError, clientsFor, useSdkSandbox} from '../e2e/clients.js';
import {harness, type Harness, totp, userWithMfa} from '../store/harness.js';

/*
 * Guessing TOTP codes was unlimited: 472,616 wrong codes in 540 s, and the right code still
 * worked after 4,000 misses; a valid code is expected within minutes at that rate. Each test
 * here counts the codes the sandbox actually checks, on a simulated clock: no timing.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** A code that is none of the three the device accepts now (so every guess is a miss). */
function wrongCodes(h: Harness, seed: string): () => string {
	let next = 0;
	return () => {
		const valid = new Set([-30_000, 0, 30_000].map((offset) => totp(seed, h.now() + offset)));
		let code: string;
		do code = String(next++ % 1_000_000).padStart(6, '0');
		while (valid.has(code));
		return code;
	};
}

async function deviceOwner(h: Harness) {
	const device = await userWithMfa(h);
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
	const user = h.principalOf(key.AccessKeyId);
	const sessionToken = (code: string) =>
		h.call('sts', 'GetSessionToken', {SerialNumber: device.serialNumber, TokenCode: code}, user).then(
			() => 'accepted' as const,
			(error: SandboxError) => error,
		);
	return {...device, user, sessionToken};
}

/** Seconds the Throttling message says no code is checked for. */
const lockSeconds = (error: SandboxError) => Number(/for (\d+) more seconds?/.exec(error.message)?.[1]);

describe('TOTP guessing is throttled per device', () => {
	it('lets a guesser who waits out every lock check at most 750 codes in 30 days (P(success) < 0.25 %)', async () => {
		const h = harness();
		const {seed, sessionToken} = await deviceOwner(h);
		const nextWrong = wrongCodes(h, seed);
		const end = h.now() + 30 * DAY_MS;
		let checked = 0;
		let throttled = 0;
		while (h.now() < end) {
			const outcome = await sessionToken(nextWrong());
			expect(outcome).not.toBe('accepted');
			const error = outcome as SandboxError;
			if (error.awsCode === 'Throttling') {
				expect(error.httpStatus).toBe(400);
				throttled++;
				// The best a guesser can do: wait exactly as long as the answer says, then guess again.
				h.advance(lockSeconds(error) * 1000);
				continue;
			}
			expect(error.awsCode).toBe('AccessDenied');
			checked++;
		}
		expect(checked).toBeLessThanOrEqual(750);
		expect(throttled).toBeGreaterThan(checked - LOCK_AFTER_FAILURES - 1);
		// Three codes are valid at any moment: the chance that any of these guesses was right.
		expect((3 * checked) / 1_000_000).toBeLessThan(0.0025);
	});

	it('refuses the right code during a lock (no way around it), and counts nothing asked during one', async () => {
		const h = harness();
		const {seed, sessionToken} = await deviceOwner(h);
		const nextWrong = wrongCodes(h, seed);
		for (let index = 0; index < LOCK_AFTER_FAILURES; index++) {
			expect(((await sessionToken(nextWrong())) as SandboxError).awsCode).toBe('AccessDenied');
		}
		const locked = (await sessionToken(totp(seed, h.now()))) as SandboxError;
		expect({code: locked.awsCode, status: locked.httpStatus}).toEqual({code: 'Throttling', status: 400});
		expect(locked.message).toMatch(/^Rate exceeded: 5 wrong MFA codes in a row for this device/);
		// A client retrying during the lock (the SDKs retry Throttling) does not lengthen it.
		for (let index = 0; index < 100; index++) await sessionToken(nextWrong());
		h.advance(lockSeconds(locked) * 1000);
		h.advance(30_000); // a fresh step: the right code is newer than the last one accepted
		expect(await sessionToken(totp(seed, h.now()))).toBe('accepted');
		// The right code after the lock starts the count again: four more mistakes, and the next right code passes.
		for (let index = 0; index < LOCK_AFTER_FAILURES - 1; index++) {
			expect(((await sessionToken(nextWrong())) as SandboxError).awsCode).toBe('AccessDenied');
		}
		h.advance(30_000);
		expect(await sessionToken(totp(seed, h.now()))).toBe('accepted');
	});

	it('throttles guessed codes for EnableMFADevice and ResyncMFADevice on the same device', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'victim'});
		const created = await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: 'victim'});
		const serial: string = created.body.VirtualMFADevice.SerialNumber;
		const seed = Buffer.from(created.body.VirtualMFADevice.Base32StringSeed, 'base64').toString('utf8');
		const nextWrong = wrongCodes(h, seed);
		const enable = (code1: string, code2: string) =>
			h.failure('iam', 'EnableMFADevice', {
				UserName: 'victim',
				SerialNumber: serial,
				AuthenticationCode1: code1,
				AuthenticationCode2: code2,
			});
		for (let index = 0; index < LOCK_AFTER_FAILURES; index++) {
			expect((await enable(nextWrong(), nextWrong())).awsCode).toBe('InvalidAuthenticationCode');
		}
		expect((await enable(totp(seed, h.now() - 30_000), totp(seed, h.now()))).awsCode).toBe('Throttling');
	});
});

describe('TOTP guessing over the wire', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;

	it("answers AWS's Throttling error, which the SDK reads, and the right code does not pass while locked", async () => {
		const {iam} = clientsFor(sandbox, sandbox.credentials);
		await iam.send(new CreateUserCommand({UserName: 'guessed'}));
		const {VirtualMFADevice} = await iam.send(new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: 'guessed'}));
		const code = authenticator(VirtualMFADevice!.Base32StringSeed);
		const SerialNumber = VirtualMFADevice!.SerialNumber!;
		await iam.send(
			new EnableMFADeviceCommand({
				UserName: 'guessed',
				SerialNumber,
				AuthenticationCode1: code(clock.now() - 30_000),
				AuthenticationCode2: code(clock.now()),
			}),
		);
		const {AccessKey} = await iam.send(new CreateAccessKeyCommand({UserName: 'guessed'}));
		const {sts} = clientsFor(sandbox, {
			accessKeyId: AccessKey!.AccessKeyId!,
			secretAccessKey: AccessKey!.SecretAccessKey!,
		});
		clock.advance(30_000);
		const right = code(clock.now());
		const wrong = right === '000000' ? '000001' : '000000';
		const ask = (TokenCode: string) => awsError(sts.send(new GetSessionTokenCommand({SerialNumber, TokenCode})));
		for (let index = 0; index < LOCK_AFTER_FAILURES; index++) expect((await ask(wrong)).name).toBe('AccessDenied');
		expect(await ask(right)).toMatchObject({
			name: 'Throttling',
			status: 400,
			message: expect.stringMatching(/^Rate exceeded/),
		});
	});
});
