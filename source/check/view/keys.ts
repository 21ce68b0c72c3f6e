import type {Key} from 'ink';
import type {CheckViewEvent, CheckViewState} from './state.js';

/** One key press → the event it means now, or 'quit'; undefined for a key that does nothing here. */
export function eventForKey(state: CheckViewState, input: string, key: Key): CheckViewEvent | 'quit' | undefined {
	if (key.ctrl && input === 'c') return 'quit';
	if (state.filtering) {
		if (key.return) return {type: 'filterEnded', keep: true};
		if (key.escape) return {type: 'filterEnded', keep: false};
		if (key.backspace || key.delete) return {type: 'filterErased'};
		return input && !key.ctrl && !key.meta ? {type: 'filterTyped', ...typed(input)} : undefined;
	}
	if (input === 'q') return 'quit';
	// A fast typist's (or a paste's) "/word" arrives as one input: the filter starts with the word.
	if (input.startsWith('/')) return {type: 'filterStarted', ...typed(input.slice(1))};
	if (key.upArrow || input === 'k') return {type: 'moved', rows: -1};
	if (key.downArrow || input === 'j') return {type: 'moved', rows: 1};
	if (key.pageUp) return {type: 'moved', rows: -10};
	if (key.pageDown) return {type: 'moved', rows: 10};
	if (state.panel === 'matrix' && (key.leftArrow || key.rightArrow) && !key.shift) {
		// ← at the first column leaves the matrix, as Esc does.
		if (key.leftArrow && state.way === 0) return {type: 'left'};
		return {type: 'movedAcross', columns: key.leftArrow ? -1 : 1};
	}
	if (key.return || key.rightArrow) return {type: 'entered'};
	if (key.escape || key.leftArrow) return {type: 'left'};
	return undefined;
}

/** Text that arrived in one read may end with the Enter that ends the filter; control characters are never filter text. */
function typed(input: string): {text: string; ends: boolean} {
	return {text: input.replace(/[\r\n].*$/s, '').replace(/[\u0000-\u001F\u007F]/g, ''), ends: /[\r\n]/.test(input)};
}
