import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import vm from 'node:vm';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ensureBuilt, ROOT} from '../../e2e/support/build.js';

// The substitutions scripts/build.mjs makes in the dashboard script change no behaviour (the tests
// beside text-width.ts and text-segments.ts prove each equal to what it replaces), only the time
// to the first frame; so that they cannot silently stop applying, check the script itself.
describe('the dashboard script as built', () => {
	ensureBuilt();
	const file = join(ROOT, 'dist', 'dashboard-script.cjs');
	const script = readFileSync(file, 'utf8');

	it('segments text with NarrowFirstSegmenter wherever Ink’s dependencies use Intl.Segmenter', () => {
		expect(script.match(/new Intl\.Segmenter\b/g)).toBeNull();
		// Ink's tokenizer (@alcalzone/ansi-tokenize), slice-ansi and string-width.
		expect(script.match(/new NarrowFirstSegmenter\b/g)?.length).toBeGreaterThanOrEqual(3);
	});

	it('measures text with narrowTextWidth before string-width', () => {
		expect(script).toMatch(/narrowTextWidth\(text, ?options\) ?\?\?/);
	});

	it('runs both ways the loader takes it: as a script its value is the CommonJS wrapper; require()d, it runs itself', () => {
		expect(typeof new vm.Script(script).runInThisContext()).toBe('function');
		const required = createRequire(import.meta.url)(file) as Record<string, unknown>;
		expect(typeof required.renderDashboard).toBe('function');
		expect(typeof required.loadYoga).toBe('function');
	});

	it('is ASCII (V8 keeps its source one byte a character)', () => {
		expect(/^[\x00-\x7F]*$/.test(script)).toBe(true);
	});
});
