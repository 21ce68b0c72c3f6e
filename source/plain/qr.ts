import {halfBlockRows, qrMatrix} from '../qr/qr-matrix.js';

const DARK_ON_LIGHT = '\u001B[30;47m';
const RESET = '\u001B[0m';

/**
 * The device's QR code as log lines, for a person typing codes in plain mode. With colour the
 * modules are drawn black on white whatever the terminal's theme; without (NO_COLOR) the glyphs
 * can only draw the light modules in the terminal's foreground, which scans on dark themes.
 */
export function qrLines(uri: string, color: boolean): string[] {
	const rows = halfBlockRows(qrMatrix(uri, 2), color);
	return color ? rows.map((row) => `  ${DARK_ON_LIGHT}${row}${RESET}`) : rows.map((row) => `  ${row}`);
}
