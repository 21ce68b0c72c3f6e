import {afterAll, beforeAll} from 'vitest';
import {sandboxAdminServices} from '../../source/aws/sandbox-admin.js';
import type {AwsServices, TraceEntry} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {type Clock, systemClock} from '../../source/scenario/runner.js';
import type {Target} from '../../source/scenario/types.js';

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
	/** The clock the sandbox runs on: give it to the runner too (createScenario's clock). */
	readonly clock: Clock;
	stop(): Promise<void>;
}

/**
 * A clock that skips: every wait ends at once and moves this clock on by its length. Shared by a
 * sandbox and a runner, a run's waits (mfa-age's MFA growing older than its limit, TOTP's next
 * step, IAM's propagation) pass without real time passing, and both ends agree on every moment.
 * The product has no such clock; `sts-mfa` always waits for real.
 */
export function skippingClock(): Clock {
	let skipped = 0;
	return {
		now: () => Date.now() + skipped,
		sleep: (ms, signal) => {
			if (signal.aborted) return Promise.reject(signal.reason);
			skipped += Math.max(0, ms);
			return new Promise((resolve) => setImmediate(resolve));
		},
	};
}

/** The SDK services of a running sandbox's administrator (the product's own way in); `onTrace` hears every call. */
export {sandboxAdminServices as adminServices};

/** With `clock` (skippingClock()), the sandbox's time is that clock's; else the system's. */
export async function startAdminSandbox(
	options: Parameters<typeof startSandbox>[0] = {port: 0},
	clock: Clock = systemClock,
): Promise<AdminSandbox> {
	const sandbox = await startSandbox({...options, now: clock.now});
	return {
		sandbox,
		clock,
		services: (onTrace) => sandboxAdminServices(sandbox, onTrace),
		target: (kind = 'sandbox') => ({kind, region: sandbox.region, endpoint: sandbox.endpoint}),
		stop: () => sandbox.stop(),
	};
}

/** Registers the hooks of a file or describe block: the sandbox started before its first test, stopped after its last. */
export function useAdminSandbox(
	options: Parameters<typeof startSandbox>[0] = {port: 0},
	clock: Clock = systemClock,
): AdminSandbox {
	let admin: AdminSandbox | undefined;
	beforeAll(async () => {
		admin = await startAdminSandbox(options, clock);
	});
	afterAll(() => admin?.stop());
	const started = () => {
		if (!admin) throw new Error('the sandbox is used before its beforeAll ran');
		return admin;
	};
	return {
		get sandbox() {
			return started().sandbox;
		},
		clock,
		services: (onTrace) => started().services(onTrace),
		target: (kind) => started().target(kind),
		stop: () => started().stop(),
	};
}
