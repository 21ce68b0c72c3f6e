import {SandboxError} from '../errors.js';

export interface ByteRange {
	readonly start: number;
	/** Inclusive, as Content-Range writes it. */
	readonly end: number;
}

/**
 * A single `bytes=` range as S3 reads it (RFC 9110): `a-b`, `a-` or `-n`; an end past the object
 * is cut to it. A range that starts past the end is InvalidRange (416); a header S3 does not
 * understand (several ranges, another unit) is ignored and the whole object is sent.
 */
export function rangeOf(header: string | undefined, size: number): ByteRange | undefined {
	if (header === undefined) return undefined;
	const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!match || (match[1] === '' && match[2] === '')) return undefined;
	const [first, last] = [match[1]!, match[2]!];
	if (first === '') {
		const suffix = Number(last);
		if (suffix === 0 || size === 0) throw unsatisfiable();
		return {start: Math.max(0, size - suffix), end: size - 1};
	}
	const start = Number(first);
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (last !== '' && Number(last) < start) return undefined;
	if (start >= size) throw unsatisfiable();
	return {start, end};
}

const unsatisfiable = () => new SandboxError('InvalidRange', 'The requested range is not satisfiable', 416);
