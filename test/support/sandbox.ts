import {createAwsServices} from '../../source/aws/index.js';
import type {AwsServices, TraceEntry} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import type {Target} from '../../source/scenario/types.js';
import {Secret} from '../../source/secret.js';

/*
 * The one way tests start the embedded sandbox and reach it as its administrator (the operator a
 * run uses): a fresh sandbox on a port the OS chooses, and the SDK services signed with its keys.
 */

export interface AdminSandbox {
	readonly sandbox: RunningSandbox;
	/** The administrator's services; `onTrace` hears every call (a running scenario's trace). */
	services(onTrace?: (entry: TraceEntry) => void): Promise<AwsServices>;
	/** Where a run goes: the embedded sandbox, or the same server named as an --endpoint (which asks before creating). */
	target(kind?: 'sandbox' | 'endpoint'): Target;
	stop(): Promise<void>;
}

export async function startAdminSandbox(
	options: Parameters<typeof startSandbox>[0] = {port: 0},
): Promise<AdminSandbox> {
	const sandbox = await startSandbox(options);
	return {
		sandbox,
		services: (onTrace) =>
			createAwsServices({
				region: sandbox.region,
				endpoint: sandbox.endpoint,
				credentials: {
					accessKeyId: sandbox.credentials.accessKeyId,
					secretAccessKey: new Secret(sandbox.credentials.secretAccessKey),
				},
				...(onTrace ? {onTrace} : {}),
			}),
		target: (kind = 'sandbox') => ({kind, region: sandbox.region, endpoint: sandbox.endpoint}),
		stop: () => sandbox.stop(),
	};
}
