export const CODE_LENGTH = 6;

/** What the code field keeps of what was typed or pasted: digits only, at most six. */
export function keepDigits(typed: string): string {
	return typed.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

/** Which code the user is typing, in words. */
export function codeLabel(purpose: 'enable' | 'session', needed: 1 | 2, typed: number): string {
	if (purpose === 'session') return 'Fresh code for the MFA session';
	return `Code ${Math.min(typed + 1, needed)} of ${needed} to enable the device`;
}
