import {StringDecoder} from 'node:string_decoder';
import {ASCII_STAND_INS, UNKNOWN_GLYPH} from './words/glyphs.js';

/*
 * Under a locale that is not UTF-8 (LANG=C, an ISO-8859 one) a terminal shows UTF-8 glyphs as
 * mojibake or nothing. Rather than each view asking, the streams sts-mfa writes to carry ASCII
 * only: each glyph becomes its one-column stand-in (words/glyphs.ts), so layouts do not move.
 */

/** A letter with an accent as its bare letter ("ã" → "a", "ç" → "c", "º" → "o"): Portuguese stays readable. */
function bareLetter(glyph: string): string | undefined {
	const bare = glyph.normalize('NFKD').replace(/\p{M}/gu, '');
	return /^[A-Za-z]$/.test(bare) ? bare : undefined;
}

/** `text` with every character outside ASCII replaced by its stand-in. */
export function toAscii(text: string): string {
	return text.replace(/[^\u0000-\u007F]/gu, (glyph) => ASCII_STAND_INS[glyph] ?? bareLetter(glyph) ?? UNKNOWN_GLYPH);
}

type Write = (chunk: unknown, encodingOrCallback?: unknown, callback?: unknown) => boolean;

/** Makes everything written to `stream` from now on ASCII. */
export function asciiOnly(stream: {write: unknown}): void {
	const original = stream.write as Write;
	const decoder = new StringDecoder('utf8');
	stream.write = ((chunk: unknown, encodingOrCallback?: unknown, callback?: unknown) => {
		const text =
			typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.write(Buffer.from(chunk)) : undefined;
		if (text === undefined) return original.call(stream, chunk, encodingOrCallback, callback);
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		return original.call(stream, toAscii(text), done);
	}) as typeof stream.write;
}
