import type {KeyAction, LeaveRequest} from '../app/keys.js';
import type {ScenarioName} from '../scenario/declaration.js';
import type {UiEvent} from '../scenario/types.js';

/*
 * The screen-reader mode's keys: the dashboard's (the same rule in app/keys.ts says which work now),
 * less the ones that only move things on a screen (review, the QR code's polarity), plus u for the
 * otpauth URI. Pure: a key and what works now in, what to do out.
 */

/** A key as node:readline's keypress events describe it. */
export interface Keypress {
	readonly name?: string;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
}

export type ReaderAction =
	| {readonly kind: 'event'; readonly event: UiEvent}
	| {readonly kind: 'digit'; readonly digit: string}
	| {readonly kind: 'erase'}
	| {readonly kind: 'submit'}
	| {readonly kind: 'seed'}
	| {readonly kind: 'uri'}
	| {readonly kind: 'keys'}
	| {readonly kind: 'ask'; readonly request: LeaveRequest}
	| {readonly kind: 'answer'; readonly goAhead: boolean}
	| {readonly kind: 'interrupt'}
	| {readonly kind: 'ignored'};

export interface ReaderKeyContext {
	readonly actions: ReadonlySet<KeyAction>;
	/** The scenarios in the order they were read out (1 is the first). */
	readonly scenarios: readonly ScenarioName[];
	/** The one Enter takes on the first screen. */
	readonly highlighted: ScenarioName;
	/** Digits typed into the code so far: while there are some, a letter is a typo, not a command. */
	readonly typed: string;
	/** Whether t and q would delete something, and so ask first. */
	readonly leaveNeedsConfirmation: boolean;
	/** The y/n question on the line, if any. */
	readonly leaving?: LeaveRequest;
}

const IGNORED: ReaderAction = {kind: 'ignored'};
const event = (value: UiEvent): ReaderAction => ({kind: 'event', event: value});
const isEnter = (key: Keypress) => key.name === 'return' || key.name === 'enter';

function leave(request: LeaveRequest, context: ReaderKeyContext): ReaderAction {
	if (context.leaveNeedsConfirmation) return {kind: 'ask', request};
	return event({type: request === 'quit' ? 'quitRequested' : 'teardownRequested'});
}

/** y, or the same key again, goes ahead; n or Esc carries on; anything else waits for an answer. */
function answer(input: string, key: Keypress, request: LeaveRequest): ReaderAction {
	if (input === 'y' || input === (request === 'quit' ? 'q' : 't')) return {kind: 'answer', goAhead: true};
	if (input === 'n' || key.name === 'escape') return {kind: 'answer', goAhead: false};
	return IGNORED;
}

function codeKey(input: string, key: Keypress, context: ReaderKeyContext): ReaderAction | undefined {
	if (!context.actions.has('code')) return undefined;
	if (/^\d$/.test(input)) return {kind: 'digit', digit: input};
	if (key.name === 'backspace') return {kind: 'erase'};
	if (isEnter(key)) return {kind: 'submit'};
	// A letter among typed digits is a typo: it must not tear down, quit or fill the code.
	if (context.typed.length > 0 && /^[a-z]$/i.test(input)) return IGNORED;
	return undefined;
}

function chooseKey(input: string, key: Keypress, context: ReaderKeyContext): ReaderAction | undefined {
	if (!context.actions.has('choose')) return undefined;
	const picked = /^\d$/.test(input) ? context.scenarios[Number(input) - 1] : undefined;
	if (picked) return event({type: 'scenarioChosen', scenario: picked});
	if (isEnter(key)) return event({type: 'scenarioChosen', scenario: context.highlighted});
	return undefined;
}

/** What a key press does now. */
export function readerAction(input: string, key: Keypress, context: ReaderKeyContext): ReaderAction {
	const {actions} = context;
	if (key.ctrl && key.name === 'c') return {kind: 'interrupt'};
	if (input === 'q' && actions.has('abandon')) return event({type: 'teardownAbandoned'});
	if (context.leaving) return answer(input, key, context.leaving);
	if (key.ctrl || key.meta) return IGNORED;
	const typed = codeKey(input, key, context) ?? chooseKey(input, key, context);
	if (typed) return typed;
	if (input === '?') return {kind: 'keys'};
	if (input === 'q' && actions.has('quit')) return leave('quit', context);
	if (input === 't' && actions.has('teardown')) return leave('teardown', context);
	if ((isEnter(key) || input === 'y') && actions.has('confirm')) return event({type: 'confirmed'});
	if (input === 'y' && actions.has('deleteLeftovers')) return event({type: 'confirmed'});
	if (input === 'n' && (actions.has('decline') || actions.has('keepLeftovers'))) return event({type: 'declined'});
	if (isEnter(key) && actions.has('next')) return event({type: 'nextRequested'});
	if (input === 'a' && actions.has('autoCodes')) return event({type: 'autoCodesRequested'});
	if (input === 'r' && actions.has('retry')) return event({type: 'retryRequested'});
	if (input === 's' && actions.has('seed')) return {kind: 'seed'};
	if (input === 'u' && actions.has('seed')) return {kind: 'uri'};
	return IGNORED;
}
