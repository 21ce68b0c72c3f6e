import {CloudTrailClient} from '@aws-sdk/client-cloudtrail';
import {IAMClient} from '@aws-sdk/client-iam';
import {S3Client} from '@aws-sdk/client-s3';
import {STSClient} from '@aws-sdk/client-sts';
import {createTrailService} from './cloudtrail.js';
import {createIamService} from './iam.js';
import {createIamRoleService} from './iam-roles.js';
import {createS3Service} from './s3.js';
import {createPolicySimulatorService} from './simulator.js';
import {createStsService} from './sts.js';
import {createTraceRecorder, instrumentClient} from './trace.js';
import type {AwsCredentials, AwsServices, TraceEntry, TraceListener} from './types.js';

/*
 * The SDK's standard retry strategy retries only throttling, transient 5xx and network errors,
 * with jittered exponential backoff. Three attempts keep an interactive demo responsive when an
 * endpoint is down (a few seconds, not a minute) while riding out IAM's low rate limits.
 * InvalidClientTokenId during propagation is not retried here: the scenario polls for that itself.
 */
const MAX_ATTEMPTS = 3;

/*
 * Without timeouts an endpoint that accepts a connection and never answers (a stopped process, a
 * dead NAT entry) holds a call, and so the teardown, forever. IAM answers in well under a second and
 * its largest answer here (a QR code PNG) is a few KB: 5 s to connect and 10 s for the whole
 * request leave a slow network plenty of room, and with the three attempts above a call that
 * cannot succeed fails in about 30 s. docs/aws-calls.md explains the choice.
 */
export const HTTP_TIMEOUTS = {connectionTimeout: 5_000, requestTimeout: 10_000} as const;

export interface AwsServicesOptions {
	readonly region: string;
	readonly endpoint?: string;
	readonly profile?: string;
	/** Explicit operator credentials (the sandbox's administrator); otherwise the standard chain. */
	readonly credentials?: AwsCredentials;
	/** The operator's credentials from a resolved chain (./profile-chain.ts), instead of `profile`. */
	readonly operatorCredentials?: () => Promise<AwsCredentials>;
	readonly onTrace?: TraceListener;
}

function sdkCredentials(credentials: AwsCredentials) {
	return {
		accessKeyId: credentials.accessKeyId,
		secretAccessKey: credentials.secretAccessKey.reveal(),
		sessionToken: credentials.sessionToken?.reveal(),
		expiration: credentials.expiration,
	};
}

function defaultPrincipal(credentials: AwsCredentials | undefined): TraceEntry['principal'] {
	if (!credentials) return 'operator';
	return credentials.sessionToken ? 'session' : 'demo-user';
}

export function createSdkServices(options: AwsServicesOptions): AwsServices {
	const recorder = createTraceRecorder(options.onTrace);
	const cache = new Map<string, unknown>();

	function operator() {
		const resolved = options.operatorCredentials;
		return resolved ? {credentials: async () => sdkCredentials(await resolved())} : {profile: options.profile};
	}

	function config(credentials: AwsCredentials | undefined) {
		const explicit = credentials ?? options.credentials;
		return {
			region: options.region,
			endpoint: options.endpoint,
			maxAttempts: MAX_ATTEMPTS,
			retryMode: 'standard',
			// throwOnRequestTimeout: otherwise a breached requestTimeout is only a logged warning.
			requestHandler: {...HTTP_TIMEOUTS, throwOnRequestTimeout: true},
			// Only the operator uses the profile; the demo user's key and sessions are explicit.
			...(explicit ? {credentials: sdkCredentials(explicit)} : operator()),
		};
	}

	function cached<T>(key: string, make: () => T): T {
		if (!cache.has(key)) cache.set(key, make());
		return cache.get(key) as T;
	}

	function key(service: string, credentials: AwsCredentials | undefined, principal: string) {
		return `${service}:${credentials?.accessKeyId ?? 'operator'}:${principal}`;
	}

	return {
		region: options.region,
		endpoint: options.endpoint,
		iam(credentials, principal = defaultPrincipal(credentials)) {
			return cached(key('iam', credentials, principal), () => {
				const client = new IAMClient(config(credentials));
				instrumentClient(client, 'iam', principal, recorder);
				return createIamService(client);
			});
		},
		roles(credentials, principal = defaultPrincipal(credentials)) {
			return cached(key('iam-roles', credentials, principal), () => {
				const client = new IAMClient(config(credentials));
				instrumentClient(client, 'iam', principal, recorder);
				return createIamRoleService(client);
			});
		},
		sts(credentials, principal = defaultPrincipal(credentials)) {
			return cached(key('sts', credentials, principal), () => {
				const client = new STSClient(config(credentials));
				instrumentClient(client, 'sts', principal, recorder);
				return createStsService(client);
			});
		},
		simulator() {
			return cached('simulator', () => {
				const client = new IAMClient(config(undefined));
				instrumentClient(client, 'iam', 'operator', recorder);
				return createPolicySimulatorService(client);
			});
		},
		s3(credentials, principal = defaultPrincipal(credentials)) {
			return cached(key('s3', credentials, principal), () => {
				// Emulators on loopback serve path-style URLs only.
				const client = new S3Client({...config(credentials), forcePathStyle: options.endpoint !== undefined});
				instrumentClient(client, 's3', principal, recorder);
				return createS3Service(client);
			});
		},
		trail() {
			// Not in the trace panel: its columns are sized for iam, sts and s3.
			return cached('trail', () => createTrailService(new CloudTrailClient(config(undefined))));
		},
		clockSkewMs: () => recorder.clockSkewMs(),
	};
}
