import {defaultProvider} from '@aws-sdk/credential-provider-node';

/** Swallows what the SDK would log (it prints to the console when given no logger of its own). */
const SILENT_SDK_LOGGER = {debug() {}, info() {}, warn() {}, error() {}};
import {getHomeDir, loadConfig, loadSharedConfigFiles} from '@smithy/core/config';
import {join} from 'node:path';
import {ConfigurationError} from '../errors.js';
import {AWS_ERROR_WORDS} from '../words/aws-errors.js';
import {Secret} from '../secret.js';
import type {AwsCredentials} from './types.js';

/*
 * Where `--aws` calls go and as whom, resolved the way the AWS SDKs and CLI resolve it: the named
 * profile (--profile, else AWS_PROFILE, else "default"), its region and endpoint_url from the
 * shared config files, and credentials from the SDK's standard provider chain (environment, SSO,
 * shared files, credential_process, web identity, container and instance roles).
 *
 * It is resolved once, before anything is drawn, so that a missing profile or missing credentials
 * end the run with one line on the normal screen instead of a failed step. Loaded with the SDK
 * (dynamically, via ./index.js), never before the dashboard's first frame.
 */

export interface ProfileChainRequest {
	/** --profile; when absent, AWS_PROFILE, then "default". */
	readonly profile?: string;
	/** --region; when absent, AWS_REGION, AWS_DEFAULT_REGION, the profile's region, then us-east-1. */
	readonly region?: string;
}

export type RegionSource = 'flag' | 'environment' | 'profile' | 'default';

export interface ProfileChain {
	/** The profile the files were read for ("default" when none was named). */
	readonly profile: string;
	/** Whether a profile was named (--profile or AWS_PROFILE), rather than the default one. */
	readonly profileNamed: boolean;
	readonly region: string;
	readonly regionSource: RegionSource;
	/** A custom endpoint (AWS_ENDPOINT_URL or the profile's endpoint_url); absent for AWS itself. */
	readonly endpoint?: string;
	/** The first characters of the resolved access key id, for messages ("AKIA12…"). */
	readonly keyHint: string;
	/** The credentials, through the SDK's provider (it refreshes temporary ones as they expire). */
	credentials(): Promise<AwsCredentials>;
}

/** The shared config and credentials files the SDK reads (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE). */
export function sharedFilePaths(env: NodeJS.ProcessEnv = process.env): {config: string; credentials: string} {
	return {
		config: env.AWS_CONFIG_FILE || join(getHomeDir(), '.aws', 'config'),
		credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(getHomeDir(), '.aws', 'credentials'),
	};
}

/** The start of an access key id, enough to tell keys apart and never the whole id. */
export function keyIdHint(accessKeyId: string): string {
	return `${accessKeyId.slice(0, 8)}…`;
}

export class ProfileNotFoundError extends ConfigurationError {
	readonly profile: string;

	constructor(profile: string, files: {config: string; credentials: string}) {
		super('ProfileNotFound', AWS_ERROR_WORDS.profileNotFound(profile, files.config, files.credentials));
		this.name = 'ProfileNotFoundError';
		this.profile = profile;
	}
}

export class NoCredentialsError extends ConfigurationError {
	constructor(profile: string, named: boolean, cause: unknown) {
		const reason = cause instanceof Error && named ? ` (${cause.message.split('\n')[0]})` : '';
		super('NoCredentials', AWS_ERROR_WORDS.noCredentials(profile, named, reason), {cause});
		this.name = 'NoCredentialsError';
	}
}

async function checkProfileExists(profile: string): Promise<void> {
	const {configFile, credentialsFile} = await loadSharedConfigFiles({ignoreCache: true});
	if (configFile[profile] === undefined && credentialsFile[profile] === undefined)
		throw new ProfileNotFoundError(profile, sharedFilePaths());
}

async function resolveRegion(request: ProfileChainRequest, profile: string): Promise<[string, RegionSource]> {
	if (request.region) return [request.region, 'flag'];
	// The SDKs read AWS_REGION; the AWS CLI and boto3 read AWS_DEFAULT_REGION: either counts.
	const fromEnvironment = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
	if (fromEnvironment) return [fromEnvironment, 'environment'];
	// The SDK's own selector would ask the instance metadata service last, a second's wait off EC2.
	const fromProfile = await loadConfig<string | undefined>(
		{environmentVariableSelector: () => undefined, configFileSelector: (section) => section.region, default: undefined},
		{profile, preferredFile: 'config'},
	)();
	return fromProfile ? [fromProfile, 'profile'] : ['us-east-1', 'default'];
}

/** AWS_ENDPOINT_URL, else the profile's endpoint_url, unless ignore_configured_endpoint_urls says not to. */
async function resolveEndpoint(profile: string): Promise<string | undefined> {
	const ignored = await loadConfig<boolean>(
		{
			environmentVariableSelector: (env) =>
				env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === undefined
					? undefined
					: env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true',
			configFileSelector: (section) =>
				section.ignore_configured_endpoint_urls === undefined
					? undefined
					: section.ignore_configured_endpoint_urls === 'true',
			default: false,
		},
		{profile},
	)();
	if (ignored) return undefined;
	return loadConfig<string | undefined>(
		{
			environmentVariableSelector: (env) => env.AWS_ENDPOINT_URL || undefined,
			configFileSelector: (section) => section.endpoint_url || undefined,
			default: undefined,
		},
		{profile},
	)();
}

function toAwsCredentials(identity: {
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken?: string;
	expiration?: Date;
}): AwsCredentials {
	return {
		accessKeyId: identity.accessKeyId,
		secretAccessKey: new Secret(identity.secretAccessKey),
		sessionToken: identity.sessionToken ? new Secret(identity.sessionToken) : undefined,
		expiration: identity.expiration,
	};
}

/**
 * Resolves profile, region, endpoint and credentials, or throws a ConfigurationError (exit 2):
 * ProfileNotFoundError for a named profile in neither file, NoCredentialsError when the chain
 * finds nothing. Whether AWS accepts the credentials is for the first call to tell.
 */
export async function resolveProfileChain(request: ProfileChainRequest = {}): Promise<ProfileChain> {
	const named = request.profile || process.env.AWS_PROFILE || undefined;
	const profile = named ?? 'default';
	if (named) await checkProfileExists(profile);
	const [[region, regionSource], endpoint] = await Promise.all([
		resolveRegion(request, profile),
		resolveEndpoint(profile),
	]);
	// The chain's notices (e.g. "Multiple credential sources detected" when keys are exported and a
	// profile is named) are for the SDK's programmers: a logger of our own keeps them off the screen.
	const provider = defaultProvider({...(named ? {profile} : {}), logger: SILENT_SDK_LOGGER});
	let first: AwsCredentials;
	try {
		first = toAwsCredentials(await provider());
	} catch (error) {
		throw new NoCredentialsError(profile, named !== undefined, error);
	}
	return {
		profile,
		profileNamed: named !== undefined,
		region,
		regionSource,
		endpoint,
		keyHint: keyIdHint(first.accessKeyId),
		credentials: async () => toAwsCredentials(await provider()),
	};
}
