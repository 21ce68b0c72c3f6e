import {useInput} from 'ink';
import {keystrokes} from '../shared/keystrokes.js';

/** `s` shows or hides the seed beside the QR code. */
export function useSeedKeys(onToggle: () => void, isActive: boolean): void {
	useInput(
		(typed, pressed) => {
			for (const {input, key} of keystrokes(typed, pressed)) if (input === 's' && !key.ctrl && !key.meta) onToggle();
		},
		{isActive},
	);
}
