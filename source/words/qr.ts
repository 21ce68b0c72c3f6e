import {localized} from './language.js';

/* The QR step's words: the seed beside the QR code, hidden until asked for. */

const en = {
	seedLabel: 'Secret key (manual entry):',
	revealSeed: 'press s to reveal',
	hideSeed: 'press s to hide',
};

export const QR_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		seedLabel: 'Chave secreta (digitação manual):',
		revealSeed: 'tecle s para mostrar',
		hideSeed: 'tecle s para ocultar',
	},
});
