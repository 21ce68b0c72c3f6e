import {Text} from 'ink';
import {formatDuration} from '../shared/format.js';
import {useNow} from '../shared/use-now.js';
import {PANEL_WORDS as WORDS} from '../../words/panels.js';

/** The session's remaining lifetime; a leaf with its own 1 s timer. */
export function ExpiryCountdown({expiration}: {readonly expiration: Date}) {
	const remaining = expiration.getTime() - useNow(1000);
	return <Text>{remaining > 0 ? WORDS.expiresIn(formatDuration(remaining)) : WORDS.expired}</Text>;
}
