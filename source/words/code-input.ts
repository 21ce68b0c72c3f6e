import {localized} from './language.js';

/* The dashboard's code field: its label, its hints and its countdown. */

export const CODE_PLACEHOLDER = '······';

const en = {
	tooFewDigits: (length: number) => `A code has ${length} digits`,
	digitsOnly: 'Digits only: a code is 6 digits',
	sessionCode: 'Fresh code for the MFA session',
	enableCode: (number: number, needed: number) => `Code ${number} of ${needed} to enable the device`,
	nextCodeIn: (seconds: string) => `next code in ${seconds}s`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		tooFewDigits: (length) => `Um código tem ${length} dígitos`,
		digitsOnly: 'Digite só os 6 dígitos',
		sessionCode: 'Código novo para a sessão com MFA',
		enableCode: (number, needed) => `Código ${number} de ${needed} para ativar o dispositivo`,
		nextCodeIn: (seconds) => `próximo código em ${seconds}s`,
	},
});

/** Enter with fewer than six digits. */
export function tooFewDigits(length: number): string {
	return WORDS.tooFewDigits(length);
}

/** A letter typed among digits. */
export function digitsOnly(): string {
	return WORDS.digitsOnly;
}

/** Which code the user is typing, in words. */
export function codeLabel(purpose: 'enable' | 'session', needed: 1 | 2, typed: number): string {
	if (purpose === 'session') return WORDS.sessionCode;
	return WORDS.enableCode(Math.min(typed + 1, needed), needed);
}

export function nextCodeIn(seconds: number): string {
	return WORDS.nextCodeIn(String(seconds).padStart(2, ' '));
}
