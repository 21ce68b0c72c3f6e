import type {ProfileSettings} from './shared-config.js';

/**
 * Where a session is used: the region and endpoint of the profile as it is now, read each time
 * (never kept with a cached session, so a profile whose region changed hands on its new one).
 * `endpoint` is set only when it comes from somewhere the command's tools would not look
 * themselves once the profile is gone from their environment, or from the environment itself.
 */
export interface SessionPlace {
	readonly region: string;
	readonly endpoint?: string;
}

/** The order the SDKs and `--aws` read them: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's, us-east-1. */
export function sessionPlace(
	args: {readonly region?: string},
	env: NodeJS.ProcessEnv,
	settings: ProfileSettings,
	endpoint: string | undefined,
): SessionPlace {
	const region = args.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || settings.region || 'us-east-1';
	return endpoint ? {region, endpoint} : {region};
}

/** The variables that send a tool where the session works: AWS_REGION for the SDKs, AWS_DEFAULT_REGION for the AWS CLI and boto3. */
export function placeVariables(place: SessionPlace): Record<string, string> {
	return {
		AWS_REGION: place.region,
		AWS_DEFAULT_REGION: place.region,
		...(place.endpoint ? {AWS_ENDPOINT_URL: place.endpoint} : {}),
	};
}
