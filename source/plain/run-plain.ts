import {declaredCreations} from '../scenario/teardown-plan.js';
import {CLEANUP_COMMAND, creationWords, describeLeftBehind} from '../words/resources.js';
import type {ScenarioController, ScenarioState} from '../scenario/types.js';
import {describeChange, type Paint} from './describe.js';
import type {LineReader} from './lines.js';
import {localeSetting, localeShowsQr} from '../app/shared/locale.js';
import {qrLines} from './qr.js';
import {buildReport} from './report.js';
import {scenarioOf} from '../scenario/scenarios/index.js';
import {provedLine} from '../words/results.js';
import {answerRead, PLAIN_WORDS} from '../words/plain.js';

export interface PlainIo {
	/** Where the log goes: stdout, or stderr when the JSON report owns stdout. */
	log(line: string): void;
	/** A question without a newline, on the log stream. */
	prompt(text: string): void;
	/** stdin's lines; absent when there is no input to read (then --auto-mfa is required). */
	readonly input?: LineReader;
	/**
	 * stdin is a terminal, which echoes the answer after the question. From a pipe or a file nothing
	 * is echoed: each question then ends its line, and what was read gets a line of its own.
	 */
	readonly inputIsTerminal?: boolean;
	readonly color: boolean;
	/** Without colour, draw the QR code for a light terminal background (--light-background). */
	readonly lightBackground?: boolean;
	/**
	 * Draw the MFA device's QR code when it is created: only when a person types the codes and the
	 * log goes to a terminal, since the code holds the device's seed and a log file must not.
	 */
	readonly showQr: boolean;
	/** Print the JSON report on stdout at the end. */
	readonly report?: (json: string) => void;
	/** The exit status for the ended run (source/commands/exit-status.ts); else the scenario's own. */
	readonly exitStatus?: (state: ScenarioState) => number;
}

const ANSI = {green: '\u001B[32m', red: '\u001B[31m', dim: '\u001B[2m', reset: '\u001B[0m'};

function painter(color: boolean): Paint {
	const wrap = (code: string) => (text: string) => (color ? `${code}${text}${ANSI.reset}` : text);
	return {ok: wrap(ANSI.green), bad: wrap(ANSI.red), dim: wrap(ANSI.dim)};
}

export function describeTarget(state: ScenarioState): string {
	const {target} = state;
	if (target.kind === 'sandbox') return PLAIN_WORDS.sandboxTarget(target.endpoint);
	if (target.kind === 'endpoint') return PLAIN_WORDS.endpointTarget(target.endpoint ?? '', target.region);
	if (target.endpoint) return PLAIN_WORDS.configuredEndpointTarget(target.endpoint, target.region, target.profile);
	return PLAIN_WORDS.awsTarget(target.region, target.profile);
}

function confirmation(state: ScenarioState): string {
	const {names, identity} = state;
	return [
		PLAIN_WORDS.aboutToCreate(identity?.account ?? '?', identity?.arn ?? '?', names.path),
		...declaredCreations(state).map(({kind, name}) => `  • ${creationWords(kind, name(names))}`),
		PLAIN_WORDS.continue,
	].join('\n');
}

function deviceQr(uri: string, io: PlainIo): string[] {
	if (!io.showQr) return [PLAIN_WORDS.qrOnlyOnTerminal];
	if (!localeShowsQr()) return [PLAIN_WORDS.qrNeedsUtf8(localeSetting())];
	return [PLAIN_WORDS.scanQr, ...qrLines(uri, io.color, io.lightBackground)];
}

/** Runs the scenario as a line-by-line log, asking on stdin for confirmation and codes. */
export async function runPlain(controller: ScenarioController, io: PlainIo): Promise<number> {
	const paint = painter(io.color);
	let previous = controller.getState();
	let asking = false;
	let finished = false;
	// Input that ends before the codes came is a failure, not the user's choice to stop.
	let inputEnded = false;
	let declined = false;
	io.log(PLAIN_WORDS.header(previous.scenario, describeTarget(previous)));

	async function ask(question: string, answer: (line: string | undefined) => void): Promise<void> {
		if (!io.input) return;
		asking = true;
		io.prompt(io.inputIsTerminal ? question : `${question.trimEnd()}\n`);
		const line = await io.input.next();
		asking = false;
		if (!io.inputIsTerminal && line !== undefined) io.log(answerRead(line));
		// The run ended (a signal, q) while asking: the input is closed, it did not end on its own.
		if (!finished) answer(line);
	}

	function maybeAsk(state: ScenarioState): void {
		if (asking) return;
		const {phase} = state;
		if (phase.kind === 'confirm') {
			void ask(confirmation(state), (line) => {
				// Answered no (or nothing): nothing exists, so no step is skipped and nothing torn down.
				declined = line === undefined || !/^y(es)?$/i.test(line.trim());
				controller.dispatch({type: declined ? 'declined' : 'confirmed'});
			});
		} else if (phase.kind === 'codeEntry' && !state.options.autoMfa) {
			const {entry} = phase;
			const which =
				entry.needed === 2
					? PLAIN_WORDS.codeOf(entry.codes.length + 1, entry.codes.length === 1)
					: PLAIN_WORDS.freshCode;
			void ask(PLAIN_WORDS.codePrompt(which), (line) => {
				if (line !== undefined) return controller.dispatch({type: 'codeSubmitted', code: line});
				inputEnded = true;
				io.log(paint.bad(PLAIN_WORDS.inputEndedLine));
				controller.dispatch({type: 'inputEnded'});
			});
		}
	}

	const unsubscribe = controller.subscribe((state) => {
		// The one line for a run declined at the confirmation comes at the end.
		if (declined) return;
		for (const line of describeChange(previous, state, paint, Date.now())) io.log(line);
		if (!previous.resources.mfaDevice && state.resources.mfaDevice && !state.options.autoMfa) {
			for (const line of deviceQr(state.resources.mfaDevice.otpauthUri.reveal(), io)) io.log(line);
		}
		previous = state;
		maybeAsk(state);
	});
	maybeAsk(previous);
	const scenarioCode = await controller.done;
	finished = true;
	unsubscribe();
	io.input?.close();
	const status = io.exitStatus?.(controller.getState()) ?? scenarioCode;
	const exitCode = inputEnded && status === 0 ? 1 : status;
	const state = controller.getState();
	const report = buildReport(state, exitCode);
	if (declined) {
		io.log(PLAIN_WORDS.nothingCreated);
		io.report?.(JSON.stringify(report, null, 2));
		return exitCode;
	}
	io.log(
		report.proved
			? paint.ok(PLAIN_WORDS.proved(provedLine(scenarioOf(state), state.results.withoutMfa?.errorCode)))
			: paint.bad(PLAIN_WORDS.notProved),
	);
	io.log(
		report.teardownCompleted
			? PLAIN_WORDS.teardownComplete
			: paint.bad(
					report.leftBehind.length > 0
						? describeLeftBehind(report.leftBehind)
						: PLAIN_WORDS.teardownIncomplete(CLEANUP_COMMAND),
				),
	);
	io.report?.(JSON.stringify(report, null, 2));
	return exitCode;
}
