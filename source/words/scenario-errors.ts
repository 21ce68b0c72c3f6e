import {localized} from './language.js';

/* Why a step could not run: something an earlier step creates does not exist. */

const en = {
	missingResource: (what: string) => `Cannot run this step: ${what} does not exist (an earlier step did not finish)`,
	mfaDevice: 'the MFA device',
	undeclaredStep: (step: string) => `a step named ${step} in this scenario`,
};

export const SCENARIO_ERRORS = localized<typeof en>({
	en,
	'pt-BR': {
		missingResource: (what) =>
			`Não é possível executar esta etapa: ${what} não existe (uma etapa anterior não terminou)`,
		mfaDevice: 'o dispositivo de MFA',
		undeclaredStep: (step) => `uma etapa chamada ${step} neste cenário`,
	},
});
