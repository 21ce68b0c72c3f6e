import jsQRModule from 'jsqr';
import {isLight, parseCells, type Cell} from './cells.js';

/*
 * Decodes a QR code drawn on a terminal screen with half blocks (qrcode-terminal's small mode: each
 * cell holds two modules, top and bottom) back to its text: screen cells → a module bitmap → an
 * RGBA image with a white quiet zone → jsQR, a well-kept decoder, exactly as a phone camera would.
 */

// jsqr is CommonJS whose types declare an ES default export; under NodeNext the default import is
// the module object, while at run time it is already the function (which also carries .default).
const jsQR = (jsQRModule as unknown as {default: typeof jsQRModule.default}).default;

const GLYPHS = new Set(['\u2588', '\u2580', '\u2584', ' ']);
const TOP = new Set(['\u2588', '\u2580']);
const BOTTOM = new Set(['\u2588', '\u2584']);

// A glyph cell belongs to the code when it paints something, or when it is a space with an
// explicit background (a dark or light pair of modules drawn by colour alone).
function isCodeCell(cell: Cell): boolean {
	return GLYPHS.has(cell.char) && (cell.char !== ' ' || cell.bg !== undefined);
}

/**
 * The terminal's own colours, where the program sets none: light text on a dark background, or
 * dark text on a light one. A camera sees whichever the terminal's theme paints.
 */
export type TerminalTheme = 'dark' | 'light';

/** [top, bottom] lightness of one cell; default colours are the theme's. */
function modulesOf(cell: Cell, theme: TerminalTheme): [boolean, boolean] {
	const ink = cell.fg ? isLight(cell.fg) : theme === 'dark';
	const paper = cell.bg ? isLight(cell.bg) : theme === 'light';
	return [TOP.has(cell.char) ? ink : paper, BOTTOM.has(cell.char) ? ink : paper];
}

interface Run {
	readonly row: number;
	readonly start: number;
	readonly end: number;
}

function codeRun(row: readonly Cell[], index: number): Run | undefined {
	const first = row.findIndex(isCodeCell);
	if (first < 0) return undefined;
	let end = first;
	// Extend over glyph cells (plain spaces inside the code count) up to the last painting cell.
	for (let i = first; i < row.length && GLYPHS.has(row[i]!.char); i++) if (isCodeCell(row[i]!)) end = i;
	return end - first >= 20 ? {row: index, start: first, end} : undefined;
}

/**
 * The largest block of consecutive rows whose code runs overlap: the QR code's cells, as one
 * rectangle. Drawn for a light background, a row's first painted cell varies (its light modules
 * are plain spaces), so the rectangle spans the widest of them.
 */
function findCode(cells: readonly (readonly Cell[])[]): Run[] {
	let best: Run[] = [];
	let current: Run[] = [];
	cells.forEach((row, index) => {
		const run = codeRun(row, index);
		const previous = current.at(-1);
		if (run && previous && run.start <= previous.end && run.end >= previous.start) current.push(run);
		else current = run ? [run] : [];
		if (current.length > best.length) best = [...current];
	});
	const start = Math.min(...best.map((run) => run.start));
	const end = Math.max(...best.map((run) => run.end));
	return best.map((run) => ({...run, start, end}));
}

/** Light (true) and dark modules, two rows per screen row. */
export function moduleBitmap(screenWithEscapes: string, theme: TerminalTheme = 'dark'): boolean[][] {
	const cells = parseCells(screenWithEscapes);
	const rows: boolean[][] = [];
	for (const run of findCode(cells)) {
		const pairs = cells[run.row]!.slice(run.start, run.end + 1).map((cell) => modulesOf(cell, theme));
		rows.push(
			pairs.map(([top]) => top),
			pairs.map(([, bottom]) => bottom),
		);
	}
	return rows;
}

/** The text of the QR code on screen, or undefined when no code can be read. */
export function decodeScreenQr(
	screenWithEscapes: string,
	{scale = 4, quietZone = 4, theme = 'dark' as TerminalTheme} = {},
): string | undefined {
	const modules = moduleBitmap(screenWithEscapes, theme);
	if (modules.length === 0) return undefined;
	const side = (count: number) => (count + 2 * quietZone) * scale;
	const width = side(modules[0]!.length);
	const height = side(modules.length);
	const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
	modules.forEach((row, y) => {
		row.forEach((light, x) => {
			if (light) return;
			for (let dy = 0; dy < scale; dy++) {
				const offset = ((y + quietZone) * scale + dy) * width + (x + quietZone) * scale;
				pixels.fill(0, offset * 4, (offset + scale) * 4);
				// Keep alpha opaque: fill(0) above cleared it with the colour channels.
				for (let p = offset; p < offset + scale; p++) pixels[p * 4 + 3] = 255;
			}
		});
	});
	return jsQR(pixels, width, height, {inversionAttempts: 'dontInvert'})?.data;
}
