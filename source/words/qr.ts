import {localized} from './language.js';

/* The QR step's words: how to add the device, the seed beside the QR code, hidden until asked for. */

const en = {
	seedLabel: 'Secret key (manual entry):',
	revealSeed: 'press s to reveal',
	hideSeed: 'press s to hide',
	scanTitle: 'Scan with an authenticator app',
	scanHow: 'Google Authenticator, 1Password, Authy… then type two consecutive codes.',
	tooSmall: 'The terminal is too small for the QR code: add the secret key by hand, then type two consecutive codes.',
	needsUtf8: (setting: string) =>
		`The QR code needs a UTF-8 terminal (here ${setting}): press s for the secret key and add it by hand, then type two consecutive codes.`,
	noLocaleSet: 'no locale set',
	/** Without colour the code is drawn for one background; i draws it for the other. */
	drawnFor: (light: boolean) =>
		`Drawn for a ${light ? 'light' : 'dark'} background: press i for a ${light ? 'dark' : 'light'} one.`,
	noPhone: 'No phone? Press a to use the built-in authenticator.',
};

export const QR_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		seedLabel: 'Chave secreta (digitação manual):',
		revealSeed: 'tecle s para mostrar',
		hideSeed: 'tecle s para ocultar',
		scanTitle: 'Escaneie com um app autenticador',
		scanHow: 'Google Authenticator, 1Password, Authy… depois digite dois códigos consecutivos.',
		tooSmall:
			'O terminal é pequeno demais para o código QR: adicione a chave secreta à mão e digite dois códigos consecutivos.',
		needsUtf8: (setting) =>
			`O código QR precisa de um terminal UTF-8 (aqui ${setting}): tecle s para ver a chave secreta, adicione-a à mão e digite dois códigos consecutivos.`,
		noLocaleSet: 'nenhum locale definido',
		drawnFor: (light) =>
			`Desenhado para fundo ${light ? 'claro' : 'escuro'}: tecle i para fundo ${light ? 'escuro' : 'claro'}.`,
		noPhone: 'Sem celular? Tecle a para usar o autenticador embutido.',
	},
});
