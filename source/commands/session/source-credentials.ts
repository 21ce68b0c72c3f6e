import {IAMClient, ListMFADevicesCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand, GetSessionTokenCommand, STSClient} from '@aws-sdk/client-sts';
import {toAwsError} from '../../aws/map-error.js';
import {resolveProfileChain} from '../../aws/profile-chain.js';
import {createTraceRecorder, instrumentClient} from '../../aws/trace.js';
import type {SessionCredentials} from '../../aws/types.js';
import {Secret} from '../../secret.js';
import {checkSessionShape} from './credential-shape.js';
import {longTermKeysNeeded} from './errors.js';

/*
 * The source of a session: the profile, region and credentials resolved as `--aws` resolves them
 * (aws/profile-chain.ts: the SDK's standard credential chain, AWS_REGION or AWS_DEFAULT_REGION,
 * the profile's region, us-east-1; one error naming the profile and the files when it does not
 * exist), and the calls made with them. Only this file (loaded on a cache miss) touches the SDK.
 * A profile's endpoint_url the SDK reads only for the profile in AWS_PROFILE, so the caller passes
 * it for --profile explicitly; AWS_ENDPOINT_URL(_STS, _IAM) the SDK reads itself.
 */

export interface SourceAccount {
	readonly accessKeyId: string;
	/** GetCallerIdentity's ARN: who the session will be for. */
	readonly arn: string;
	readonly region: string;
	/** Serial numbers of the caller's own MFA devices (iam:ListMFADevices). */
	listMfaDevices(): Promise<string[]>;
	getSessionToken(input: {
		durationSeconds: number;
		serialNumber: string;
		tokenCode: string;
	}): Promise<SessionCredentials>;
	/** The server's clock minus ours, from the last answer's Date header, in ms. */
	clockSkewMs(): number | undefined;
	close(): void;
}

export interface SourceOptions {
	readonly profile?: string;
	readonly region?: string;
	readonly endpoint?: string;
}

/**
 * The SDK's notice that its releases from 2027 need Node 22 is for the authors of programs that
 * use it, not for people whose shell eval or credential_process reads this command's output: it
 * would be printed with every new session. Kept out only while the clients are made.
 */
function withoutSdkNodeNotice<T>(make: () => T): T {
	const name = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
	const saved = process.env[name];
	process.env[name] = 'true';
	try {
		return make();
	} finally {
		if (saved === undefined) delete process.env[name];
		else process.env[name] = saved;
	}
}

async function listMfaDevices(iam: IAMClient): Promise<string[]> {
	try {
		const devices: string[] = [];
		let marker: string | undefined;
		do {
			const page = await iam.send(new ListMFADevicesCommand({Marker: marker}));
			devices.push(...(page.MFADevices ?? []).map((device) => device.SerialNumber ?? ''));
			marker = page.IsTruncated ? page.Marker : undefined;
		} while (marker);
		return devices.filter((serial) => serial !== '');
	} catch (error) {
		throw toAwsError(error, 'iam', 'ListMFADevices');
	}
}

async function getSessionToken(
	sts: STSClient,
	{durationSeconds, serialNumber, tokenCode}: {durationSeconds: number; serialNumber: string; tokenCode: string},
): Promise<SessionCredentials> {
	let credentials: SessionCredentials;
	try {
		const command = new GetSessionTokenCommand({
			DurationSeconds: durationSeconds,
			SerialNumber: serialNumber,
			TokenCode: tokenCode,
		});
		const session = (await sts.send(command)).Credentials;
		credentials = {
			accessKeyId: session?.AccessKeyId ?? '',
			secretAccessKey: new Secret(session?.SecretAccessKey ?? ''),
			sessionToken: new Secret(session?.SessionToken ?? ''),
			expiration: session?.Expiration ?? new Date(Number.NaN),
		};
	} catch (error) {
		throw toAwsError(error, 'sts', 'GetSessionToken');
	}
	checkSessionShape(credentials);
	return credentials;
}

async function callerArn(sts: STSClient): Promise<string> {
	try {
		return (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? '';
	} catch (error) {
		throw toAwsError(error, 'sts', 'GetCallerIdentity');
	}
}

export async function openSourceAccount(options: SourceOptions): Promise<SourceAccount> {
	const chain = await resolveProfileChain({profile: options.profile, region: options.region});
	const resolved = await chain.credentials();
	if (resolved.sessionToken) {
		// Without a named profile, keys in the environment come first in the SDK's chain.
		const fromEnvironment = !chain.profileNamed && Boolean(process.env.AWS_ACCESS_KEY_ID);
		throw longTermKeysNeeded(
			resolved.accessKeyId,
			fromEnvironment ? {kind: 'environment'} : {kind: 'profile', name: chain.profile},
		);
	}
	// Both clients sign with the credentials already resolved: a credential_process source runs once.
	const credentials = {accessKeyId: resolved.accessKeyId, secretAccessKey: resolved.secretAccessKey.reveal()};
	const {region} = chain;
	const recorder = createTraceRecorder();
	const base = {region, endpoint: options.endpoint, credentials, maxAttempts: 3};
	const sts = withoutSdkNodeNotice(() => new STSClient(base));
	instrumentClient(sts, 'sts', 'operator', recorder);
	const clients: {destroy(): void}[] = [sts];
	const close = () => {
		for (const client of clients) client.destroy();
	};
	try {
		const iam = withoutSdkNodeNotice(() => new IAMClient(base));
		instrumentClient(iam, 'iam', 'operator', recorder);
		clients.push(iam);
		return {
			accessKeyId: credentials.accessKeyId,
			arn: await callerArn(sts),
			region,
			listMfaDevices: () => listMfaDevices(iam),
			getSessionToken: (input) => getSessionToken(sts, input),
			clockSkewMs: () => recorder.clockSkewMs(),
			close,
		};
	} catch (error) {
		close();
		throw error;
	}
}
