import {Text} from 'ink';
import {nextCodeIn} from '../../words/code-input.js';
import {useNow} from '../shared/use-now.js';

const PERIOD_S = 30;

/** Seconds until the authenticator shows its next code (TOTP steps are aligned to the epoch). */
function secondsToNextCode(now: number): number {
	return PERIOD_S - (Math.floor(now / 1000) % PERIOD_S);
}

/** A leaf with its own 1 s timer, so the countdown never redraws the dashboard around it. */
export function NextCodeCountdown() {
	const seconds = secondsToNextCode(useNow(1000));
	return <Text dimColor>{nextCodeIn(seconds)}</Text>;
}
