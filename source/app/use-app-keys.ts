import {useLayoutEffect, useRef} from 'react';
import {type Key, useInput} from 'ink';
import type {UiEvent} from '../scenario/types.js';
import type {KeyAction, LeaveRequest} from './keys.js';
import {type CodeDraft, letterRefused} from './code-input/code-draft.js';
import {keystrokes} from './shared/keystrokes.js';

export interface AppKeyHandlers {
	readonly dispatch: (event: UiEvent) => void;
	readonly toggleHelp: () => void;
	readonly closeHelp: () => void;
	/** Enter leaves any review: the user is moving on. */
	readonly backToLive: () => void;
	/** The code field's digits (the App provides them to the field below it). */
	readonly codeDraft: CodeDraft;
	/** Ctrl-C, before it quits like q. */
	readonly onInterrupt?: () => void;
	/** Whether `t` and `q` would delete something, and so ask first. */
	readonly leaveNeedsConfirmation: boolean;
	/** Shows (or, with undefined, withdraws) the y/n question for `t` or `q`. */
	readonly askLeave: (request: LeaveRequest | undefined) => void;
	/** The question on screen, if any. */
	readonly leaving?: LeaveRequest;
}

const LEAVE_EVENTS: Record<LeaveRequest, UiEvent> = {
	teardown: {type: 'teardownRequested'},
	quit: {type: 'quitRequested'},
};

/** The root's keys, obeying only the actions that work now (the same set the status bar shows). */
export function useAppKeys(actions: ReadonlySet<KeyAction>, handlers: AppKeyHandlers): void {
	// Ink re-subscribes a changed handler only after the frame is drawn; a key typed in between must
	// still see what is on screen, so the one subscription reads the latest actions from a ref.
	const latest = useRef({actions, handlers});
	useLayoutEffect(() => {
		latest.current = {actions, handlers};
	});
	useInput((typed, pressed) => {
		let before = '';
		for (const {input, key} of keystrokes(typed, pressed)) {
			// While the code field holds digits, letters are typos the field answers ("digits only").
			const refused =
				latest.current.actions.has('code') &&
				/^[a-z]$/i.test(input) &&
				!key.ctrl &&
				letterRefused(latest.current.handlers.codeDraft, before);
			if (!refused) onKey(input, key);
			before += input;
		}
	});
	function onKey(input: string, key: Key): void {
		const {actions, handlers} = latest.current;
		const {dispatch} = handlers;
		const interrupt = key.ctrl && input === 'c';
		// Ctrl-C quits like q, tearing down first (without asking); during the teardown it (or q) leaves the rest behind.
		if (interrupt && !actions.has('abandon')) handlers.onInterrupt?.();
		if ((interrupt || input === 'q') && actions.has('abandon')) {
			dispatch({type: 'teardownAbandoned'});
			return;
		}
		if (interrupt) {
			handlers.askLeave(undefined);
			dispatch({type: 'quitRequested'});
			return;
		}
		if (actions.has('confirmLeave')) {
			answerLeave(input, key);
			return;
		}
		if (input === 'q' && actions.has('quit')) {
			leave('quit');
			return;
		}
		if (key.escape) {
			handlers.closeHelp();
			return;
		}
		if (key.ctrl || key.meta) return;
		if (input === '?' && actions.has('help')) handlers.toggleHelp();
		else if (key.return && actions.has('confirm')) dispatch({type: 'confirmed'});
		else if (key.return && actions.has('next')) {
			handlers.backToLive();
			dispatch({type: 'nextRequested'});
		} else if (input === 'y' && (actions.has('confirm') || actions.has('deleteLeftovers')))
			dispatch({type: 'confirmed'});
		else if (input === 'n' && (actions.has('decline') || actions.has('keepLeftovers'))) dispatch({type: 'declined'});
		else if (input === 'a' && actions.has('autoCodes')) dispatch({type: 'autoCodesRequested'});
		else if (input === 'r' && actions.has('retry')) dispatch({type: 'retryRequested'});
		else if (input === 't' && actions.has('teardown')) leave('teardown');
	}
	/** `t` and `q` ask first once the run has created something: one stray key must not delete a demo in progress. */
	function leave(request: LeaveRequest): void {
		const {handlers} = latest.current;
		if (handlers.leaveNeedsConfirmation) {
			handlers.closeHelp();
			handlers.askLeave(request);
		} else handlers.dispatch(LEAVE_EVENTS[request]);
	}
	/** y (or the same key again) goes ahead; n or Esc carries on; any other key is ignored while asking. */
	function answerLeave(input: string, key: Key): void {
		const {handlers} = latest.current;
		const request = handlers.leaving;
		if (!request) return;
		const again = input === (request === 'quit' ? 'q' : 't');
		if (input === 'y' || again) {
			handlers.askLeave(undefined);
			handlers.dispatch(LEAVE_EVENTS[request]);
		} else if (input === 'n' || key.escape) handlers.askLeave(undefined);
	}
}
