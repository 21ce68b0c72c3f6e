import {useInput} from 'ink';
import {letterRefused, useCodeDraft} from '../code-input/code-draft.js';
import {keystrokes} from '../shared/keystrokes.js';

/**
 * `s` shows or hides the seed beside the QR code; `i` (without colour only, when `onInvert` is
 * given) redraws the code for the other terminal background.
 */
export function useSeedKeys(onToggle: () => void, isActive: boolean, onInvert?: () => void): void {
	const draft = useCodeDraft();
	useInput(
		(typed, pressed) => {
			let before = '';
			for (const {input, key} of keystrokes(typed, pressed)) {
				// Not while a code is half typed: there `s` is a typo.
				const shortcut = !key.ctrl && !key.meta && !letterRefused(draft, before);
				if (input === 's' && shortcut) onToggle();
				else if (input === 'i' && shortcut && onInvert) onInvert();
				before += input;
			}
		},
		{isActive},
	);
}
