import {PLAIN_WORDS} from '../words/plain.js';
import {halfBlockRows, qrMatrix} from '../qr/qr-matrix.js';

const DARK_ON_LIGHT = '\u001B[30;47m';
const RESET = '\u001B[0m';

/**
 * The device's QR code as log lines, for a person typing codes in plain mode. With colour the
 * modules are drawn black on white whatever the terminal's theme; without (NO_COLOR) the glyphs
 * can only draw the light modules in the terminal's foreground, which scans on dark themes.
 */
export function qrLines(uri: string, color: boolean, lightBackground = false): string[] {
	// On a light background the terminal's foreground is dark, so the glyphs draw the dark modules.
	const rows = halfBlockRows(qrMatrix(uri, 2), color || lightBackground);
	if (color) return rows.map((row) => `  ${DARK_ON_LIGHT}${row}${RESET}`);
	return [`    ${qrThemeLine(lightBackground)}`, ...rows.map((row) => `  ${row}`)];
}

/** Without colour a scanner reads the code only on the background it was drawn for: say which. */
export function qrThemeLine(lightBackground: boolean): string {
	return lightBackground ? PLAIN_WORDS.qrLight : PLAIN_WORDS.qrDark;
}
