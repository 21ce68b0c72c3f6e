export const CODE_LENGTH = 6;

/** What the code field keeps of what was typed or pasted: digits only, at most six. */
export function keepDigits(typed: string): string {
	return typed.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

/**
 * The field's digits after what arrived in one read: Backspaces that come together (held down over
 * SSH) reach the field as DEL characters instead of one Backspace key each; each removes a digit.
 */
export function keptAfterEdits(typed: string): string {
	let digits = '';
	for (const char of typed) {
		if (char === '\u007F' || char === '\b') digits = digits.slice(0, -1);
		else if (/\d/.test(char)) digits += char;
	}
	return digits.slice(0, CODE_LENGTH);
}

/**
 * Splits what arrived in one go at its line ends: a code pasted (or typed faster than the terminal
 * delivers keys) together with its Enter arrives as "123456\r", with no separate Enter key.
 */
export function splitAtEnter(typed: string): {readonly entered: readonly string[]; readonly rest: string} {
	const parts = typed.split(/\r\n|\r|\n/);
	const rest = parts.pop() ?? '';
	return {entered: parts.filter((part) => part.length > 0), rest};
}
