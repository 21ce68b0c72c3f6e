import type {SimulationContextEntry} from '../aws/types.js';
import type {KeyValue} from './denial/types.js';

/** A declared key's value as the policy simulator takes it: an absent key is no entry at all. */
export function contextEntries(key: string, value: KeyValue): SimulationContextEntry[] {
	if (value === 'absent') return [];
	if (typeof value === 'object') return [{key, type: 'numeric', values: [String(value.seconds)]}];
	return [{key, type: 'boolean', values: [value]}];
}
