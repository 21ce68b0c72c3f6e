import {RUN_WORDS} from '../words/run.js';
import type {ProfileChain} from '../aws/index.js';
import type {AwsServices, TraceEntry} from '../aws/types.js';
import type {RunArgs} from '../cli/args.js';
import {StsMfaError} from '../errors.js';
import {noJournal} from '../scenario/runner.js';
import type {LeftoverCleanup, RunJournal, Target} from '../scenario/types.js';
import type {Secret} from '../secret.js';

/*
 * What a run needs before its first AWS call — the embedded sandbox, the journal, the SDK — costs
 * a few hundred milliseconds to load and start. The dashboard draws its first frame before any of
 * it: the target is known at once, and the rest is promised, begun only when start() is called.
 */

/** The embedded sandbox's region (the sandbox's SANDBOX_REGION), named here so the first frame need not load the sandbox. */
const EMBEDDED_SANDBOX_REGION = 'us-east-1';

/** The run ended before it began: nothing was started, so there is nothing to reach. */
export class StartupCancelledError extends StsMfaError {
	constructor() {
		super('StartupCancelled', RUN_WORDS.startupCancelled);
		this.name = 'StartupCancelledError';
	}
}

export interface RunStartup {
	/** What the first frame shows. For the embedded sandbox, without its endpoint (not known before it listens). */
	readonly target: Target;
	/** The whole target, once start() has started it. */
	readonly started: Promise<Target>;
	readonly services: Promise<AwsServices>;
	/** Records through the journal opened by start() (none for the embedded sandbox). */
	readonly journal: RunJournal;
	/** What earlier runs left on the target, looked for through the journals and the SDK once asked. */
	readonly leftovers: LeftoverCleanup;
	/** Starts the sandbox, opens the journal and loads the SDK; later calls do nothing. */
	start(): void;
	/**
	 * Waits for the journal's last records, then stops the embedded sandbox whether it runs, is still
	 * starting or never started; a later start() starts nothing.
	 */
	stop(): Promise<void>;
}

interface Reached {
	readonly target: Target;
	readonly credentials?: {accessKeyId: string; secretAccessKey: Secret};
	readonly stop: () => Promise<void>;
}

interface Known {
	readonly target: Target;
	/** For --aws: the profile chain the operator's calls go through. */
	readonly chain?: ProfileChain;
}

/**
 * The target as far as it can be known without starting anything. For --aws that means the
 * profile chain (the SDK's loading, and any credential_process or SSO), so that a missing profile
 * or missing credentials end the run with one line before anything is drawn.
 */
async function knownTarget(args: RunArgs): Promise<Known> {
	const envRegion = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;
	if (args.aws) {
		const {resolveProfileChain} = await import('../aws/index.js');
		const chain = await resolveProfileChain({profile: args.profile, region: args.region});
		const profile = chain.profileNamed ? chain.profile : undefined;
		return {target: {kind: 'aws', region: chain.region, profile, endpoint: chain.endpoint}, chain};
	}
	if (args.endpoint)
		return {target: {kind: 'endpoint', region: args.region ?? envRegion ?? 'us-east-1', endpoint: args.endpoint}};
	return {target: {kind: 'sandbox', region: EMBEDDED_SANDBOX_REGION}};
}

async function reachTarget(target: Target, args: RunArgs): Promise<Reached> {
	if (target.kind !== 'sandbox') return {target, stop: async () => {}};
	const [{startSandbox}, {sandboxAdminCredentials}] = await Promise.all([
		import('../sandbox/index.js'),
		import('../aws/sandbox-admin.js'),
	]);
	const sandbox = await startSandbox({port: 0, propagationDelayMs: args.propagationDelaySeconds * 1000});
	return {
		target: {kind: 'sandbox', region: sandbox.region, endpoint: sandbox.endpoint},
		credentials: sandboxAdminCredentials(sandbox),
		stop: () => sandbox.stop(),
	};
}

async function openJournal(target: Target, runId: string): Promise<RunJournal> {
	// The embedded sandbox vanishes with the process: there is nothing a later cleanup could reach.
	if (target.kind === 'sandbox') return noJournal;
	const {openRunJournal} = await import('../journal/index.js');
	return openRunJournal({runId, target});
}

/**
 * A journal whose records wait for it to open; a failure to open fails the record, so the create it
 * guards never happens. `settled` waits for every record made so far: the runner does not wait for
 * the journal's completion, and the process must not end before the finished run's file is removed.
 */
function journalWhenOpen(opening: Promise<RunJournal>): {journal: RunJournal; settled: () => Promise<void>} {
	const pending = new Set<Promise<void>>();
	const track = (record: (journal: RunJournal) => Promise<void>) => {
		const done = opening.then(record);
		const tracked = done.catch(() => {}).finally(() => pending.delete(tracked));
		pending.add(tracked);
		return done;
	};
	return {
		journal: {
			intend: (kind, id) => track((journal) => journal.intend(kind, id)),
			created: (kind, id) => track((journal) => journal.created(kind, id)),
			deleted: (kind, id) => track((journal) => journal.deleted(kind, id)),
			complete: () => track((journal) => journal.complete()),
		},
		settled: async () => {
			while (pending.size > 0) await Promise.all(pending);
		},
	};
}

/** The start-up offer's finder, loaded (with the journal code) only when the scenario asks for it. */
function leftoversWhenAsked(target: Target, services: Promise<AwsServices>): LeftoverCleanup {
	let loading: Promise<LeftoverCleanup> | undefined;
	const load = () =>
		(loading ??= import('./leftovers.js').then(({journalLeftovers}) =>
			journalLeftovers({
				target,
				services: async () => {
					const loaded = await services;
					return {iam: loaded.iam(), roles: loaded.roles()};
				},
			}),
		));
	return {
		find: async (account, signal) => (await load()).find(account, signal),
		deleteFound: async (onProgress, signal) => (await load()).deleteFound(onProgress, signal),
	};
}

/** Prepares a run of the demo; nothing is started until start(). `onTrace` receives every AWS call. */
export async function prepareRun(
	args: RunArgs,
	runId: string,
	onTrace: (entry: TraceEntry) => void,
): Promise<RunStartup> {
	const {target, chain} = await knownTarget(args);
	let begin: (go: boolean) => void = () => {};
	const begun = new Promise<boolean>((resolve) => (begin = resolve));
	const reached = begun.then((go) => (go ? reachTarget(target, args) : Promise.reject(new StartupCancelledError())));
	const opening = begun.then((go) => (go ? openJournal(target, runId) : Promise.reject(new StartupCancelledError())));
	const services = reached.then(async ({target: whole, credentials}) => {
		const {createAwsServices} = await import('../aws/index.js');
		return createAwsServices({
			region: whole.region,
			endpoint: whole.endpoint,
			profile: whole.profile,
			credentials,
			operatorCredentials: chain?.credentials,
			onTrace,
		});
	});
	const journal = journalWhenOpen(opening);
	const started = Promise.all([reached, opening]).then(([{target: whole}]) => whole);
	// Whoever awaits these sees the failure; until then it must not count as unhandled.
	for (const promise of [reached, opening, services, started]) promise.catch(() => {});
	return {
		target,
		started,
		services,
		journal: journal.journal,
		leftovers: leftoversWhenAsked(target, services),
		start: () => begin(true),
		async stop() {
			begin(false);
			await journal.settled();
			const running = await reached.catch(() => undefined);
			await running?.stop();
		},
	};
}
