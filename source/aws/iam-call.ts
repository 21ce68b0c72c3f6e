import type {Tag} from './types.js';
import {toAwsError} from './map-error.js';

/**
 * One IAM call for the adapters: passes the caller's AbortSignal to the SDK and maps every error
 * the same way, so nothing above aws/ sees an SDK type.
 */
export async function iamCall<T>(
	operation: string,
	signal: AbortSignal | undefined,
	send: (options: {abortSignal?: AbortSignal}) => Promise<T>,
): Promise<T> {
	try {
		return await send({abortSignal: signal});
	} catch (error) {
		throw toAwsError(error, 'iam', operation, signal);
	}
}

/** Our tags as the SDK spells them. */
export const sdkTags = (tags: readonly Tag[]) => tags.map((t) => ({Key: t.key, Value: t.value}));
