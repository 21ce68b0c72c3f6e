import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
	IAMClient,
	PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {S3Client} from '@aws-sdk/client-s3';
import {GetSessionTokenCommand, STSClient} from '@aws-sdk/client-sts';
import {Secret as OtpSecret, TOTP} from 'otpauth';
import type {Credentials} from './signing.js';

export const MFA_POLICY = JSON.stringify({
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

const PERIOD_MS = 30_000;

/** The three SDK v3 clients for one set of credentials; one attempt, so errors surface as they are. */
export function clientsFor(endpoint: string, credentials: Credentials) {
	const config = {endpoint, region: 'us-east-1', credentials: {...credentials}, maxAttempts: 1};
	return {iam: new IAMClient(config), sts: new STSClient(config), s3: new S3Client({...config, forcePathStyle: true})};
}

export type Clients = ReturnType<typeof clientsFor>;

export function destroyClients(clients: Clients): void {
	clients.iam.destroy();
	clients.sts.destroy();
	clients.s3.destroy();
}

/** An authenticator app for a device, from the Base32 seed CreateVirtualMFADevice returned (otpauth). */
export class Authenticator {
	readonly #totp: TOTP;

	constructor(base32Seed: Uint8Array | undefined) {
		this.#totp = new TOTP({
			secret: OtpSecret.fromBase32(new TextDecoder().decode(base32Seed)),
			algorithm: 'SHA1',
			digits: 6,
			period: 30,
		});
	}

	/** The code of a time step (30 s periods since the epoch). */
	codeForStep(step: number): string {
		return this.#totp.generate({timestamp: step * PERIOD_MS});
	}
}

export const currentStep = (): number => Math.floor(Date.now() / PERIOD_MS);

export interface DemoUser {
	readonly userName: string;
	readonly arn: string;
	readonly serialNumber: string;
	readonly authenticator: Authenticator;
	readonly key: Credentials;
	/** The step of the second enabling code: a session code must be for a later step. */
	readonly enabledAtStep: number;
}

/**
 * The demo's setup as the administrator: user, virtual MFA device enabled with two consecutive
 * codes (the previous step's and the current one's), access key, and the MFA-only inline policy.
 */
export async function createDemoUser(admin: Clients, userName: string, path: string): Promise<DemoUser> {
	const {User} = await admin.iam.send(new CreateUserCommand({UserName: userName, Path: path}));
	const {VirtualMFADevice} = await admin.iam.send(
		new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: userName, Path: path}),
	);
	const serialNumber = VirtualMFADevice!.SerialNumber!;
	const authenticator = new Authenticator(VirtualMFADevice!.Base32StringSeed);
	const step = currentStep();
	await admin.iam.send(
		new EnableMFADeviceCommand({
			UserName: userName,
			SerialNumber: serialNumber,
			AuthenticationCode1: authenticator.codeForStep(step - 1),
			AuthenticationCode2: authenticator.codeForStep(step),
		}),
	);
	const {AccessKey} = await admin.iam.send(new CreateAccessKeyCommand({UserName: userName}));
	await admin.iam.send(
		new PutUserPolicyCommand({UserName: userName, PolicyName: `${userName}-mfa-only`, PolicyDocument: MFA_POLICY}),
	);
	return {
		userName,
		arn: User!.Arn!,
		serialNumber,
		authenticator,
		key: {accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey!},
		enabledAtStep: step,
	};
}

/** GetSessionToken with the user's key; with `mfaCode`, for the device's serial. */
export async function sessionFor(endpoint: string, user: DemoUser, mfaCode?: string): Promise<Credentials> {
	const sts = new STSClient({endpoint, region: 'us-east-1', credentials: {...user.key}, maxAttempts: 1});
	try {
		const input =
			mfaCode === undefined
				? {DurationSeconds: 900}
				: {DurationSeconds: 900, SerialNumber: user.serialNumber, TokenCode: mfaCode};
		const {Credentials: session} = await sts.send(new GetSessionTokenCommand(input));
		return {
			accessKeyId: session!.AccessKeyId!,
			secretAccessKey: session!.SecretAccessKey!,
			sessionToken: session!.SessionToken!,
		};
	} finally {
		sts.destroy();
	}
}

/** The AWS error a call failed with (its name and HTTP status); throws if the call succeeded. */
export async function awsError(promise: Promise<unknown>): Promise<{name: string; status: number | undefined}> {
	try {
		await promise;
	} catch (error) {
		const failure = error as {name: string; $metadata?: {httpStatusCode?: number}};
		return {name: failure.name, status: failure.$metadata?.httpStatusCode};
	}
	throw new Error('expected the call to fail, it succeeded');
}
