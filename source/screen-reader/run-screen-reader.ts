import {emitKeypressEvents} from 'node:readline';
import {availableActions, type KeyAction, keyHints, type LeaveRequest} from '../app/keys.js';
import {describeChange, type Paint} from '../plain/describe.js';
import {describeTarget} from '../plain/run-plain.js';
import {SCENARIO_NAMES} from '../scenario/declaration.js';
import {planTeardown} from '../scenario/teardown-plan.js';
import type {ScenarioController, ScenarioState, UiEvent} from '../scenario/types.js';
import {KEY_WORDS} from '../words/keys.js';
import {leaveQuestion, SCREEN_READER_WORDS as WORDS, screenReaderHints} from '../words/screen-reader.js';
import {codePrompt, phaseLines} from './announce.js';
import {countdownToSay, secondsToNextCode} from './countdown.js';
import {type Keypress, type ReaderAction, readerAction} from './keys.js';
import {createReaderOutput, type ReaderOutput} from './output.js';

/*
 * The dashboard for screen readers (--screen-reader): no screen is drawn and nothing is redrawn.
 * Each change is said once, as a line appended to the terminal: plain mode's line for what a step
 * did, then where the run is now and the key that moves it on. Keys are the dashboard's.
 */

export interface ScreenReaderIo {
	/** A terminal: keys are read one at a time (raw mode). */
	readonly input: NodeJS.ReadStream;
	readonly output: NodeJS.WritableStream;
	/** Ctrl-C was pressed (the run then quits, tearing down first). */
	readonly onInterrupt?: () => void;
	/** The lines that close the run (what was proved, what is left), unless the finished state said them. */
	readonly closingLines: (state: ScenarioState) => readonly string[];
	readonly now?: () => number;
}

const NO_PAINT: Paint = {ok: (text) => text, bad: (text) => text, dim: (text) => text};
/** Keys that only move things on a drawn screen. */
const SCREEN_ONLY: readonly KeyAction[] = ['review', 'live', 'invertQr'];
const LEAVE_EVENTS: Record<LeaveRequest, UiEvent> = {
	teardown: {type: 'teardownRequested'},
	quit: {type: 'quitRequested'},
};

function seedShown(state: ScenarioState): boolean {
	const {phase} = state;
	return phase.kind === 'codeEntry' && phase.entry.purpose === 'enable' && state.resources.mfaDevice !== undefined;
}

function actionsNow(state: ScenarioState, leaving: LeaveRequest | undefined): ReadonlySet<KeyAction> {
	const context = {helpOpen: false, reviewing: false, canReview: false, seedShown: seedShown(state), leaving};
	const actions = new Set(availableActions(state.phase, context));
	for (const action of SCREEN_ONLY) actions.delete(action);
	return actions;
}

/** One run read out: what has been said, the question asked, the digits typed. */
class ReaderSession {
	readonly #controller: ScenarioController;
	readonly #io: ScreenReaderIo;
	readonly #out: ReaderOutput;
	#previous: ScenarioState | undefined;
	#leaving: LeaveRequest | undefined;
	#countdownSaid: number | undefined;
	// After `a` nobody types: no prompt until the entry ends or the authenticator's code is refused.
	#autoAsked = false;
	finishedSaid = false;

	constructor(controller: ScenarioController, io: ScreenReaderIo) {
		this.#controller = controller;
		this.#io = io;
		this.#out = createReaderOutput(io.output);
	}

	#now(): number {
		return (this.#io.now ?? Date.now)();
	}

	#prompt(state: ScenarioState): string | undefined {
		return this.#autoAsked ? undefined : codePrompt(state);
	}

	say(lines: readonly string[]): void {
		this.#out.say(lines, this.#prompt(this.#controller.getState()));
	}

	/** A new state: what changed, then where the run is now and the key that moves it on. */
	onState(state: ScenarioState): void {
		const previous = this.#previous;
		const lines = previous ? describeChange(previous, state, NO_PAINT, this.#now()) : [];
		lines.push(...phaseLines(previous, state));
		// The question lasts only while its key still means the same (the run may move on to its own teardown).
		const leaving = this.#leaving;
		if (leaving && !actionsNow(state, undefined).has(leaving === 'quit' ? 'quit' : 'teardown'))
			this.#leaving = undefined;
		if (state.phase.kind === 'finished') this.finishedSaid = true;
		if (state.phase.kind !== 'codeEntry') this.#countdownSaid = undefined;
		if (state.phase.kind !== 'codeEntry' || state.phase.entry.error) this.#autoAsked = false;
		this.#previous = state;
		this.#out.say(lines, this.#prompt(state));
	}

	onKeypress(input: string | undefined, key: Keypress | undefined): void {
		const state = this.#controller.getState();
		const actions = actionsNow(state, this.#leaving);
		this.#perform(
			readerAction(input ?? '', key ?? {}, {
				actions,
				scenarios: SCENARIO_NAMES,
				highlighted: state.scenario,
				typed: this.#out.typed(),
				leaveNeedsConfirmation: actions.has('teardown') && planTeardown(state).length > 0,
				leaving: this.#leaving,
			}),
			state,
		);
	}

	/** The countdown to the next code, said only at 30, 10 and 5 seconds (countdown.ts). */
	tick(): void {
		if (this.#prompt(this.#controller.getState()) === undefined) return;
		const seconds = countdownToSay(secondsToNextCode(this.#now()), this.#countdownSaid);
		if (seconds === undefined) return;
		this.#countdownSaid = seconds;
		this.say([WORDS.nextCodeIn(seconds)]);
	}

	#perform(action: ReaderAction, state: ScenarioState): void {
		switch (action.kind) {
			case 'event':
				this.#autoAsked ||= action.event.type === 'autoCodesRequested';
				this.#controller.dispatch(action.event);
				break;
			case 'digit':
				this.#out.type(action.digit);
				break;
			case 'erase':
				this.#out.erase();
				break;
			case 'submit':
				this.#controller.dispatch({type: 'codeSubmitted', code: this.#out.submit()});
				// A code refused before it was sent may change nothing: the question is asked again.
				this.say([]);
				break;
			case 'seed':
			case 'uri':
			case 'keys':
				this.say([this.#requested(action.kind, state)]);
				break;
			case 'ask':
				this.#leaving = action.request;
				this.#out.say([leaveQuestion(KEY_WORDS.leaveQuestions[action.request])], undefined);
				break;
			case 'answer':
				this.#answerLeave(action.goAhead);
				break;
			case 'interrupt':
				this.#interrupt(state);
				break;
		}
	}

	/** What the user asked to hear: the seed or the URI (both secret, said only when asked), or the keys. */
	#requested(kind: 'seed' | 'uri' | 'keys', state: ScenarioState): string {
		const device = state.resources.mfaDevice;
		if (kind === 'seed') return WORDS.seed((device?.seed.reveal().match(/.{1,4}/g) ?? []).join(' '));
		if (kind === 'uri') return WORDS.uri(device?.otpauthUri.reveal() ?? '');
		const hints = screenReaderHints(keyHints(actionsNow(state, this.#leaving), state.phase, false), seedShown(state));
		return hints.length > 0 ? WORDS.keysNow(hints.join(', ')) : WORDS.noKeys;
	}

	#answerLeave(goAhead: boolean): void {
		const request = this.#leaving;
		this.#leaving = undefined;
		if (goAhead && request) this.#controller.dispatch(LEAVE_EVENTS[request]);
		else this.say([WORDS.carryOn]);
	}

	#interrupt(state: ScenarioState): void {
		const abandon = actionsNow(state, undefined).has('abandon');
		this.#leaving = undefined;
		if (!abandon) this.#io.onInterrupt?.();
		this.#controller.dispatch(abandon ? {type: 'teardownAbandoned'} : {type: 'quitRequested'});
	}
}

/** Runs the scenario in screen-reader mode; resolves once it has ended (teardown done). */
export async function runScreenReader(controller: ScenarioController, io: ScreenReaderIo): Promise<void> {
	const session = new ReaderSession(controller, io);
	session.say([WORDS.opening, WORDS.target(describeTarget(controller.getState()))]);
	// A terminal that goes away ends its input: the run must still tear down.
	const release = listenForKeys(
		io.input,
		(input, key) => session.onKeypress(input, key),
		() => controller.dispatch({type: 'quitRequested'}),
	);
	const unsubscribe = controller.subscribe((state) => session.onState(state));
	session.onState(controller.getState());
	// The clock is read four times a second; each moment of the countdown is said once.
	const timer = setInterval(() => session.tick(), 250);
	try {
		await controller.done;
	} finally {
		clearInterval(timer);
		unsubscribe();
		release();
	}
	if (!session.finishedSaid) session.say(io.closingLines(controller.getState()));
}

/** Reads keys one at a time from the terminal until released; the terminal's mode is restored after. */
function listenForKeys(
	input: NodeJS.ReadStream,
	onKeypress: (input: string | undefined, key: Keypress | undefined) => void,
	onEnd: () => void,
): () => void {
	emitKeypressEvents(input);
	const wasRaw = input.isRaw === true;
	input.setRawMode?.(true);
	input.on('keypress', onKeypress);
	input.once('end', onEnd);
	input.resume();
	return () => {
		input.off('keypress', onKeypress);
		input.off('end', onEnd);
		input.setRawMode?.(wasRaw);
		input.pause();
	};
}
