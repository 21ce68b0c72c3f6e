import type {ProfileChain, ProfileChainRequest} from './profile-chain.js';
import type {AwsServicesOptions} from './sdk.js';
import type {AwsServices} from './types.js';

export type {AwsServicesOptions} from './sdk.js';
export type {ProfileChain, ProfileChainRequest, RegionSource} from './profile-chain.js';

/**
 * The service layer for a target. Async because the SDK is loaded with a dynamic import: the
 * bundler puts it in its own chunk, so the dashboard's first frame is drawn before it loads.
 */
export async function createAwsServices(options: AwsServicesOptions): Promise<AwsServices> {
	const {createSdkServices} = await import('./sdk.js');
	return createSdkServices(options);
}

/**
 * Profile, region, endpoint and credentials for `--aws`, as the SDK's standard chain resolves them
 * (see ./profile-chain.ts). Loaded with the SDK, on demand.
 */
export async function resolveProfileChain(request: ProfileChainRequest = {}): Promise<ProfileChain> {
	const chain = await import('./profile-chain.js');
	return chain.resolveProfileChain(request);
}
