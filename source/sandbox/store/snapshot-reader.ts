import {StsMfaError} from '../../errors.js';

/** A snapshot that is not what toJSON wrote: refuse it rather than start from half a state. */
export class CorruptSnapshotError extends StsMfaError {
	constructor(detail: string) {
		super('SandboxStateCorrupt', `The sandbox state file is not valid: ${detail}.`);
		this.name = 'CorruptSnapshotError';
	}
}

/** Reads one JSON object field by field, naming the exact place of the first problem. */
export class SnapshotReader {
	readonly #value: Record<string, unknown>;
	readonly #where: string;

	constructor(value: unknown, where: string) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw new CorruptSnapshotError(`${where} must be an object`);
		}
		this.#value = value as Record<string, unknown>;
		this.#where = where;
	}

	string(field: string, pattern?: RegExp): string {
		const value = this.#value[field];
		if (typeof value !== 'string' || (pattern && !pattern.test(value))) this.#fail(field, 'a valid string');
		return value as string;
	}

	optionalString(field: string): string | undefined {
		return this.#value[field] === undefined ? undefined : this.string(field);
	}

	number(field: string): number {
		const value = this.#value[field];
		if (typeof value !== 'number' || !Number.isFinite(value)) this.#fail(field, 'a number');
		return value as number;
	}

	optionalNumber(field: string): number | undefined {
		return this.#value[field] === undefined ? undefined : this.number(field);
	}

	object(field: string): SnapshotReader {
		return new SnapshotReader(this.#value[field], `${this.#where}.${field}`);
	}

	optionalObject(field: string): SnapshotReader | undefined {
		return this.#value[field] === undefined ? undefined : this.object(field);
	}

	list(field: string): SnapshotReader[] {
		const value = this.#value[field];
		if (!Array.isArray(value)) this.#fail(field, 'an array');
		return (value as unknown[]).map((item, index) => new SnapshotReader(item, `${this.#where}.${field}[${index}]`));
	}

	/** A list that older state files do not have: empty when absent. */
	optionalList(field: string): SnapshotReader[] {
		return this.#value[field] === undefined ? [] : this.list(field);
	}

	optionalStringList(field: string): string[] {
		const value = this.#value[field];
		if (value === undefined) return [];
		if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) this.#fail(field, 'a list of strings');
		return [...(value as string[])];
	}

	#fail(field: string, expected: string): never {
		throw new CorruptSnapshotError(`${this.#where}.${field} must be ${expected}`);
	}
}
