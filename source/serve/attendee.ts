import type {LoadedDashboard} from '../app/boot/load-dashboard.js';
import type {AwsServices} from '../aws/types.js';
import {exitStatus, type StopSignal} from '../commands/exit-status.js';
import {summaryLines} from '../commands/summary.js';
import type {RunningSandbox} from '../sandbox/index.js';
import {demoNames, newRunId} from '../scenario/names.js';
import {createScenario, noJournal} from '../scenario/runner.js';
import {DEFAULT_SCENARIO} from '../scenario/scenarios/index.js';
import {initialState} from '../scenario/update.js';
import type {ScenarioState} from '../scenario/types.js';
import {serveWords} from '../words/serve.js';
import type {ChannelTerminal} from './channel-terminal.js';

export interface AttendeeLimits {
	/** No key for this long ends the run (teardown first). */
	readonly idleMs: number;
	/** The requests one run may make of its sandbox; past them the run ends (teardown still runs). */
	readonly maxRequests: number;
}

/** What the server knows of an attendee's run: for the room's log, and for tests and the bench. */
export interface AttendeeRun {
	/** Its own sandbox: its own account id and administrator credentials, gone at the end. */
	readonly sandbox: Promise<RunningSandbox>;
	/** Ends the run as q would (teardown first). */
	quit(): void;
	/** Where the run stands now (what it created, whether teardown completed). */
	state(): ScenarioState;
	/** The run's exit status, once torn down and its sandbox stopped. */
	readonly done: Promise<number>;
}

async function sandboxServices(starting: Promise<RunningSandbox>, onTrace: () => void): Promise<AwsServices> {
	const sandbox = await starting;
	const {sandboxAdminServices} = await import('../aws/sandbox-admin.js');
	return sandboxAdminServices(sandbox, onTrace);
}

/**
 * One attendee's demo on `terminal`: an embedded sandbox of its own (a fresh account), the
 * dashboard from its first screen (the scenario picker), and at the end the same closing lines as
 * `sts-mfa run`, then the sandbox is stopped and with it everything the attendee created.
 */
export function startAttendeeRun(
	terminal: ChannelTerminal,
	dashboard: LoadedDashboard,
	limits: AttendeeLimits,
): AttendeeRun {
	const sandbox = import('../sandbox/index.js').then(({startSandbox}) => startSandbox({port: 0}));
	sandbox.catch(() => {});
	let requests = 0;
	const runId = newRunId();
	const options = {autoMfa: false, assumeYes: false, autoAdvance: false, propagationTimeoutMs: 120_000};
	const target = {kind: 'sandbox', region: 'us-east-1'} as const;
	const state = initialState(target, options, demoNames(runId, DEFAULT_SCENARIO), DEFAULT_SCENARIO, true);
	const scenario = createScenario({
		state,
		journal: noJournal,
		services: sandboxServices(sandbox, () => {
			requests += 1;
			if (requests === limits.maxRequests) scenario.dispatch({type: 'quitRequested'});
		}),
	});
	let signal: StopSignal | undefined;
	let idle: NodeJS.Timeout | undefined;
	let idled = false;
	const awake = () => {
		clearTimeout(idle);
		idle = setTimeout(() => {
			idled = true;
			scenario.dispatch({type: 'quitRequested'});
		}, limits.idleMs);
	};
	awake();
	terminal.stdin.on('data', awake);
	const done = (async () => {
		try {
			await dashboard.renderDashboard(scenario, {
				stdout: terminal.stdout,
				stdin: terminal.stdin,
				stderr: terminal.stderr,
				onInterrupt: () => {
					signal ??= 'SIGINT';
				},
				patchConsole: false,
				commandLine: false,
			});
			await scenario.done;
			const final = scenario.getState();
			const lines = summaryLines(final, signal);
			if (requests >= limits.maxRequests) lines.push(serveWords.budget(limits.maxRequests));
			if (idled) lines.push(serveWords.idle(limits.idleMs));
			for (const line of lines) terminal.stdout.write(`${dashboard.wrapToWidth(line, terminal.stdout.columns)}\n`);
			return exitStatus(final, signal);
		} finally {
			clearTimeout(idle);
			await (await sandbox.catch(() => undefined))?.stop();
		}
	})();
	return {sandbox, quit: () => scenario.dispatch({type: 'quitRequested'}), state: scenario.getState, done};
}
