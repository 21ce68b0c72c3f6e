/* The dashboard's code field: its label, its hints and its countdown. */

export const CODE_PLACEHOLDER = '······';

/** Enter with fewer than six digits. */
export function tooFewDigits(length: number): string {
	return `A code has ${length} digits`;
}

/** A letter typed among digits. */
export const DIGITS_ONLY = 'Digits only: a code is 6 digits';

/** Which code the user is typing, in words. */
export function codeLabel(purpose: 'enable' | 'session', needed: 1 | 2, typed: number): string {
	if (purpose === 'session') return 'Fresh code for the MFA session';
	return `Code ${Math.min(typed + 1, needed)} of ${needed} to enable the device`;
}

export function nextCodeIn(seconds: number): string {
	return `next code in ${String(seconds).padStart(2, ' ')}s`;
}
