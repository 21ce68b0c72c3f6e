import type {StepFailure, StepFailureKind} from '../scenario/failures.js';
import {attackNotAsExpected} from './attack.js';
import {type Bilingual, formatNumber, localized, say} from './language.js';
import {codeProblemText} from './notices.js';
import {couldNotDelete, teardownAbandoned} from './resources.js';

/*
 * Why the demo failed a step (scenario/failures.ts), one sentence per reason and language. The
 * table is typed by the reasons: a new reason without its words, in either language, does not compile.
 * Reasons whose sentences other tables already hold (an attack's outcome, what teardown left)
 * are worded there, in the language in force.
 */

type Reason<K extends StepFailureKind> = Extract<StepFailure, {kind: K}>;
type FailureWords = {readonly [K in StepFailureKind]: (reason: Reason<K>) => string};

const shared = {
	attackNotAsExpected: ({outcome}: Reason<'attackNotAsExpected'>) => attackNotAsExpected(outcome),
	leftBehind: ({items}: Reason<'leftBehind'>) => couldNotDelete(items),
	teardownAbandoned: () => teardownAbandoned(),
};

const en: FailureWords = {
	...shared,
	missingResource: ({what}) => `Cannot run this step: ${say(what)} does not exist (an earlier step did not finish)`,
	undeclaredStep: ({step}) =>
		`Cannot run this step: a step named ${step} in this scenario does not exist (an earlier step did not finish)`,
	inputEnded: () => 'the input ended before an MFA code was entered',
	notProvedWithoutMfa: ({key}) =>
		`The request without MFA was ALLOWED: the demo did not prove its point (does this endpoint enforce ${key}?)`,
	bypassNotShown: ({key}) =>
		`The request without MFA was DENIED under the mistaken policy: the demo could not show the bypass (does this endpoint treat an absent ${key} as IfExists says?)`,
	mfaAgeNotEnforced: ({ageSeconds}) =>
		`The session was still ALLOWED with its MFA ${formatNumber(ageSeconds)} s old: the demo did not prove its point (does this endpoint set aws:MultiFactorAuthAge?)`,
	propagationTimeout: ({seconds, attempts, keyWorks, policyInForce, lastError}) =>
		`IAM changes did not take effect within ${formatNumber(seconds)} s after ${formatNumber(attempts)} checks: ${
			keyWorks ? 'the new access key works' : 'the new access key is still refused'
		}, ${policyInForce ? 'the policy is in force' : 'the policy is not in force yet'}${
			lastError ? ` (last error: ${lastError})` : ''
		}. Retry, or raise --propagation-timeout.`,
	autoCodeRefused: ({refusal}) => `The built-in authenticator's code was refused: ${codeProblemText(refusal)}`,
};

const WORDS = localized<FailureWords>({
	en,
	'pt-BR': {
		...shared,
		missingResource: ({what}) =>
			`Não é possível executar esta etapa: ${say(what)} não existe (uma etapa anterior não terminou)`,
		undeclaredStep: ({step}) =>
			`Não é possível executar esta etapa: não existe uma etapa chamada ${step} neste cenário (uma etapa anterior não terminou)`,
		inputEnded: () => 'a entrada terminou antes de um código de MFA ser digitado',
		notProvedWithoutMfa: ({key}) =>
			`A solicitação sem MFA foi PERMITIDA: a demonstração não provou o que queria (este endpoint aplica ${key}?)`,
		bypassNotShown: ({key}) =>
			`A solicitação sem MFA foi NEGADA sob a política com o erro: a demonstração não conseguiu mostrar a brecha (este endpoint trata um ${key} ausente como o IfExists diz?)`,
		mfaAgeNotEnforced: ({ageSeconds}) =>
			`A sessão ainda foi PERMITIDA com o MFA de ${formatNumber(ageSeconds)} s atrás: a demonstração não provou o que queria (este endpoint define aws:MultiFactorAuthAge?)`,
		propagationTimeout: ({seconds, attempts, keyWorks, policyInForce, lastError}) =>
			`As mudanças no IAM não entraram em vigor em ${formatNumber(seconds)} s, após ${formatNumber(attempts)} verificações: ${
				keyWorks ? 'a nova chave de acesso funciona' : 'a nova chave de acesso ainda é recusada'
			}, ${policyInForce ? 'a política está em vigor' : 'a política ainda não está em vigor'}${
				lastError ? ` (último erro: ${lastError})` : ''
			}. Tente de novo ou aumente --propagation-timeout.`,
		autoCodeRefused: ({refusal}) => `O código do autenticador embutido foi recusado: ${codeProblemText(refusal)}`,
	},
});

/** The sentence for a step the demo failed, in the language in force. */
export function failureText(reason: StepFailure): string {
	const words = WORDS[reason.kind] as (reason: StepFailure) => string;
	return words(reason);
}

/** What the step that enables or uses the device lacks when no device was created. */
export const THE_MFA_DEVICE: Bilingual = {en: 'the MFA device', 'pt-BR': 'o dispositivo de MFA'};

const reasonsEn = {
	/** Why the operator's permissions were not simulated in advance. */
	notSimulable: 'this kind of identity cannot be simulated',
	/** A leftover's deletion failed without a message of its own. */
	seeTheCalls: 'see the AWS calls',
	/** The denial cannot be explained: the user, its policy or the role is gone from the state. */
	simulatorInputGone: 'what the simulator needs is gone',
};

/** The reasons the reducer gives in a notice when no error came with them. */
export const NOTICE_REASONS = localized<typeof reasonsEn>({
	en: reasonsEn,
	'pt-BR': {
		notSimulable: 'este tipo de identidade não pode ser simulado',
		seeTheCalls: 'veja as chamadas à AWS',
		simulatorInputGone: 'o que o simulador precisa não existe mais',
	},
});
