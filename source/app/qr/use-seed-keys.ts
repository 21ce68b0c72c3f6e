import {useInput} from 'ink';
import {letterRefused, useCodeDraft} from '../code-input/code-draft.js';
import {keystrokes} from '../shared/keystrokes.js';

/** `s` shows or hides the seed beside the QR code. */
export function useSeedKeys(onToggle: () => void, isActive: boolean): void {
	const draft = useCodeDraft();
	useInput(
		(typed, pressed) => {
			let before = '';
			for (const {input, key} of keystrokes(typed, pressed)) {
				// Not while a code is half typed: there `s` is a typo.
				if (input === 's' && !key.ctrl && !key.meta && !letterRefused(draft, before)) onToggle();
				before += input;
			}
		},
		{isActive},
	);
}
