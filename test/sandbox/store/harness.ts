import {Secret as OtpSecret, TOTP} from 'otpauth';
import {expect} from 'vitest';
import {createActions} from '../../../source/sandbox/actions.js';
import {SandboxError} from '../../../source/sandbox/errors.js';
import {SandboxStore, type SandboxStoreOptions} from '../../../source/sandbox/store/index.js';
import type {ActionResult, Principal, SandboxService} from '../../../source/sandbox/types.js';

/** 2026-01-15T12:00:00Z: the start of a 30-second TOTP step. */
export const START = Date.UTC(2026, 0, 15, 12, 0, 0);
export const ACCOUNT = '123456789012';
export const ADMIN = {accessKeyId: 'AKIAADMINEXAMPLE0001', secretAccessKey: 'admin-secret-for-tests-0000000000000000'};

/** A TOTP code computed independently of the sandbox's own TOTP module. */
export function totp(seed: string, at: number): string {
	return new TOTP({secret: OtpSecret.fromBase32(seed), algorithm: 'SHA1', digits: 6, period: 30}).generate({
		timestamp: at,
	});
}

/** The registry driven directly with a fixed clock, as the router would call it. */
export function harness(options: Omit<SandboxStoreOptions, 'now'> = {}) {
	let clock = START;
	const store = new SandboxStore({accountId: ACCOUNT, credentials: ADMIN, ...options, now: () => clock});
	const actions = createActions(store);

	/** Session keys (ASIA…) resolve only with their token, as on the wire. */
	function principalOf(accessKeyId: string, sessionToken?: string): Principal {
		const resolved = store.resolveCredentials(accessKeyId, clock, sessionToken);
		if ('error' in resolved) throw new Error(`credentials ${accessKeyId}: ${resolved.error}`);
		return resolved.principal;
	}

	const admin = principalOf(ADMIN.accessKeyId);

	/** The principal of credentials from GetSessionToken or AssumeRole. */
	const sessionOf = (credentials: {AccessKeyId: string; SessionToken: string}): Principal =>
		principalOf(credentials.AccessKeyId, credentials.SessionToken);

	async function call(
		service: SandboxService,
		action: string,
		params: Record<string, string> = {},
		principal: Principal = admin,
	): Promise<ActionResult & {body: Record<string, any>}> {
		const spec = actions[service][action];
		if (!spec) throw new Error(`no action ${service}:${action}`);
		const context = {service, action, principal, params, body: '', now: clock, requestId: 'test-request'};
		spec.resource(context); // must never throw, whatever the parameters
		const result = await spec.run(context);
		return {...result, body: result.body ?? {}};
	}

	/** The SandboxError an action answers with (fails the test if it succeeds or throws anything else). */
	async function failure(
		service: SandboxService,
		action: string,
		params: Record<string, string> = {},
		principal: Principal = admin,
	): Promise<SandboxError> {
		const outcome = await call(service, action, params, principal).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(outcome, `${action} should fail`).toBeInstanceOf(SandboxError);
		return outcome as SandboxError;
	}

	return {
		store,
		actions,
		admin,
		call,
		failure,
		principalOf,
		sessionOf,
		now: () => clock,
		advance(ms: number) {
			clock += ms;
		},
	};
}

export type Harness = ReturnType<typeof harness>;

/** CreateUser + CreateVirtualMFADevice + EnableMFADevice with the codes of the current and next step. */
export async function userWithMfa(h: Harness, userName = 'demo-user') {
	await h.call('iam', 'CreateUser', {UserName: userName, Path: '/sts-mfa/'});
	const created = await h.call('iam', 'CreateVirtualMFADevice', {VirtualMFADeviceName: userName, Path: '/sts-mfa/'});
	const serialNumber: string = created.body.VirtualMFADevice.SerialNumber;
	const seed = Buffer.from(created.body.VirtualMFADevice.Base32StringSeed, 'base64').toString('utf8');
	h.advance(30_000); // the person waits for the next code to type the second one
	await h.call('iam', 'EnableMFADevice', {
		UserName: userName,
		SerialNumber: serialNumber,
		AuthenticationCode1: totp(seed, h.now() - 30_000),
		AuthenticationCode2: totp(seed, h.now()),
	});
	return {serialNumber, seed};
}

export const expectAwsError = (error: SandboxError, awsCode: string, httpStatus: number, message?: string) => {
	expect({code: error.awsCode, status: error.httpStatus}).toEqual({code: awsCode, status: httpStatus});
	if (message !== undefined) expect(error.message).toBe(message);
};
