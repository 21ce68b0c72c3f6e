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
