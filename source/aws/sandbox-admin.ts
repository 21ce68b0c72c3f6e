import {Secret} from '../secret.js';
import {createAwsServices} from './index.js';
import type {AwsCredentials, AwsServices, TraceListener} from './types.js';

/*
 * Reaching an embedded sandbox as its administrator: the operator a run uses against it (the run
 * command's embedded sandbox, each workshop attendee's, and the tests'). Its key arrives as a plain
 * string from the sandbox's store and is wrapped at once so that it redacts itself from here on.
 */

/** What a running sandbox says of itself that its administrator's services need. */
export interface SandboxAddress {
	readonly region: string;
	readonly endpoint: string;
	readonly credentials: {readonly accessKeyId: string; readonly secretAccessKey: string};
}

export function sandboxAdminCredentials(sandbox: SandboxAddress): AwsCredentials {
	return {
		accessKeyId: sandbox.credentials.accessKeyId,
		secretAccessKey: new Secret(sandbox.credentials.secretAccessKey),
	};
}

/** The SDK services of a sandbox's administrator; `onTrace` hears every call. */
export function sandboxAdminServices(sandbox: SandboxAddress, onTrace?: TraceListener): Promise<AwsServices> {
	return createAwsServices({
		region: sandbox.region,
		endpoint: sandbox.endpoint,
		credentials: sandboxAdminCredentials(sandbox),
		...(onTrace ? {onTrace} : {}),
	});
}
