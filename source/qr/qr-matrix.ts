import QRCode from 'qrcode-terminal/vendor/QRCode/index.js';

/** true = a dark module. */
export type QrMatrix = readonly (readonly boolean[])[];

/** Error correction L, as qrcode-terminal uses: the smallest code for a given text. */
const ERROR_CORRECTION_L = 1;

let cached: {text: string; quietZone: number; matrix: QrMatrix} | undefined;

/** The QR code's modules for `text`, surrounded by `quietZone` light modules on every side. */
export function qrMatrix(text: string, quietZone = 2): QrMatrix {
	// The layout and the view both ask for the same code on every render; encode it once.
	if (cached?.text === text && cached.quietZone === quietZone) return cached.matrix;
	const matrix = encode(text, quietZone);
	cached = {text, quietZone, matrix};
	return matrix;
}

function encode(text: string, quietZone: number): QrMatrix {
	const code = new QRCode(-1, ERROR_CORRECTION_L);
	code.addData(text);
	code.make();
	const size = code.getModuleCount();
	const total = size + quietZone * 2;
	return Array.from({length: total}, (_row, y) =>
		Array.from({length: total}, (_col, x) => {
			const row = y - quietZone;
			const col = x - quietZone;
			return row >= 0 && row < size && col >= 0 && col < size && code.isDark(row, col);
		}),
	);
}

/**
 * Two module rows per text row with half blocks. With `darkOnLight` the glyphs are drawn in the
 * dark colour on a light background (colours set explicitly by the view); without colour we can
 * only use the terminal's own foreground, so the glyphs draw the light modules instead.
 */
export function halfBlockRows(matrix: QrMatrix, darkOnLight: boolean): string[] {
	const rows: string[] = [];
	for (let y = 0; y < matrix.length; y += 2) {
		const top = matrix[y] ?? [];
		const bottom = matrix[y + 1];
		let line = '';
		for (let x = 0; x < top.length; x++) {
			// A missing bottom row (odd height) is light: more quiet zone.
			const upper = top[x] === darkOnLight;
			const lower = (bottom?.[x] ?? false) === darkOnLight;
			line += upper ? (lower ? '█' : '▀') : lower ? '▄' : ' ';
		}
		rows.push(line);
	}
	return rows;
}
