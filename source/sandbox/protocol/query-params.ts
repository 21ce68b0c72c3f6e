import {SandboxError} from '../errors.js';

/**
 * A member's constraints as botocore's service model states them; `patternText` is the pattern as
 * AWS prints it in the message.
 */
export interface Constraint {
	readonly min?: number;
	readonly max?: number;
	readonly pattern?: RegExp;
	readonly patternText?: string;
	readonly values?: readonly string[];
}

const MAX_LIST_ENTRIES = 1000;

/** A Tags.member.N entry as read from the request. */
export interface Tag {
	readonly key: string;
	readonly value: string;
}

/** AWS's (Coral) validation message: "1 validation error detected: Value 'x' at 'userName' failed …". */
export function validationError(value: string | undefined, member: string, constraint: string): SandboxError {
	const shown = value === undefined ? 'null' : `'${value}'`;
	return new SandboxError(
		'ValidationError',
		`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
	);
}

/** "VirtualMFADeviceName" → "virtualMFADeviceName", the member name AWS's messages use. */
const memberName = (parameter: string): string =>
	parameter.replace(/(^|\.)([A-Z])/g, (_match, dot: string, letter: string) => dot + letter.toLowerCase());

const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Length in code points, as AWS counts it, without an array of them (a policy document is 100 KB or more). */
function codePointLength(value: string): number {
	return value.length - (value.match(SURROGATE_PAIRS)?.length ?? 0);
}

export function checkString(value: string, member: string, constraint: Constraint): string {
	const length = codePointLength(value);
	if (constraint.min !== undefined && length < constraint.min) {
		throw validationError(value, member, `Member must have length greater than or equal to ${constraint.min}`);
	}
	if (constraint.max !== undefined && length > constraint.max) {
		throw validationError(value, member, `Member must have length less than or equal to ${constraint.max}`);
	}
	if (constraint.pattern && !constraint.pattern.test(value)) {
		const text = constraint.patternText ?? constraint.pattern.source;
		throw validationError(value, member, `Member must satisfy regular expression pattern: ${text}`);
	}
	if (constraint.values && !constraint.values.includes(value)) {
		throw validationError(value, member, `Member must satisfy enum value set: [${constraint.values.join(', ')}]`);
	}
	return value;
}

/** Reads Query-protocol parameters ("Tags.member.1.Key") with AWS's validation errors. */
export class QueryParams {
	readonly #params: Readonly<Record<string, string>>;

	constructor(params: Readonly<Record<string, string>>) {
		this.#params = params;
	}

	required(name: string, constraint: Constraint = {}): string {
		const value = this.#params[name];
		if (value === undefined) throw validationError(undefined, memberName(name), 'Member must not be null');
		return checkString(value, memberName(name), constraint);
	}

	optional(name: string, constraint: Constraint = {}): string | undefined {
		const value = this.#params[name];
		return value === undefined ? undefined : checkString(value, memberName(name), constraint);
	}

	optionalInt(name: string, range: {min: number; max: number}): number | undefined {
		const value = this.#params[name];
		if (value === undefined) return undefined;
		const member = memberName(name);
		if (!/^-?\d{1,15}$/.test(value.trim())) throw validationError(value, member, 'Member must be a number');
		const number = Number(value.trim());
		if (number < range.min)
			throw validationError(value, member, `Member must have value greater than or equal to ${range.min}`);
		if (number > range.max)
			throw validationError(value, member, `Member must have value less than or equal to ${range.max}`);
		return number;
	}

	/** `Name.member.1`, `Name.member.2`, … in order, stopping at the first gap (as AWS does). */
	list(name: string, constraint: Constraint = {}): string[] {
		const values: string[] = [];
		for (let index = 1; index <= MAX_LIST_ENTRIES; index++) {
			const value = this.#params[`${name}.member.${index}`];
			if (value === undefined) break;
			values.push(checkString(value, `${memberName(name)}.${index}.member`, constraint));
		}
		return values;
	}

	/** `Name.member.N.Field` entries as sub-parameter readers ("ContextEntries.member.1.ContextKeyName"). */
	structures(name: string): QueryParams[] {
		// One pass over the parameters (a scan per entry was entries × parameters).
		const prefix = `${name}.member.`;
		const byIndex = new Map<number, Record<string, string>>();
		for (const [key, value] of Object.entries(this.#params)) {
			if (!key.startsWith(prefix)) continue;
			const dot = key.indexOf('.', prefix.length);
			const index = key.slice(prefix.length, dot);
			if (dot < 0 || !/^[1-9]\d{0,5}$/.test(index)) continue;
			const fields = byIndex.get(Number(index)) ?? {};
			fields[key.slice(dot + 1)] = value;
			byIndex.set(Number(index), fields);
		}
		const entries: QueryParams[] = [];
		for (let index = 1; index <= MAX_LIST_ENTRIES && byIndex.has(index); index++) {
			entries.push(new QueryParams(byIndex.get(index)!));
		}
		return entries;
	}

	tags(name = 'Tags'): Tag[] {
		return this.structures(name).map((tag, index) => {
			const where = `${memberName(name)}.${index + 1}.member`;
			const key = tag.#params.Key;
			const value = tag.#params.Value;
			if (key === undefined) throw validationError(undefined, `${where}.key`, 'Member must not be null');
			if (value === undefined) throw validationError(undefined, `${where}.value`, 'Member must not be null');
			return {key: checkString(key, `${where}.key`, TAG_KEY), value: checkString(value, `${where}.value`, TAG_VALUE)};
		});
	}
}

export const TAG_KEY: Constraint = {
	min: 1,
	max: 128,
	pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u,
	patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+',
};
const TAG_VALUE: Constraint = {
	min: 0,
	max: 256,
	pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u,
	patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*',
};
