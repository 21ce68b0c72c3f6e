import {fstatSync} from 'node:fs';
import {isatty} from 'node:tty';
import type {RunArgs} from '../cli/args.js';
import {loadDashboard} from '../app/boot/load-dashboard.js';
import {UsageError} from '../errors.js';
import {demoNames, newRunId} from '../scenario/names.js';
import {createScenario, type RunningScenario} from '../scenario/runner.js';
import type {ScenarioController, ScenarioState} from '../scenario/types.js';
import {exitStatus, type StopSignal} from './exit-status.js';
import {summaryLines} from './summary.js';
import {initialState} from '../scenario/update.js';
import {DEFAULT_SCENARIO} from '../scenario/scenarios/index.js';
import {prepareRun} from './run-startup.js';
import {runMode} from './run-mode.js';
import {themeSetting} from '../theme/choose.js';
import {startTheme, type ViewTheme} from '../theme/resolve.js';
import {noColorRequested} from '../theme/no-color.js';
import {recordTerminal, type TerminalRecording} from '../record/record-terminal.js';
import {stateSecrets} from '../record/redactor.js';
import {recordWords} from '../words/record.js';
import {RUN_WORDS} from '../words/run.js';
import type {Target} from '../scenario/types.js';
import type {PresenterFeed} from '../presenter/feed.js';

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
	if (!args.autoMfa) throw new UsageError(RUN_WORDS.noCodeInput);
	if (args.aws && !args.yes) throw new UsageError(RUN_WORDS.noConfirmInput);
}

function nodeMajor(): number {
	return Number(process.versions.node.split('.')[0]);
}

/** Warnings would scribble over the screen: route them into the log (and drop them on the dashboard). */
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

/**
 * After a signal, the teardown has this long: an endpoint that stopped answering must not hold the
 * run for minutes (the SDK's retries took 150 s). Then sts-mfa leaves, the journal kept for cleanup.
 */
export const SIGNAL_TEARDOWN_SECONDS = 15;

/**
 * Turns SIGINT, SIGTERM and SIGHUP into a quit (teardown first, for at most
 * SIGNAL_TEARDOWN_SECONDS), remembering the first that came. A second SIGINT or SIGTERM is a
 * second Ctrl-C (the dashboard reads Ctrl-C as a key): whoever sends it will not wait, and the
 * teardown is abandoned.
 */
function handleSignals(controller: ScenarioController, received: (signal: StopSignal) => void): () => void {
	let interrupts = 0;
	let deadline: NodeJS.Timeout | undefined;
	const handlers = SIGNALS.map((signal) => {
		const onSignal = () => {
			received(signal);
			if (signal !== 'SIGHUP') interrupts += 1;
			if (interrupts > 1) return controller.dispatch({type: 'teardownAbandoned'});
			controller.dispatch({type: 'quitRequested', deadlineSeconds: SIGNAL_TEARDOWN_SECONDS});
			deadline ??= setTimeout(() => controller.dispatch({type: 'teardownAbandoned'}), SIGNAL_TEARDOWN_SECONDS * 1000);
		};
		process.on(signal, onSignal);
		return [signal, onSignal] as const;
	});
	return () => {
		clearTimeout(deadline);
		for (const [signal, onSignal] of handlers) process.off(signal, onSignal);
	};
}

/** --record: the QR code stays only against the embedded sandbox, whose seed dies with the run, unless --record-qr. */
function startRecording(
	args: RunArgs,
	target: Target,
	secrets: () => readonly string[],
): TerminalRecording | undefined {
	if (args.record === undefined) return undefined;
	return recordTerminal(process.stdout, {
		file: args.record,
		keepQr: target.kind === 'sandbox' || args.recordQr === true,
		secrets,
	});
}

/** `sts-mfa [run]`: the demo, as the dashboard on a terminal or as a plain log otherwise. */
export async function runCommand(args: RunArgs): Promise<number> {
	const {mode, note} = runMode(args, {
		stdoutIsTerminal: process.stdout.isTTY === true,
		stdinIsTerminal: process.stdin.isTTY === true,
		env: process.env,
	});
	const dashboard = mode === 'dashboard';
	const screenReader = mode === 'screenReader';
	// The dashboard's script runs first; Yoga's WebAssembly instantiates while the rest is prepared:
	// the first frame waits for nothing else.
	// The terminal's background is asked first: it answers while the dashboard loads, and nothing waits for it.
	const view = dashboard ? dashboardTheme(args) : undefined;
	const dashboardModule = dashboard ? loadDashboard() : undefined;
	// The talk's clock, for presenter views: from the moment the command started.
	const startedAt = Date.now();
	dashboardModule?.catch(() => {}); // awaited below, after the scenario exists
	try {
		const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
		const hasInput = stdinAvailable();
		if (!dashboard && args.record !== undefined) throw new UsageError(recordWords.needsDashboard);
		if (!dashboard) checkPlainInput(args, hasInput);
		const releaseWarnings = captureWarnings(dashboard ? () => {} : log);
		if (note) log(note);
		else if (
			mode === 'plain' &&
			process.env.TERM === 'dumb' &&
			process.stdout.isTTY === true &&
			!args.plain &&
			!args.json
		)
			log(RUN_WORDS.dumbTerminal);
		// Loaded before the scenario exists: a step that fails at once (a refused key) must not end
		// before the log is listening, or its lines are never printed.
		const plainModules = mode === 'plain' ? await loadPlainModules() : undefined;
		const screenReaderModule = screenReader ? await import('../screen-reader/run-screen-reader.js') : undefined;
		let scenario: RunningScenario | undefined;
		const runId = newRunId();
		const startup = await prepareRun(args, runId, (entry) => scenario?.recordTrace(entry));
		// After the configuration was found good: an error there is the one line printed.
		if (!dashboard && nodeMajor() < 22) log(RUN_WORDS.node20);
		// A signal (or the hang-up a vanished terminal raises) must never kill the process between the
		// end of the scenario and the journal's last record: the handlers stay until startup.stop() is done.
		let releaseSignals = () => {};
		let recording: TerminalRecording | undefined;
		try {
			if (!dashboard) startup.start();
			// The dashboard shows the target before it is started; the plain log names its endpoint.
			const target = dashboard ? startup.target : await startup.started;
			const options = {
				autoMfa: args.autoMfa,
				assumeYes: args.yes,
				autoAdvance: mode === 'plain',
				propagationTimeoutMs: args.propagationTimeoutSeconds * 1000,
				// The embedded sandbox is new each run: nothing earlier can be left in it.
				lookForLeftovers: target.kind !== 'sandbox',
			};
			const {journal, services} = startup;
			const leftovers = options.lookForLeftovers ? startup.leftovers : undefined;
			const chosen = args.scenario ?? DEFAULT_SCENARIO;
			// On the dashboard, no --scenario means the first screen asks (session-token highlighted).
			const state = initialState(target, options, demoNames(runId, chosen), chosen, mode !== 'plain' && !args.scenario);
			scenario = createScenario({state, services, journal, leftovers});
			let signal: StopSignal | undefined;
			const received = (which: StopSignal) => {
				// The log says at once why it is stopping; the dashboard shows teardown on the screen.
				if (signal === undefined && mode === 'plain') log(RUN_WORDS.signalNote(RUN_WORDS.signals[which]));
				signal ??= which;
			};
			releaseSignals = handleSignals(scenario, received);
			const finalStatus = (state: ScenarioState) => exitStatus(state, signal);
			if (dashboardModule) {
				const {renderDashboard, saveCodeCache, wrapToWidth} = await dashboardModule;
				const running = scenario;
				recording = startRecording(args, target, () => stateSecrets(running.getState()));
				// Presenter views attach once the dashboard is up: nothing of theirs delays the first frame.
				let feed: Promise<PresenterFeed | undefined> | undefined;
				// The first frame's callback comes a turn after the frame: a q typed at once may end the run
				// first, and a feed opened after that would keep the process alive with nobody to close it.
				let ended = false;
				const onFirstFrame = () => {
					startup.start();
					void saveCodeCache();
					if (ended) return;
					feed = import('../presenter/feed.js').then(({openPresenterFeed}) => openPresenterFeed(running, startedAt));
					feed.catch(() => {});
				};
				// Ctrl-C on the dashboard is a key, not a signal; it ends the run as SIGINT would.
				await renderDashboard(scenario, {
					onFirstFrame,
					onInterrupt: () => received('SIGINT'),
					lightBackground: args.lightBackground,
					theme: view?.now(),
					themeLater: view?.later,
					stdin: view?.input,
					screenSecrets: recording?.redactor,
				});
				await scenario.done;
				ended = true;
				await (await feed?.catch(() => undefined))?.close();
				// The alternate screen is gone, and what it showed with it: say on the normal screen how it ended.
				const state = scenario.getState();
				const columns = process.stdout.columns;
				for (const line of summaryLines(state, signal))
					process.stdout.write(`${columns > 0 ? wrapToWidth(line, columns) : line}\n`);
				return finalStatus(state);
			}
			if (screenReaderModule) {
				await screenReaderModule.runScreenReader(scenario, {
					input: process.stdin,
					output: process.stdout,
					onInterrupt: () => received('SIGINT'),
					closingLines: (state) => summaryLines(state, signal),
				});
				return finalStatus(scenario.getState());
			}
			const modules = plainModules ?? (await loadPlainModules());
			return await runPlainMode(scenario, args, hasInput, log, modules, finalStatus);
		} finally {
			recording?.stop();
			await startup.stop();
			releaseSignals();
			releaseWarnings();
		}
	} finally {
		// The terminal as it was found, on every path (a run that fails before its first frame too).
		view?.close();
	}
}

/** --theme, else STS_MFA_THEME, else the terminal's background (OSC 11), else dark. */
function dashboardTheme(args: RunArgs): ViewTheme {
	const setting = themeSetting(args.theme, process.env);
	return startTheme(setting, !noColorRequested(), {input: process.stdin, output: process.stdout});
}

type PlainModules = Awaited<ReturnType<typeof loadPlainModules>>;

async function loadPlainModules() {
	const [{runPlain}, {createLineReader}] = await Promise.all([
		import('../plain/run-plain.js'),
		import('../plain/lines.js'),
	]);
	return {runPlain, createLineReader};
}

async function runPlainMode(
	scenario: RunningScenario,
	args: RunArgs,
	hasInput: boolean,
	log: (line: string) => void,
	{runPlain, createLineReader}: PlainModules,
	exitStatusOf: (state: ScenarioState) => number,
): Promise<number> {
	const needsInput = !args.autoMfa || (args.aws && !args.yes);
	const input = hasInput && needsInput ? createLineReader(process.stdin) : undefined;
	// NO_COLOR set but empty means "not set" (no-color.org), as on the dashboard.
	const noColor = (process.env.NO_COLOR ?? '') !== '';
	const logStream = args.json ? process.stderr : process.stdout;
	// Colour follows the stream the log (and the QR code) goes to: stderr when the report owns stdout.
	const color = logStream.isTTY === true && !noColor && process.env.TERM !== 'dumb';
	return runPlain(scenario, {
		showQr: logStream.isTTY === true,
		log,
		prompt: (text) => (args.json ? process.stderr : process.stdout).write(text),
		input,
		inputIsTerminal: process.stdin.isTTY === true,
		color,
		lightBackground: args.lightBackground,
		report: args.json ? (json) => process.stdout.write(`${json}\n`) : undefined,
		exitStatus: exitStatusOf,
	});
}
