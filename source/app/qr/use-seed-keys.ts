import {useInput} from 'ink';

/** `s` shows or hides the seed beside the QR code. */
export function useSeedKeys(onToggle: () => void, isActive: boolean): void {
	useInput(
		(input, key) => {
			if (input === 's' && !key.ctrl && !key.meta) onToggle();
		},
		{isActive},
	);
}
