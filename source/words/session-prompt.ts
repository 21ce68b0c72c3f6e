import {localized} from './language.js';

/* The MFA prompt that `sts-mfa session` draws on the terminal (/dev/tty). */

const en = {
	pickDevice: (count: number) => `sts-mfa session: ${count} MFA devices are yours; which one? (↑/↓, Enter)`,
	codeFor: (serialNumber: string) => `sts-mfa session: MFA code for ${serialNumber}`,
	keys: 'Enter sends it · Esc cancels',
	asking: 'sts-mfa session: asking AWS for the session…',
};

export const PROMPT_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		pickDevice: (count) => `sts-mfa session: você tem ${count} dispositivos de MFA; qual usar? (↑/↓, Enter)`,
		codeFor: (serialNumber) => `sts-mfa session: código de MFA para ${serialNumber}`,
		keys: 'Enter envia · Esc cancela',
		asking: 'sts-mfa session: solicitando a sessão à AWS…',
	},
});
