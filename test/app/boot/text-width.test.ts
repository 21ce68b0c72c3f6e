import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {Random} from '../../support/random.js';
import {narrowTextWidth} from '../../../source/app/boot/text-width.js';

// The dashboard's build answers string-width from narrowTextWidth whenever it gives a number, so
// that number must be string-width's own, for every character it accepts and in any combination.
const candidates: string[] = [];
for (let codePoint = 0; codePoint <= 0x2fff; codePoint++) candidates.push(String.fromCodePoint(codePoint));
const accepted = candidates.filter((character) => narrowTextWidth(character) !== undefined);

describe('narrowTextWidth, the fast path in front of string-width', () => {
	it('accepts the characters the dashboard draws, so its first frame never loads the emoji set', () => {
		const screen = 'sts-mfa › · 1. Create a demo IAM user — ✓ ✗ ▸ … ← → ↑ ↓ ─│┌┐└┘ █░ ⠋⠙⠹⠸ – é ü';
		expect(narrowTextWidth(screen)).toBe(stringWidth(screen));
	});

	it('gives string-width’s width for every character it accepts, narrow and ambiguous-wide', () => {
		expect(accepted.length).toBeGreaterThan(3500);
		const wrong = accepted.filter(
			(character) =>
				narrowTextWidth(character) !== stringWidth(character) ||
				narrowTextWidth(character, {ambiguousIsNarrow: false}) !== stringWidth(character, {ambiguousIsNarrow: false}),
		);
		expect(wrong.map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
	});

	it('gives string-width’s width for long strings of accepted characters in any order (none joins a neighbour)', () => {
		for (const seed of [1, 2, 3]) {
			const text = new Random(seed).shuffled(accepted).join('');
			expect(narrowTextWidth(text)).toBe(stringWidth(text));
			expect(narrowTextWidth(text, {ambiguousIsNarrow: false})).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
		}
	});

	it('gives string-width’s width for styled text: colour and style sequences take no columns', () => {
		const sgr = [
			'\u001B[1m',
			'\u001B[22m',
			'\u001B[36m',
			'\u001B[39m',
			'\u001B[2m',
			'\u001B[38;5;208m',
			'\u001B[48;2;10;20;30m',
			'\u001B[m',
			'\u001B[0m',
		];
		const characters = new Random(4).shuffled(accepted).slice(0, 400);
		const styled = characters
			.map((character, index) => (index % 3 === 0 ? `${sgr[index % sgr.length]}${character}` : character))
			.join('');
		expect(narrowTextWidth(styled)).toBe(stringWidth(styled));
		expect(narrowTextWidth('\u001B[1m\u001B[36mq\u001B[39m\u001B[22m quit')).toBe(6);
		// Counting the escapes themselves, or any other sequence, is string-width's job.
		expect(narrowTextWidth('\u001B[1mq\u001B[22m', {countAnsiEscapeCodes: true})).toBeUndefined();
		expect(narrowTextWidth('\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007')).toBeUndefined();
	});

	it('leaves to string-width what only it can measure', () => {
		for (const text of [
			'👍',
			'a\u0301',
			'✔\uFE0F',
			'#\uFE0F\u20E3',
			'\u001B[2Jcleared',
			'a\u001B[1m\u0301',
			'soft\u00ADhyphen',
			'日本',
			'한국',
			'\u200Bzero',
			'a\tb',
		]) {
			expect(narrowTextWidth(text), JSON.stringify(text)).toBeUndefined();
		}
		expect(narrowTextWidth(42)).toBeUndefined();
	});

	it('measures printable ASCII by its length, and the empty string as 0', () => {
		expect(narrowTextWidth('Press Enter to start.')).toBe(21);
		expect(narrowTextWidth('')).toBe(0);
	});
});
