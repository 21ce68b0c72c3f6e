import {fstatSync} from 'node:fs';
import {isatty} from 'node:tty';
import type {RunArgs} from '../cli/args.js';
import {loadDashboard} from '../app/boot/load-dashboard.js';
import {UsageError} from '../errors.js';
import {demoNames, newRunId} from '../scenario/names.js';
import {createScenario, type RunningScenario} from '../scenario/runner.js';
import type {ScenarioController} from '../scenario/types.js';
import {initialState} from '../scenario/update.js';
import {prepareRun} from './run-startup.js';

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

/** Refuses, before anything is created, a plain run that could never get its codes or its answer. */
function checkPlainInput(args: RunArgs, hasInput: boolean): void {
	if (hasInput) return;
	if (!args.autoMfa)
		throw new UsageError(
			'plain mode reads MFA codes from stdin, but there is no input: pass --auto-mfa to use the built-in authenticator, or pipe the codes in',
		);
	if (args.aws && !args.yes)
		throw new UsageError(
			'--aws asks for confirmation on stdin, but there is no input: pass --yes to go ahead without asking',
		);
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
	// The dashboard's script runs first; Yoga's WebAssembly instantiates while the rest is prepared:
	// the first frame waits for nothing else.
	const dashboardModule = dashboard ? loadDashboard() : undefined;
	dashboardModule?.catch(() => {}); // awaited below, after the scenario exists
	const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
	const hasInput = stdinAvailable();
	if (!dashboard) checkPlainInput(args, hasInput);
	const releaseWarnings = captureWarnings(dashboard ? () => {} : log);
	let scenario: RunningScenario | undefined;
	const runId = newRunId();
	const startup = await prepareRun(args, runId, (entry) => scenario?.recordTrace(entry));
	// A signal (or the hang-up a vanished terminal raises) must never kill the process between the
	// end of the scenario and the journal's last record: the handlers stay until startup.stop() is done.
	let releaseSignals = () => {};
	try {
		if (!dashboard) startup.start();
		// The dashboard shows the target before it is started; the plain log names its endpoint.
		const target = dashboard ? startup.target : await startup.started;
		const options = {
			autoMfa: args.autoMfa,
			assumeYes: args.yes,
			autoAdvance: !dashboard,
			propagationTimeoutMs: args.propagationTimeoutSeconds * 1000,
			// The embedded sandbox is new each run: nothing earlier can be left in it.
			lookForLeftovers: target.kind !== 'sandbox',
		};
		const {journal, services} = startup;
		const leftovers = options.lookForLeftovers ? startup.leftovers : undefined;
		scenario = createScenario({state: initialState(target, options, demoNames(runId)), services, journal, leftovers});
		releaseSignals = handleSignals(scenario);
		if (dashboardModule) {
			const {renderDashboard, saveCodeCache} = await dashboardModule;
			const onFirstFrame = () => {
				startup.start();
				void saveCodeCache();
			};
			await renderDashboard(scenario, {onFirstFrame});
			return await scenario.done;
		}
		return await runPlainMode(scenario, args, hasInput, log);
	} finally {
		await startup.stop();
		releaseSignals();
		releaseWarnings();
	}
}

async function runPlainMode(
	scenario: RunningScenario,
	args: RunArgs,
	hasInput: boolean,
	log: (line: string) => void,
): Promise<number> {
	const [{runPlain}, {createLineReader}] = await Promise.all([
		import('../plain/run-plain.js'),
		import('../plain/lines.js'),
	]);
	const needsInput = !args.autoMfa || (args.aws && !args.yes);
	const input = hasInput && needsInput ? createLineReader(process.stdin) : undefined;
	const color = !args.json && process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
	const logStream = args.json ? process.stderr : process.stdout;
	return runPlain(scenario, {
		showQr: logStream.isTTY === true,
		log,
		prompt: (text) => (args.json ? process.stderr : process.stdout).write(text),
		input,
		color,
		report: args.json ? (json) => process.stdout.write(`${json}\n`) : undefined,
	});
}
