import {LANGUAGES, localized} from './language.js';

/* What sts-mfa says about choosing its language (--lang). */

const en = {
	unknown: (value: string) => `--lang must be one of ${LANGUAGES.join(', ')}, got '${value}'`,
	missing: `--lang needs a language: ${LANGUAGES.join(' or ')}`,
};

export const LANGUAGE_CHOICE_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		unknown: (value) => `--lang deve ser ${LANGUAGES.join(' ou ')}; recebi '${value}'`,
		missing: `--lang precisa de um idioma: ${LANGUAGES.join(' ou ')}`,
	},
});
