/*
 * The IAM client `check` reads the account and the simulator through. A check makes hundreds of
 * calls in a burst, against IAM's low rate limits: the SDK's adaptive retry mode backs off on
 * throttling (and slows the client's own rate) over up to 8 attempts, where the demo's 3 would give up.
 */
import {IAMClient} from '@aws-sdk/client-iam';
import {HTTP_TIMEOUTS} from '../../aws/sdk.js';
import type {AwsCredentials} from '../../aws/types.js';

const MAX_ATTEMPTS = 8;

export interface ClientTarget {
	readonly region: string;
	readonly endpoint?: string;
	readonly credentials?: () => Promise<AwsCredentials>;
}

export function checkIamClient(target: ClientTarget): IAMClient {
	const provider = target.credentials;
	return new IAMClient({
		region: target.region,
		...(target.endpoint ? {endpoint: target.endpoint} : {}),
		maxAttempts: MAX_ATTEMPTS,
		retryMode: 'adaptive',
		requestHandler: {...HTTP_TIMEOUTS, throwOnRequestTimeout: true},
		...(provider
			? {
					credentials: async () => {
						const credentials = await provider();
						return {
							accessKeyId: credentials.accessKeyId,
							secretAccessKey: credentials.secretAccessKey.reveal(),
							sessionToken: credentials.sessionToken?.reveal(),
							expiration: credentials.expiration,
						};
					},
				}
			: {}),
	});
}
