/*
 * Reads `tmux capture-pane -e` output back into cells with their colours, so tests can tell which
 * half of a half-block glyph is light or dark, and whether anything on screen is coloured at all.
 */

export interface Rgb {
	readonly r: number;
	readonly g: number;
	readonly b: number;
}

export interface Cell {
	readonly char: string;
	/** undefined = the terminal's default colour. */
	readonly fg?: Rgb;
	readonly bg?: Rgb;
	/** Whether an explicit colour was set (reverse video alone is not colour). */
	readonly coloured: boolean;
}

interface Pen {
	fg?: Rgb;
	bg?: Rgb;
	reverse: boolean;
}

// xterm's default palette for the 16 named colours.
const NAMED: readonly Rgb[] = [
	[0, 0, 0],
	[205, 0, 0],
	[0, 205, 0],
	[205, 205, 0],
	[0, 0, 238],
	[205, 0, 205],
	[0, 205, 205],
	[229, 229, 229],
	[127, 127, 127],
	[255, 0, 0],
	[0, 255, 0],
	[255, 255, 0],
	[92, 92, 255],
	[255, 0, 255],
	[0, 255, 255],
	[255, 255, 255],
].map(([r, g, b]) => ({r: r ?? 0, g: g ?? 0, b: b ?? 0}));

function indexed(n: number): Rgb {
	if (n < 16) return NAMED[n] ?? NAMED[0]!;
	if (n >= 232) {
		const level = 8 + (n - 232) * 10;
		return {r: level, g: level, b: level};
	}
	const cube = n - 16;
	const level = (step: number) => (step === 0 ? 0 : 55 + step * 40);
	return {r: level(Math.floor(cube / 36)), g: level(Math.floor(cube / 6) % 6), b: level(cube % 6)};
}

/** Applies one SGR sequence's parameters to the pen. */
function applySgr(pen: Pen, params: number[]): void {
	if (params.length === 0) params = [0];
	for (let i = 0; i < params.length; i++) {
		const p = params[i]!;
		if (p === 0) Object.assign(pen, {fg: undefined, bg: undefined, reverse: false});
		else if (p === 7) pen.reverse = true;
		else if (p === 27) pen.reverse = false;
		else if (p >= 30 && p <= 37) pen.fg = indexed(p - 30);
		else if (p >= 90 && p <= 97) pen.fg = indexed(p - 90 + 8);
		else if (p >= 40 && p <= 47) pen.bg = indexed(p - 40);
		else if (p >= 100 && p <= 107) pen.bg = indexed(p - 100 + 8);
		else if (p === 39) pen.fg = undefined;
		else if (p === 49) pen.bg = undefined;
		else if (p === 38 || p === 48) {
			const mode = params[i + 1];
			const colour =
				mode === 5
					? indexed(params[i + 2] ?? 0)
					: {r: params[i + 2] ?? 0, g: params[i + 3] ?? 0, b: params[i + 4] ?? 0};
			i += mode === 5 ? 2 : 4;
			if (p === 38) pen.fg = colour;
			else pen.bg = colour;
		}
	}
}

const SGR = /\u001B\[([\d;:]*)m/y;

/** One row of cells per screen line; reverse video is resolved into swapped colours. */
export function parseCells(screen: string): Cell[][] {
	const pen: Pen = {reverse: false};
	return screen.split('\n').map((line) => {
		const cells: Cell[] = [];
		let i = 0;
		while (i < line.length) {
			SGR.lastIndex = i;
			const match = SGR.exec(line);
			if (match) {
				applySgr(
					pen,
					(match[1] ?? '')
						.split(/[;:]/)
						.filter((part) => part !== '')
						.map(Number),
				);
				i = SGR.lastIndex;
				continue;
			}
			const char = String.fromCodePoint(line.codePointAt(i)!);
			i += char.length;
			const coloured = pen.fg !== undefined || pen.bg !== undefined;
			// Reverse video over default colours: assume the usual light-on-dark defaults, swapped.
			cells.push(
				pen.reverse
					? {char, fg: pen.bg ?? {r: 0, g: 0, b: 0}, bg: pen.fg ?? {r: 255, g: 255, b: 255}, coloured}
					: {char, fg: pen.fg, bg: pen.bg, coloured},
			);
		}
		return cells;
	});
}

export function isLight(colour: Rgb): boolean {
	return 0.299 * colour.r + 0.587 * colour.g + 0.114 * colour.b > 127;
}

/** True when the escapes set any foreground or background colour (NO_COLOR forbids that). */
export function hasColour(screenWithEscapes: string): boolean {
	return parseCells(screenWithEscapes).some((row) => row.some((cell) => cell.coloured));
}
