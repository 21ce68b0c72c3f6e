import {SandboxError} from '../errors.js';
import type {QueryParams} from '../protocol/query-params.js';
import type {ContextValue, RequestContext} from '../types.js';

const KEY_TYPES = [
	'string',
	'stringList',
	'numeric',
	'numericList',
	'boolean',
	'booleanList',
	'ip',
	'ipList',
	'binary',
	'binaryList',
	'date',
	'dateList',
];

/** ContextEntries.member.N → a request context; the simulator adds no global keys of its own. */
export function contextFrom(params: QueryParams): RequestContext {
	// Keys come from the caller: no prototype, so "__proto__" is just a (useless) key.
	const context: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
	for (const entry of params.structures('ContextEntries')) {
		const name = entry.optional('ContextKeyName', {min: 5, max: 256});
		const type = entry.optional('ContextKeyType', {values: KEY_TYPES}) ?? 'string';
		const values = entry.list('ContextKeyValues');
		if (name !== undefined) context[name] = typedValue(name, type, values);
	}
	return context;
}

function typedValue(name: string, type: string, values: string[]): ContextValue {
	if (type.endsWith('List')) return values;
	const [first = ''] = values;
	if (type === 'boolean') {
		if (first !== 'true' && first !== 'false') throw invalidContextValue(name, first);
		return first === 'true';
	}
	if (type === 'numeric') {
		const number = Number(first);
		if (first.trim() === '' || !Number.isFinite(number)) throw invalidContextValue(name, first);
		return number;
	}
	return first;
}

const invalidContextValue = (name: string, value: string) =>
	new SandboxError('InvalidInput', `Invalid value ${value} for context key ${name}.`);
