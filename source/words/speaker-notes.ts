import type {StepId} from '../scenario/types.js';
import type {Bilingual} from './language.js';

/*
 * Speaker notes: what to say while a step is on the dashboard, and what to point at, in both
 * languages. Only `sts-mfa presenter` shows them. Each scenario declares its own with its steps
 * (its speakerNotes field); here are only the notes of the steps every scenario shares
 * (scenarios/shared-steps.ts), which a declaration spreads before its own.
 */

type Notes = {readonly [step in StepId]?: Bilingual};

export const SHARED_SPEAKER_NOTES: Notes = {
	createUser: {
		en: 'A throwaway IAM user, tagged with this run: nothing else in the account is touched. Point at the path /sts-mfa/ and the tags; they are how teardown and cleanup find it.',
		'pt-BR':
			'Um usuário do IAM descartável, com a tag desta execução: nada mais na conta é tocado. Mostre o caminho /sts-mfa/ e as tags; é por eles que a limpeza e o `sts-mfa cleanup` o encontram.',
	},
	createMfaDevice: {
		en: 'A virtual MFA device is a shared secret, the seed. Point at the QR code: it holds the seed, so anyone who photographs it has the device. That is why s hides it.',
		'pt-BR':
			'Um dispositivo de MFA virtual é um segredo compartilhado, a semente. Mostre o código QR: ele contém a semente, então quem o fotografar tem o dispositivo. Por isso o s o esconde.',
	},
	enableMfaDevice: {
		en: 'Two consecutive codes prove the phone holds the seed and its clock agrees with AWS. Type them by hand from the code below, or press a.',
		'pt-BR':
			'Dois códigos consecutivos provam que o celular tem a semente e que o relógio dele está de acordo com a AWS. Digite-os à mão a partir do código abaixo, ou pressione a.',
	},
	createAccessKey: {
		en: 'The long-term key the demo signs with. Say that the secret is shown once, and that this key alone is what a leaked laptop or CI log gives an attacker.',
		'pt-BR':
			'A chave de longo prazo com que a demonstração assina. Diga que o segredo aparece uma única vez, e que só essa chave é o que um notebook ou log de CI vazado entrega a um atacante.',
	},
	sessionWithMfa: {
		en: 'A fresh code turns the same key into a session with aws:MultiFactorAuthPresent true. Point at the AWS calls panel: same user, same request, now allowed.',
		'pt-BR':
			'Um código novo transforma a mesma chave em uma sessão com aws:MultiFactorAuthPresent true. Mostre o painel de chamadas à AWS: mesmo usuário, mesma solicitação, agora permitida.',
	},
	teardown: {
		en: 'Everything the run made is deleted in IAM order: policy, key, device (deactivated first), user. Point at the summary: proved, and nothing left behind.',
		'pt-BR':
			'Tudo o que a execução criou é excluído na ordem do IAM: política, chave, dispositivo (desativado antes), usuário. Mostre o resumo: comprovado, e nada deixado para trás.',
	},
};
