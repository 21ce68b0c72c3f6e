import {describe, expect, it} from 'vitest';
import {Random} from '../../support/random.js';
import {NarrowFirstSegmenter} from '../../../source/app/boot/text-segments.js';
import {isNarrowText} from '../../../source/app/boot/text-width.js';

// The dashboard's build puts NarrowFirstSegmenter wherever Ink's dependencies say Intl.Segmenter,
// so for every text it must give what Intl.Segmenter gives.
const grapheme = {granularity: 'grapheme'} as const;
const intl = new Intl.Segmenter(undefined, grapheme);
const narrow = new NarrowFirstSegmenter(undefined, grapheme);

const characters: string[] = [];
for (let codePoint = 0; codePoint <= 0x2fff; codePoint++) characters.push(String.fromCodePoint(codePoint));
const accepted = characters.filter((character) => isNarrowText(character, {escapes: true}));

const plain = (segments: Iterable<Intl.SegmentData>) =>
	[...segments].map(({segment, index, input}) => ({segment, index, input}));

function expectSameSegments(text: string, segmenter = narrow, reference = intl): void {
	expect(plain(segmenter.segment(text)), JSON.stringify(text.slice(0, 40))).toEqual(plain(reference.segment(text)));
	const ours = segmenter.segment(text);
	const theirs = reference.segment(text);
	for (const index of [-1, 0, 1, text.length - 1, text.length, 0.5, Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
		const a = ours.containing(index);
		const b = theirs.containing(index);
		expect(a && {segment: a.segment, index: a.index, input: a.input}, `containing(${index})`).toEqual(
			b && {segment: b.segment, index: b.index, input: b.input},
		);
	}
}

describe('NarrowFirstSegmenter, Intl.Segmenter without ICU for narrow text', () => {
	it('splits the dashboard’s text as Intl.Segmenter does, one character at a time', () => {
		const line = '\u001B[1m\u001B[36m›\u001B[39m\u001B[22m · 1. Create a demo IAM user — ✓ ✗ ▸ … ← → ─│┌┐ █░ ⠋⠙ – é';
		expect(isNarrowText(line, {escapes: true})).toBe(true);
		expectSameSegments(line);
	});

	it('gives Intl.Segmenter’s clusters for each narrow character between others', () => {
		expect(accepted.length).toBeGreaterThan(3500);
		for (const character of accepted) expectSameSegments(`a${character}b${character}${character}\u001B[1m${character}`);
	});

	it('gives Intl.Segmenter’s clusters for long shuffled and styled strings of narrow characters', () => {
		for (const seed of [1, 2, 3]) {
			const text = new Random(seed)
				.shuffled(accepted)
				.map((character, index) => (index % 5 === 0 ? `\u001B[${index % 90}m${character}` : character))
				.join('');
			expectSameSegments(text);
		}
	});

	it('hands every other text, and other granularities, to Intl.Segmenter', () => {
		for (const text of ['👍🏽 ok', 'a\u0301', '\r\n', '한국어', '🇫🇷', 'e\u200Dx', '#\uFE0F\u20E3', '日本']) {
			expect(isNarrowText(text, {escapes: true})).toBe(false);
			expectSameSegments(text);
		}
		const words = new NarrowFirstSegmenter('en', {granularity: 'word'});
		expect([...words.segment('two words')].map((segment) => segment.isWordLike)).toEqual([true, false, true]);
		expect(new NarrowFirstSegmenter().resolvedOptions()).toEqual(new Intl.Segmenter().resolvedOptions());
		expect(NarrowFirstSegmenter.supportedLocalesOf(['en'])).toEqual(Intl.Segmenter.supportedLocalesOf(['en']));
	});
});
