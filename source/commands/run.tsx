import {fstatSync} from 'node:fs';
import {isatty} from 'node:tty';
import type {AwsServices, TraceEntry} from '../aws/types.js';
import type {RunArgs} from '../cli/args.js';
import {UsageError} from '../errors.js';
import {createLineReader} from '../plain/lines.js';
import {runPlain} from '../plain/run-plain.js';
import {demoNames, newRunId} from '../scenario/names.js';
import {createScenario, noJournal, type RunningScenario} from '../scenario/runner.js';
import type {LeftoverCleanup, RunJournal, ScenarioController, Target} from '../scenario/types.js';
import {initialState} from '../scenario/update.js';
import {Secret} from '../secret.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Whether stdin can give us anything: not closed, not /dev/null. A pipe counts. */
function stdinAvailable(): boolean {
	try {
		const stat = fstatSync(0);
		return !(stat.isCharacterDevice() && !isatty(0));
	} catch {
		return false;
	}
}

interface Prepared {
	readonly target: Target;
	readonly credentials?: {accessKeyId: string; secretAccessKey: Secret};
	readonly stop: () => Promise<void>;
}

async function prepareTarget(args: RunArgs): Promise<Prepared> {
	const envRegion = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
	if (args.aws) {
		const {resolveDefaultRegion} = await import('../aws/index.js');
		const region = args.region ?? envRegion ?? (await resolveDefaultRegion(args.profile)) ?? 'us-east-1';
		return {target: {kind: 'aws', region, profile: args.profile}, stop: async () => {}};
	}
	if (args.endpoint) return {target: {kind: 'endpoint', region: args.region ?? envRegion ?? 'us-east-1', endpoint: args.endpoint}, stop: async () => {}};
	const {startSandbox} = await import('../sandbox/index.js');
	const sandbox = await startSandbox({port: 0, propagationDelayMs: args.propagationDelaySeconds * 1000});
	return {
		target: {kind: 'sandbox', region: sandbox.region, endpoint: sandbox.endpoint},
		credentials: {accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: new Secret(sandbox.credentials.secretAccessKey)},
		stop: () => sandbox.stop(),
	};
}

async function openJournal(target: Target, runId: string): Promise<RunJournal> {
	// The embedded sandbox vanishes with the process: there is nothing a later cleanup could reach.
	if (target.kind === 'sandbox') return noJournal;
	const {openRunJournal} = await import('../journal/index.js');
	return openRunJournal({runId, target});
}

async function startupLeftovers(target: Target, services: Promise<AwsServices>): Promise<LeftoverCleanup> {
	const {journalLeftovers} = await import('./leftovers.js');
	return journalLeftovers({target, iam: async () => (await services).iam()});
}

/** Refuses, before anything is created, a plain run that could never get its codes or its answer. */
function checkPlainInput(args: RunArgs, hasInput: boolean): void {
	if (hasInput) return;
	if (!args.autoMfa) throw new UsageError('plain mode reads MFA codes from stdin, but there is no input: pass --auto-mfa to use the built-in authenticator, or pipe the codes in');
	if (args.aws && !args.yes) throw new UsageError('--aws asks for confirmation on stdin, but there is no input: pass --yes to go ahead without asking');
}

/** Warnings (the SDK's Node 20 notice) would scribble over the screen: route them into the log. */
function captureWarnings(log: (line: string) => void): () => void {
	const previous = process.listeners('warning');
	process.removeAllListeners('warning');
	const onWarning = (warning: Error) => log(`note: ${warning.message.replace(/\s+/g, ' ').trim()}`);
	process.on('warning', onWarning);
	return () => {
		process.off('warning', onWarning);
		for (const listener of previous) process.on('warning', listener);
	};
}

function handleSignals(controller: ScenarioController): () => void {
	const onSignal = () => controller.dispatch({type: 'quitRequested'});
	for (const signal of SIGNALS) process.on(signal, onSignal);
	return () => {
		for (const signal of SIGNALS) process.off(signal, onSignal);
	};
}

/** `sts-mfa [run]`: the demo, as the dashboard on a terminal or as a plain log otherwise. */
export async function runCommand(args: RunArgs): Promise<number> {
	const dashboard = process.stdout.isTTY === true && !args.plain && !args.json;
	const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
	const hasInput = stdinAvailable();
	if (!dashboard) checkPlainInput(args, hasInput);
	const releaseWarnings = captureWarnings(dashboard ? () => {} : log);
	const prepared = await prepareTarget(args);
	try {
		const runId = newRunId();
		const options = {
			autoMfa: args.autoMfa,
			assumeYes: args.yes,
			autoAdvance: !dashboard,
			propagationTimeoutMs: args.propagationTimeoutSeconds * 1000,
			// The embedded sandbox is new each run: nothing earlier can be left in it.
			lookForLeftovers: prepared.target.kind !== 'sandbox',
		};
		const journal = await openJournal(prepared.target, runId);
		let scenario: RunningScenario | undefined;
		const {createAwsServices} = await import('../aws/index.js');
		const services = createAwsServices({
			region: prepared.target.region,
			endpoint: prepared.target.endpoint,
			profile: prepared.target.profile,
			credentials: prepared.credentials,
			onTrace: (entry: TraceEntry) => scenario?.recordTrace(entry),
		});
		const leftovers = options.lookForLeftovers ? await startupLeftovers(prepared.target, services) : undefined;
		scenario = createScenario({state: initialState(prepared.target, options, demoNames(runId)), services, journal, leftovers});
		const releaseSignals = handleSignals(scenario);
		try {
			if (dashboard) {
				const {renderDashboard} = await import('../app/render.js');
				await renderDashboard(scenario);
				return await scenario.done;
			}
			const needsInput = !args.autoMfa || (args.aws && !args.yes);
			const input = hasInput && needsInput ? createLineReader(process.stdin) : undefined;
			const color = !args.json && process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
			return await runPlain(scenario, {
				log,
				prompt: (text) => (args.json ? process.stderr : process.stdout).write(text),
				input,
				color,
				report: args.json ? (json) => process.stdout.write(`${json}\n`) : undefined,
			});
		} finally {
			releaseSignals();
		}
	} finally {
		await prepared.stop();
		releaseWarnings();
	}
}
