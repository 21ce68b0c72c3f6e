import type {ScenarioName} from '../scenario/declaration.js';
import type {StepId} from '../scenario/types.js';
import type {Bilingual} from './language.js';

/*
 * Speaker notes, declared with each scenario (its speakerNotes field): what to say while a step is
 * on the dashboard, and what to point at, in both languages. Only `sts-mfa presenter` shows them.
 */

type Notes = {readonly [step in StepId]?: Bilingual};

const SHARED: Notes = {
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

export const SPEAKER_NOTES: {readonly [name in ScenarioName]: Notes} = {
	'session-token': {
		...SHARED,
		putUserPolicy: {
			en: 'The policy allows listing buckets only if aws:MultiFactorAuthPresent is true. Point at the Bool condition in the Resources panel, then at the wait: IAM is eventually consistent.',
			'pt-BR':
				'A política só permite listar os buckets se aws:MultiFactorAuthPresent for true. Mostre a condição Bool no painel de recursos, depois a espera: o IAM tem consistência eventual.',
		},
		sessionWithoutMfa: {
			en: 'Ask the room first: will a session without a code list the buckets? It is issued, but its context says no MFA, so the listing is denied. Point at the deciding statement the simulator found.',
			'pt-BR':
				'Pergunte à plateia antes: uma sessão sem código vai listar os buckets? Ela é emitida, mas o contexto dela diz sem MFA, então a listagem é negada. Mostre a declaração decisiva que o simulador encontrou.',
		},
	},
	'assume-role': {
		...SHARED,
		putUserPolicy: {
			en: 'The user may call sts:AssumeRole on the demo role, and nothing else. The MFA condition is not here: it is in the role’s trust policy.',
			'pt-BR':
				'O usuário pode chamar sts:AssumeRole na função de demonstração, e nada mais. A condição de MFA não está aqui: está na política de confiança da função.',
		},
		createRole: {
			en: 'The role trusts the demo user only with aws:MultiFactorAuthPresent true; its managed policy lists the buckets. Point at the trust policy’s condition.',
			'pt-BR':
				'A função só confia no usuário de demonstração com aws:MultiFactorAuthPresent true; a política gerenciada dela lista os buckets. Mostre a condição da política de confiança.',
		},
		assumeRoleWithoutMfa: {
			en: 'AssumeRole without a serial and code: the trust policy refuses it, so the user never gets the role’s permissions. Point at AccessDenied in the AWS calls.',
			'pt-BR':
				'AssumeRole sem número de série e código: a política de confiança recusa, então o usuário nunca recebe as permissões da função. Mostre o AccessDenied nas chamadas à AWS.',
		},
		assumeRoleWithMfa: {
			en: 'The same AssumeRole with a fresh code: the role’s session lists the buckets. Point at the assumed-role ARN.',
			'pt-BR': 'O mesmo AssumeRole com um código novo: a sessão da função lista os buckets. Mostre o ARN assumed-role.',
		},
	},
	'force-mfa': {
		...SHARED,
		putUserPolicy: {
			en: 'The IAM User Guide’s force-MFA policy: an Allow, and a Deny of everything except MFA self-service under BoolIfExists false. Point at IfExists.',
			'pt-BR':
				'A política do Guia do usuário do IAM que força MFA: um Allow, e um Deny de tudo exceto o autoatendimento de MFA sob BoolIfExists false. Mostre o IfExists.',
		},
		listWithLongTermKey: {
			en: 'A request signed with the access key itself carries no MFA key at all; BoolIfExists matches an absent key, so the Deny applies even to the long-term key.',
			'pt-BR':
				'Uma solicitação assinada com a própria chave de acesso não traz chave de MFA nenhuma; BoolIfExists corresponde a uma chave ausente, então o Deny se aplica até à chave de longo prazo.',
		},
	},
};
