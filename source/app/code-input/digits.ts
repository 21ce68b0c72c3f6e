export const CODE_LENGTH = 6;

/** What the code field keeps of what was typed or pasted: digits only, at most six. */
export function keepDigits(typed: string): string {
	return typed.replace(/\D/g, '').slice(0, CODE_LENGTH);
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

/** Which code the user is typing, in words. */
export function codeLabel(purpose: 'enable' | 'session', needed: 1 | 2, typed: number): string {
	if (purpose === 'session') return 'Fresh code for the MFA session';
	return `Code ${Math.min(typed + 1, needed)} of ${needed} to enable the device`;
}
