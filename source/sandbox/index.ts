import {createActions} from './actions.js';
import {loadStore, StatePersister} from './persist.js';
import {createRouter, type RouterDependencies} from './router.js';
import {listen} from './server.js';
import {SandboxStore} from './store/index.js';
import {sessionMayCall} from './sts/index.js';
import {EventHistory} from './trail/event-history.js';
import type {RunningSandbox, SandboxOptions} from './types.js';

export type {RunningSandbox, SandboxOptions} from './types.js';

export const SANDBOX_REGION = 'us-east-1';

export interface SandboxHooks extends Pick<RouterDependencies, 'onInternalError'> {
	/**
	 * For tests that must know what the sandbox handed out (e.g. to search a run's output for its
	 * secrets): called once with the store before the sandbox starts listening.
	 */
	readonly onStore?: (store: SandboxStore) => void;
}

/** Starts the AWS-compatible sandbox (IAM, STS, S3 and CloudTrail's LookupEvents on one port); loopback and a free port by default. */
export async function startSandbox(options: SandboxOptions = {}, hooks: SandboxHooks = {}): Promise<RunningSandbox> {
	const now = options.now ?? Date.now;
	const storeOptions = {
		accountId: options.accountId,
		credentials: options.credentials,
		propagationDelayMs: options.propagationDelayMs,
		now,
	};
	const store = options.statePath ? await loadStore(options.statePath, storeOptions) : new SandboxStore(storeOptions);
	hooks.onStore?.(store);
	const persister = options.statePath ? new StatePersister(options.statePath, store) : undefined;
	// Written at once, so the administrator credentials survive even a run that changes nothing.
	await persister?.flush();
	// In memory only: events are not kept in the --state file (docs/sandbox.md).
	const history = new EventHistory();
	const router = createRouter({
		store,
		actions: createActions(store, history),
		sessionMayCall,
		now,
		afterAction: persister ? () => persister.flush() : undefined,
		onInternalError: hooks.onInternalError,
		onAnswered: (answered) => history.record(answered),
	});
	const host = options.host ?? '127.0.0.1';
	const transport = await listen(router, {host, port: options.port ?? 0, now});
	let stopping: Promise<void> | undefined;
	return {
		endpoint: `http://${host.includes(':') ? `[${host}]` : host}:${transport.port}`,
		region: SANDBOX_REGION,
		accountId: store.accountId,
		credentials: {
			accessKeyId: store.adminCredentials.accessKeyId,
			secretAccessKey: store.adminCredentials.secretAccessKey,
		},
		stop: () => {
			stopping ??= transport.close().then(() => persister?.close());
			return stopping;
		},
	};
}
