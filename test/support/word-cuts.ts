/*
 * Words cut by the terminal's width. A frame drawn at 80 columns is compared with the same run drawn
 * at a width where nothing needs shortening: every word of the narrow frame must be a word of the
 * wide one, or a word shortened at a boundary with "…" (a name kept from a ':' or '/' on, the head of
 * a hyphenated name, words up to a space). "devic…", "arn:aws:iam…c", "s to / hide:" broken from
 * "show" are what this finds; "…/sts-mfa-demo-r1a2b3" and "sts-mfa-list-buckets…" pass.
 */

const ELLIPSIS = '…';
const TIME_OR_COUNT = /^\(?[\d:.,]+(ms|s|m|h)?[),.]?$/;
/** clipLines' marker ("… 6 more lines", "… mais 6 linhas"): it says what a short panel left out, in whole words of its own. */
const CLIP_MARKER = /… (\d+ more lines?|mais \d+ linhas?)$/;

/** The words of a frame: what is between spaces, with nothing but drawing (QR blocks, bars, rules) left out. */
export function wordsOf(frame: string): string[] {
	return frame.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function isBoundary(char: string | undefined): boolean {
	return char === undefined || char === '-' || char === ':' || char === '/' || char === ' ' || char === ',';
}

/** Whether `part` is the start of `whole` up to a boundary, or its end from one. */
function shortenedAtBoundary(part: string, whole: string, side: 'head' | 'tail'): boolean {
	if (part === '' || !whole.includes(part)) return false;
	if (side === 'head') return whole.startsWith(part) && isBoundary(whole[part.length]);
	return whole.endsWith(part) && (part.startsWith(':') || part.startsWith('/') || part.startsWith('-'));
}

/** Whether a narrow frame's word is whole, or shortened at a boundary, judged against the wide frames' words. */
function isWhole(word: string, vocabulary: ReadonlySet<string>, wideText: string): boolean {
	// A count or a time ("25s", "0:01", "171ms") ticks on its own in each drawing: it is whole if it is one.
	if (vocabulary.has(word) || TIME_OR_COUNT.test(word)) return true;
	const at = word.indexOf(ELLIPSIS);
	if (at === -1) return false;
	if (at === 0) {
		const tail = word.slice(1);
		return [...vocabulary].some((whole) => shortenedAtBoundary(tail, whole, 'tail'));
	}
	if (at === word.length - 1) {
		const head = word.slice(0, -1);
		// Words kept up to a space ("the seed…"), or a name's head up to a hyphen ("sts-mfa-list…").
		return wideText.includes(`${head} `) || [...vocabulary].some((whole) => shortenedAtBoundary(head, whole, 'head'));
	}
	return false;
}

export interface CutWord {
	readonly word: string;
	readonly line: string;
}

/** Every word of `narrow` frames that is not whole in the `wide` frames, with the line it was on. */
export function wordsCut(narrow: readonly string[], wide: readonly string[]): CutWord[] {
	const vocabulary = new Set(wide.flatMap(wordsOf));
	const wideText = wide.join('\n').replaceAll(/\s+/g, ' ');
	const cuts = new Map<string, CutWord>();
	for (const frame of narrow) {
		for (const line of frame.split('\n')) {
			for (const word of wordsOf(line.replace(CLIP_MARKER, ''))) {
				if (cuts.has(word) || isWhole(word, vocabulary, wideText)) continue;
				cuts.set(word, {word, line: line.trimEnd()});
			}
		}
	}
	return [...cuts.values()];
}
