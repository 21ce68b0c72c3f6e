import {isNarrowText} from './text-width.js';

/**
 * Intl.Segmenter, answering for narrow text without ICU.
 *
 * Why it exists: Ink's text tokenizer and slice-ansi split every line into grapheme clusters with
 * Intl.Segmenter, which they create as they load. The first Intl.Segmenter of a process starts ICU
 * (locale data, break rules): about 8 ms before the dashboard's first frame, for screens whose every
 * character is a cluster of its own. The dashboard's build substitutes this class for
 * Intl.Segmenter (scripts/build.mjs); it answers grapheme segmentation of narrow text (see
 * isNarrowText: each of its characters, and ESC, is one cluster) by splitting at every character,
 * and hands everything else — other text, other granularities, resolvedOptions — to a real
 * Intl.Segmenter made on first need. test/app/text-segments.test.ts checks it against
 * Intl.Segmenter for every narrow character, and for long shuffled and styled strings of them.
 */
export class NarrowFirstSegmenter {
	readonly #locales: string | string[] | undefined;
	readonly #options: Intl.SegmenterOptions | undefined;
	#intl: Intl.Segmenter | undefined;

	static supportedLocalesOf(locales: string | string[], options?: {localeMatcher?: 'lookup' | 'best fit'}): string[] {
		return globalThis.Intl.Segmenter.supportedLocalesOf(locales, options);
	}

	constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
		this.#locales = locales;
		this.#options = options;
	}

	segment(input: string): Intl.Segments | NarrowSegments {
		const text = String(input);
		if ((this.#options?.granularity ?? 'grapheme') === 'grapheme' && isNarrowText(text, {escapes: true}))
			return new NarrowSegments(text);
		return this.#real().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#real().resolvedOptions();
	}

	// globalThis.Intl, not Intl: the build replaces every `Intl.Segmenter` in the dashboard with this class.
	#real(): Intl.Segmenter {
		this.#intl ??= new globalThis.Intl.Segmenter(this.#locales, this.#options);
		return this.#intl;
	}
}

/** What Intl.Segmenter's segment() gives, for text whose every character is a cluster of its own. */
export class NarrowSegments implements Iterable<Intl.SegmentData> {
	readonly #input: string;

	constructor(input: string) {
		this.#input = input;
	}

	containing(codeUnitIndex?: number): Intl.SegmentData | undefined {
		const number = Number(codeUnitIndex);
		const index = Number.isNaN(number) ? 0 : Math.trunc(number);
		return index >= 0 && index < this.#input.length ? this.#at(index) : undefined;
	}

	*[Symbol.iterator](): Iterator<Intl.SegmentData> {
		for (let index = 0; index < this.#input.length; index++) yield this.#at(index);
	}

	#at(index: number): Intl.SegmentData {
		return {segment: this.#input[index]!, index, input: this.#input};
	}
}
