import {useInput} from 'ink';
import {useRef, useState} from 'react';
import type {ScenarioName} from '../../scenario/declaration.js';
import {keystrokes} from '../shared/keystrokes.js';
import {movePick} from './picker-state.js';

/**
 * ↑/↓ (or k/j) move the highlight, Enter chooses; heard only while the picker is on screen.
 * The highlight is kept in a ref as well, so keys that arrive in one read ("↓ ↓ Enter") each see
 * the previous one's effect. Returns the highlighted scenario.
 */
export function usePickerKeys(
	initial: ScenarioName,
	onChoose: (scenario: ScenarioName) => void,
	isActive: boolean,
): ScenarioName {
	const [highlighted, setHighlighted] = useState(initial);
	const current = useRef(initial);
	useInput(
		(typed, pressed) => {
			for (const {input, key} of keystrokes(typed, pressed)) {
				if (key.upArrow || input === 'k') current.current = movePick(current.current, 'up');
				else if (key.downArrow || input === 'j') current.current = movePick(current.current, 'down');
				else if (key.return) onChoose(current.current);
			}
			setHighlighted(current.current);
		},
		{isActive},
	);
	return highlighted;
}
