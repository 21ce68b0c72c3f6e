import jsQRModule from 'jsqr';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {halfBlockRows, qrMatrix} from '../../source/qr/qr-matrix.js';
import {enableCodeState, OTPAUTH_URI} from './fixtures.js';
import {renderApp} from './render-app.js';

// jsqr is CommonJS whose types declare an ES default export; under NodeNext the value is on .default.
const jsQR = (jsQRModule as unknown as {default: typeof jsQRModule.default}).default;

/** Modules back from half-block text drawn dark-on-light: which halves of each glyph are dark. */
function modulesFromRows(rows: readonly string[]): boolean[][] {
	const modules: boolean[][] = [];
	for (const row of rows) {
		const glyphs = [...row];
		modules.push(glyphs.map((glyph) => glyph === '█' || glyph === '▀'));
		modules.push(glyphs.map((glyph) => glyph === '█' || glyph === '▄'));
	}
	return modules;
}

/** Decodes a module matrix as a camera would see it: scaled up, with a white border. */
function decode(modules: readonly (readonly boolean[])[]): string | undefined {
	const scale = 4;
	const border = 4;
	const size = (modules[0]?.length ?? 0) + border * 2;
	const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
	for (const [y, row] of modules.entries()) {
		for (const [x, dark] of row.entries()) {
			if (!dark) continue;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const offset = (((y + border) * scale + dy) * size * scale + (x + border) * scale + dx) * 4;
					pixels.fill(0, offset, offset + 3);
				}
			}
		}
	}
	return jsQR(pixels, size * scale, size * scale)?.data;
}

afterEach(() => {
	cleanup();
});

describe('QR code', () => {
	it('encodes a ~130-character otpauth URI as a version-6 code with a quiet zone of light modules', () => {
		expect(OTPAUTH_URI.length).toBeGreaterThan(120);
		const matrix = qrMatrix(OTPAUTH_URI, 2);
		expect(matrix).toHaveLength(41 + 4);
		for (const edge of [
			matrix[0]!,
			matrix[1]!,
			matrix.at(-1)!,
			matrix.at(-2)!,
			matrix.map((row) => row[0]),
			matrix.map((row) => row[1]),
		]) {
			expect(edge.every((dark) => !dark)).toBe(true);
		}
		expect(halfBlockRows(matrix, true)).toHaveLength(23);
	});

	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`is drawn whole at ${columns}x${rows}, 45 columns wide, and decodes back to the otpauth URI`, () => {
			const {frame} = renderApp(enableCodeState(), {columns, rows});
			const lines = frame().split('\n');
			const start = lines.findIndex((line) => line.startsWith('  █▀▀▀▀▀█'));
			expect(start).toBeGreaterThanOrEqual(0);
			// The top quiet-zone row is blank; the code itself is 21 rows below it, then the bottom quiet zone.
			const qrRows = lines.slice(start - 1, start - 1 + 23).map((line) => [...line].slice(0, 45).join('').padEnd(45));
			expect(qrRows).toHaveLength(23);
			expect(qrRows.every((row) => [...row].length === 45)).toBe(true);
			expect(decode(modulesFromRows(qrRows))).toBe(OTPAUTH_URI);
		});
	}

	it('falls back to the seed when the terminal cannot hold the code', () => {
		const long = enableCodeState();
		const device = long.resources.mfaDevice!;
		const bigUri = `${OTPAUTH_URI}&${'x'.repeat(200)}`;
		const state = {
			...long,
			resources: {
				...long.resources,
				mfaDevice: {...device, otpauthUri: {reveal: () => bigUri} as typeof device.otpauthUri},
			},
		};
		const {frame} = renderApp(state);
		expect(frame()).toContain('too small for the QR code');
		expect(frame()).toContain('press s to reveal');
	});
});
