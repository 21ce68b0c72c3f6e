import type {SimulationContextEntry} from '../aws/types.js';
import type {KeyValue} from './denial/types.js';

/** A declared key's value as the policy simulator takes it: an absent key is no entry at all. */
export function contextEntries(key: string, value: KeyValue): SimulationContextEntry[] {
	if (value === 'absent') return [];
	if (typeof value === 'object') return [{key, type: 'numeric', values: [String(value.seconds)]}];
	return [{key, type: 'boolean', values: [value]}];
}

/**
 * ${aws:username} as the simulator takes it: the simulator does not fill in the caller's name, so a
 * policy whose Resource is arn:aws:iam::*:user/${aws:username} matches only when it is given.
 */
export function usernameEntry(userName: string): SimulationContextEntry {
	return {key: 'aws:username', type: 'string', values: [userName]};
}
