import {SandboxError} from '../errors.js';

/*
 * aws-chunked bodies (Amazon S3 API reference, "Signature calculations for the Authorization
 * header: transferring payload in multiple chunks"): `HEX-SIZE[;chunk-signature=SIG]\r\nDATA\r\n`
 * repeated, a zero-size chunk, then optional trailer lines `name:value\r\n` and a blank line. The
 * sizes are read with bounds: a chunk can never claim more than what is left of the body.
 */

export interface DecodedBody {
	readonly payload: Buffer;
	/** Trailer headers (lower-case names), e.g. x-amz-checksum-crc32. */
	readonly trailers: Readonly<Record<string, string>>;
}

const malformed = (detail: string) =>
	new SandboxError('InvalidRequest', `The aws-chunked request body is malformed: ${detail}.`);

const CRLF = Buffer.from('\r\n');
/** A chunk header or trailer line is short: size, extension and signature fit in far less. */
const MAX_LINE = 4096;

export function decodeAwsChunked(body: Uint8Array): DecodedBody {
	const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const parts: Buffer[] = [];
	let offset = 0;
	for (;;) {
		const [line, next] = readLine(bytes, offset);
		const match = /^([0-9a-fA-F]{1,16})(;.*)?$/.exec(line);
		if (!match) throw malformed('a chunk does not start with its size');
		const size = Number.parseInt(match[1]!, 16);
		if (size === 0) return {payload: Buffer.concat(parts), trailers: readTrailers(bytes, next)};
		if (next + size + CRLF.length > bytes.length) throw malformed('a chunk is longer than the body');
		parts.push(bytes.subarray(next, next + size));
		if (!bytes.subarray(next + size, next + size + CRLF.length).equals(CRLF))
			throw malformed('a chunk does not end with CRLF');
		offset = next + size + CRLF.length;
	}
}

function readLine(bytes: Buffer, offset: number): [string, number] {
	const end = bytes.indexOf(CRLF, offset);
	if (end === -1 || end - offset > MAX_LINE) throw malformed('a line does not end with CRLF');
	return [bytes.subarray(offset, end).toString('latin1'), end + CRLF.length];
}

function readTrailers(bytes: Buffer, offset: number): Record<string, string> {
	const trailers: Record<string, string> = Object.create(null) as Record<string, string>;
	let position = offset;
	while (position < bytes.length) {
		const [line, next] = readLine(bytes, position);
		position = next;
		if (line === '') break;
		const colon = line.indexOf(':');
		if (colon <= 0) throw malformed('a trailer is not name:value');
		trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	if (position !== bytes.length) throw malformed('data follows the trailers');
	return trailers;
}
