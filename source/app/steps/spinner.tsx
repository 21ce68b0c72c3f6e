import {Text} from 'ink';
import {useNow} from '../shared/use-now.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A leaf with its own timer: only this character redraws while a step runs. */
export function Spinner({color}: {readonly color?: string}) {
	const now = useNow(120);
	return <Text color={color}>{FRAMES[Math.floor(now / 120) % FRAMES.length]}</Text>;
}
