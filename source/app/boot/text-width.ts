import {eastAsianWidth} from 'get-east-asian-width';

/**
 * The width of text made only of characters whose width string-width would take from their East
 * Asian Width alone, or undefined when string-width itself must decide.
 *
 * Why it exists: string-width (which Ink measures and wraps every text with) builds a regular
 * expression for the whole RGI emoji set when it loads, and runs every non-ASCII string through
 * Intl.Segmenter and that expression: about 15 ms, paid before the dashboard's first frame, for
 * screens that hold no emoji. The dashboard's build routes string-width through this fast path and
 * loads the library itself only for text the fast path cannot vouch for (scripts/build.mjs).
 *
 * Which characters: printable ASCII, Latin, Greek and Cyrillic letters, and the punctuation,
 * arrows, box drawing, blocks, geometric shapes, symbols and braille of U+2010–U+2BFF, less every
 * mark, format, unassigned or default-ignorable code point and every character that is an
 * emoji on its own (Emoji_Presentation). None of those left can join a neighbour in one grapheme
 * cluster or form an emoji sequence without a character that is excluded (a mark, ZWJ, VS16,
 * U+20E3, a regional indicator), so each is one cluster and string-width gives it its East Asian
 * Width. Colour and style sequences (SGR, as chalk writes them) are stripped first, as string-width
 * strips them. test/app/text-width.test.ts checks every allowed code point, and long shuffled and
 * styled strings of them, against string-width.
 */
const ALLOWED = /^[\u0020-\u007E\u00A0-\u052F\u2010-\u2BFF]*$/;
const ALLOWED_OR_ESCAPE = /^[\u001B\u0020-\u007E\u00A0-\u052F\u2010-\u2BFF]*$/;
const EXCLUDED = /[\p{Mark}\p{Cf}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Emoji_Presentation}]/u;
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;
const SGR = /\u001B\[[\d;]*m/g;

/**
 * Whether every code point of `text` is one of the characters above (or, with `escapes`, ESC,
 * which starts the escape sequences in styled text and is a grapheme cluster of its own). All of
 * them are in the BMP and none is a control, so each UTF-16 unit is one code point.
 */
export function isNarrowText(text: string, options: {readonly escapes?: boolean} = {}): boolean {
	return (options.escapes === true ? ALLOWED_OR_ESCAPE : ALLOWED).test(text) && !EXCLUDED.test(text);
}

export interface TextWidthOptions {
	readonly ambiguousIsNarrow?: boolean;
	readonly countAnsiEscapeCodes?: boolean;
}

export function narrowTextWidth(input: unknown, options: TextWidthOptions = {}): number | undefined {
	if (typeof input !== 'string') return undefined;
	// Colours and styles (SGR sequences, as chalk writes them) take no columns; string-width strips
	// them, and so does this. Any other escape sequence is string-width's to parse.
	const text = options.countAnsiEscapeCodes === true || !input.includes('\u001B') ? input : input.replace(SGR, '');
	if (PRINTABLE_ASCII.test(text)) return text.length;
	if (!isNarrowText(text)) return undefined;
	const widthOptions = {ambiguousAsWide: options.ambiguousIsNarrow === false};
	let width = 0;
	for (let index = 0; index < text.length; index++) width += eastAsianWidth(text.charCodeAt(index), widthOptions);
	return width;
}
