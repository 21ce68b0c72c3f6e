import type {AwsServicesOptions} from './sdk.js';
import type {AwsServices} from './types.js';

export type {AwsServicesOptions} from './sdk.js';

/**
 * The service layer for a target. Async because the SDK is loaded with a dynamic import: the
 * bundler puts it in its own chunk, so the dashboard's first frame is drawn before it loads.
 */
export async function createAwsServices(options: AwsServicesOptions): Promise<AwsServices> {
	const {createSdkServices} = await import('./sdk.js');
	return createSdkServices(options);
}

/** The region the SDK would pick for a profile (AWS_REGION, then the profile's), if any. */
export async function resolveDefaultRegion(profile?: string): Promise<string | undefined> {
	const {STSClient} = await import('@aws-sdk/client-sts');
	const client = new STSClient({profile});
	try {
		return await client.config.region();
	} catch {
		return undefined;
	} finally {
		client.destroy();
	}
}
