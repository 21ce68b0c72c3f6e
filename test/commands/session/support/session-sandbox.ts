import {afterAll, afterEach, beforeAll} from 'vitest';
import {prepareCli} from '../../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../../e2e/support/standalone-sandbox.js';
import {stopChildren} from '../../../support/processes.js';
import {ScratchDirs} from '../../../support/scratch.js';
import {createMfaUser, type MfaUser, type SandboxAdmin, sandboxAdmin} from './sandbox-user.js';

/** The standalone sandbox a session test file runs the built CLI against, as its administrator sees it. */
export interface SessionSandbox {
	readonly endpoint: string;
	readonly admin: SandboxAdmin;
	/** Temporary HOMEs and the like, removed after each test. */
	readonly scratch: ScratchDirs;
	/** A new user `<prefix>-<n>` whose policy allows ListBuckets only with MFA, with `devices` enabled devices. */
	user(prefix: string, devices: number): Promise<MfaUser>;
}

/**
 * Registers the file's hooks: the CLI built and a standalone sandbox started (with `bucket` in it)
 * before the first test, scratch directories removed after each, the sandbox and every tracked child
 * stopped after the last.
 */
export function useSessionSandbox(bucket: string): SessionSandbox {
	const scratch = new ScratchDirs();
	let sandbox: StandaloneSandbox | undefined;
	let admin: SandboxAdmin | undefined;
	let users = 0;
	beforeAll(async () => {
		prepareCli();
		sandbox = await startStandaloneSandbox();
		admin = await sandboxAdmin(sandbox.env);
		await admin.createBucket(bucket);
	}, 60_000);
	afterEach(async () => scratch.removeAll());
	afterAll(async () => {
		await sandbox?.stop();
		await stopChildren();
	});
	const started = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the session sandbox is used before its beforeAll ran');
		return value;
	};
	return {
		get endpoint() {
			return started(sandbox).endpoint;
		},
		get admin() {
			return started(admin);
		},
		scratch,
		user: (prefix, devices) => createMfaUser(started(admin), `${prefix}-${++users}`, devices),
	};
}
