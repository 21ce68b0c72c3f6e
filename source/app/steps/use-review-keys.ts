import {useInput} from 'ink';

/** The review cursor's keys: ←/↑ back, →/↓ forward, Esc back to the live step. */
export function useReviewKeys(
	handlers: {readonly onMove: (direction: -1 | 1) => void; readonly onLive: () => void},
	isActive: boolean,
): void {
	useInput(
		(_input, key) => {
			if (key.leftArrow || key.upArrow) handlers.onMove(-1);
			else if (key.rightArrow || key.downArrow) handlers.onMove(1);
			else if (key.escape) handlers.onLive();
		},
		{isActive},
	);
}
