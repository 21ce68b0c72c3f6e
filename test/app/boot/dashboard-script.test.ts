import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ensureBuilt, ROOT} from '../../e2e/support/build.js';

// The substitutions scripts/build.mjs makes in the dashboard script change no behaviour (the tests
// beside text-width.ts and text-segments.ts prove each equal to what it replaces), only the time
// to the first frame; so that they cannot silently stop applying, check the script itself.
describe('the dashboard script as built', () => {
	ensureBuilt();
	const script = readFileSync(join(ROOT, 'dist', 'dashboard-script.js'), 'utf8');

	it('segments text with NarrowFirstSegmenter wherever Ink’s dependencies use Intl.Segmenter', () => {
		expect(script.match(/new Intl\.Segmenter\b/g)).toBeNull();
		// Ink's tokenizer (@alcalzone/ansi-tokenize), slice-ansi and string-width.
		expect(script.match(/new NarrowFirstSegmenter\b/g)?.length).toBeGreaterThanOrEqual(3);
	});

	it('measures text with narrowTextWidth before string-width', () => {
		expect(script).toMatch(/narrowTextWidth\(text, ?options\) ?\?\?/);
	});

	it('is the CommonJS wrapper function the code cache loader expects, in ASCII (V8 keeps it one byte a character)', () => {
		expect(script.startsWith('(function (exports, require, module, __filename, __dirname) {')).toBe(true);
		expect(script.trimEnd().endsWith('})')).toBe(true);
		expect(/^[\x00-\x7F]*$/.test(script)).toBe(true);
	});
});
