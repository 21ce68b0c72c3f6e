import {IAMClient} from '@aws-sdk/client-iam';
import {S3Client} from '@aws-sdk/client-s3';
import {STSClient} from '@aws-sdk/client-sts';
import {Secret as OtpSecret, TOTP} from 'otpauth';
import {afterAll, beforeAll} from 'vitest';
import {type RunningSandbox, startSandbox} from '../../../source/sandbox/index.js';

export interface Credentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken?: string;
}

/** The three SDK clients, pointed at the sandbox with the given credentials. */
export function clientsFor(sandbox: {readonly endpoint: string}, credentials: Credentials) {
	// One attempt: an error must surface as it is, not be retried (or clock-corrected) away.
	const config = {endpoint: sandbox.endpoint, region: 'us-east-1', credentials: {...credentials}, maxAttempts: 1};
	return {
		iam: new IAMClient(config),
		sts: new STSClient(config),
		s3: new S3Client({...config, forcePathStyle: true}),
	};
}

/** A sandbox clock the test moves forward, starting at the real time (the SDK signs with real time). */
export class TestClock {
	#offset = 0;
	readonly now = (): number => Date.now() + this.#offset;

	advance(ms: number): void {
		this.#offset += ms;
	}
}

export type Clients = ReturnType<typeof clientsFor>;

/** The embedded sandbox a describe block calls with the AWS SDK, on a clock the test moves. */
export interface SdkSandbox {
	readonly clock: TestClock;
	readonly endpoint: string;
	readonly region: string;
	readonly accountId: string;
	/** The administrator's keys. */
	readonly credentials: Credentials;
	/** The SDK clients signed with the administrator's keys. */
	readonly admin: Clients;
}

/** Registers the block's hooks: a sandbox on a port the OS chooses, started before its first test and stopped after its last. */
export function useSdkSandbox(): SdkSandbox {
	const clock = new TestClock();
	let started: {sandbox: RunningSandbox; admin: Clients} | undefined;
	beforeAll(async () => {
		const sandbox = await startSandbox({now: clock.now});
		started = {sandbox, admin: clientsFor(sandbox, sandbox.credentials)};
	});
	afterAll(async () => started?.sandbox.stop());
	const running = () => {
		if (!started) throw new Error('the sandbox is used before its beforeAll ran');
		return started;
	};
	return {
		clock,
		get endpoint() {
			return running().sandbox.endpoint;
		},
		get region() {
			return running().sandbox.region;
		},
		get accountId() {
			return running().sandbox.accountId;
		},
		get credentials() {
			return running().sandbox.credentials;
		},
		get admin() {
			return running().admin;
		},
	};
}

/** An authenticator app, independent of the sandbox's own TOTP code. */
export function authenticator(base32StringSeed: Uint8Array | undefined): (at: number) => string {
	const totp = new TOTP({
		secret: OtpSecret.fromBase32(new TextDecoder().decode(base32StringSeed)),
		algorithm: 'SHA1',
		digits: 6,
		period: 30,
	});
	return (at) => totp.generate({timestamp: at});
}

/** The AWS error an SDK call failed with: its code and HTTP status. */
export async function awsError(
	promise: Promise<unknown>,
): Promise<{name: string; status: number | undefined; message: string}> {
	try {
		await promise;
	} catch (error) {
		const failure = error as {name: string; message: string; $metadata?: {httpStatusCode?: number}};
		return {name: failure.name, status: failure.$metadata?.httpStatusCode, message: failure.message};
	}
	throw new Error('expected the call to fail, it succeeded');
}
