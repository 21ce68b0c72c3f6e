import {localized} from './language.js';

/* The dashboard's first screens: the scenario picker, and the notice for a terminal too small. */

const pickerEn = {
	question: 'Which scenario?',
	/** Only for someone who started the run with a command line (not an attendee of serve --ssh). */
	skipWithFlag: '(--scenario NAME skips this screen)',
};

export const PICKER_WORDS = localized<typeof pickerEn>({
	en: pickerEn,
	'pt-BR': {question: 'Qual cenário?', skipWithFlag: '(--scenario NOME pula esta tela)'},
});

const tooSmallEn = {
	message: (size: string, least: string, commandLine: boolean) =>
		`Terminal too small: ${size}. sts-mfa needs at least ${least} — enlarge the window${commandLine ? ', or run with --plain' : ''}.`,
	quit: 'Press q to quit (everything created so far is torn down first).',
	question: (question: string) => `${question} y yes, n no`,
};

export const TOO_SMALL_WORDS = localized<typeof tooSmallEn>({
	en: tooSmallEn,
	'pt-BR': {
		message: (size, least, commandLine) =>
			`Terminal pequeno demais: ${size}. O sts-mfa precisa de pelo menos ${least} — aumente a janela${commandLine ? ', ou rode com --plain' : ''}.`,
		quit: 'Pressione q para sair (tudo o que foi criado até aqui é removido antes).',
		question: (question) => `${question} y sim, n não`,
	},
});
