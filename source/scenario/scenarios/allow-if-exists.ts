import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
import type {ScenarioDeclaration} from '../declaration.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import {
	LIST_BUCKETS_DENIAL_PROBE,
	LIST_BUCKETS_PROBE,
	longTermKeyStep,
	putUserPolicyStep,
	SESSION_WITH_MFA,
	TEARDOWN,
	USER_WITH_MFA_AND_KEY,
} from './shared-steps.js';
import {SESSION_TOKEN_POLICY} from './session-token.js';

/*
 * allow-if-exists: the known mistake of requiring MFA with an Allow under BoolIfExists. A condition
 * on a key the request does not carry is false, except with …IfExists, where it is true; a request
 * signed with a long-term access key carries no aws:MultiFactorAuthPresent at all, so this Allow lets
 * the key alone through. The run shows the bypass, then fixes the policy (Bool) and shows the same
 * request denied and the MFA session allowed.
 */

const MFA_PRESENT = 'aws:MultiFactorAuthPresent';

/** The mistake: IfExists makes the condition true when the key is absent, as it is for a long-term key. */
export const ALLOW_IF_EXISTS_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'ListBucketsIfMfaOrNoKey',
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: 'arn:aws:s3:::*',
			Condition: {BoolIfExists: {[MFA_PRESENT]: 'true'}},
		},
	],
} as const;

const NAME = 'sts-mfa-allow-if-exists';

const mistake = {
	name: NAME,
	document: () => JSON.stringify(ALLOW_IF_EXISTS_POLICY, null, 2),
	summary: {
		en: `s3:ListAllMyBuckets allowed under BoolIfExists ${MFA_PRESENT} true: also when the key is absent`,
		'pt-BR': `s3:ListAllMyBuckets permitido sob BoolIfExists ${MFA_PRESENT} true: também quando a chave está ausente`,
	},
};

const fix = {
	name: NAME,
	// The fix is session-token's policy: plain Bool, which an absent key never matches.
	document: () => JSON.stringify(SESSION_TOKEN_POLICY, null, 2),
	summary: {
		en: `the fix: s3:ListAllMyBuckets allowed only under Bool ${MFA_PRESENT} true`,
		'pt-BR': `a correção: s3:ListAllMyBuckets permitido só sob Bool ${MFA_PRESENT} true`,
	},
};

/** An Allow with BoolIfExists lets the long-term key through; with Bool it does not. */
export const ALLOW_IF_EXISTS = {
	name: 'allow-if-exists',
	order: 35,
	summary: {
		en: 'The IfExists mistake: an Allow under BoolIfExists lets the long-term key in; Bool fixes it',
		'pt-BR': 'O erro do IfExists: um Allow sob BoolIfExists deixa a chave de longo prazo entrar; Bool corrige',
	},
	helpLine: {
		en: 'an Allow with BoolIfExists lets the long-term key in; the fix',
		'pt-BR': 'um Allow com BoolIfExists deixa a chave de longo prazo entrar; a correção',
	},
	userPolicy: mistake,
	steps: [
		...USER_WITH_MFA_AND_KEY,
		putUserPolicyStep(
			{en: 'Allow with BoolIfExists', 'pt-BR': 'Allow com BoolIfExists'},
			{
				en: `An inline policy allows s3:ListAllMyBuckets under BoolIfExists ${MFA_PRESENT} true, meant to require MFA; then we wait until IAM has propagated the key and the policy.`,
				'pt-BR': `Uma política em linha permite s3:ListAllMyBuckets sob BoolIfExists ${MFA_PRESENT} true, com a intenção de exigir MFA; depois esperamos o IAM propagar a chave e a política.`,
			},
			mistake,
			// In force, the mistake lets a request without the key through: that is what the check must see.
			{probe: {...LIST_BUCKETS_PROBE, withoutMfa: 'allowed'}},
		),
		{
			...longTermKeyStep(
				{en: 'Key alone gets through', 'pt-BR': 'Só a chave passa'},
				{
					en: `A request signed with the access key itself carries no ${MFA_PRESENT} at all; IfExists makes the condition true when the key is absent, so the Allow applies without MFA: the bypass.`,
					'pt-BR': `Uma solicitação assinada com a própria chave de acesso não traz ${MFA_PRESENT} nenhum; o IfExists torna a condição verdadeira quando a chave está ausente, então o Allow vale sem MFA: a brecha.`,
				},
			),
			id: 'listWithIfExists',
			panel: 'bypass',
		},
		putUserPolicyStep(
			{en: 'Fix: Bool, not IfExists', 'pt-BR': 'Correção: Bool, sem IfExists'},
			{
				en: `The same policy with Bool instead of BoolIfExists: an absent ${MFA_PRESENT} no longer matches. Then we wait until IAM has propagated the fix.`,
				'pt-BR': `A mesma política com Bool no lugar de BoolIfExists: um ${MFA_PRESENT} ausente deixa de corresponder. Depois esperamos o IAM propagar a correção.`,
			},
			fix,
			{id: 'fixPolicy'},
		),
		longTermKeyStep(
			{en: 'Key alone, after the fix', 'pt-BR': 'Só a chave, após a correção'},
			{
				en: `The same request with the access key: it still has no ${MFA_PRESENT}, and Bool does not match an absent key, so the listing is denied.`,
				'pt-BR': `A mesma solicitação com a chave de acesso: ela continua sem ${MFA_PRESENT}, e Bool não corresponde a uma chave ausente, então a listagem é negada.`,
			},
		),
		SESSION_WITH_MFA,
		TEARDOWN,
	],
	context: {key: MFA_PRESENT, denied: 'absent', allowed: 'true'},
	probe: LIST_BUCKETS_PROBE,
	bypassStep: 'listWithIfExists',
	deniedStep: 'listWithLongTermKey',
	allowedStep: 'sessionWithMfa',
	deniedBecause: {
		en: `After the fix the Allow holds only under Bool ${MFA_PRESENT} true; the long-term key's request has no such key, and an absent key never matches Bool, so nothing allows it. With BoolIfExists it was allowed.`,
		'pt-BR': `Depois da correção o Allow só vale sob Bool ${MFA_PRESENT} true; a solicitação da chave de longo prazo não tem essa chave, e uma chave ausente nunca satisfaz Bool, então nada a permite. Com BoolIfExists ela era permitida.`,
	},
	denialProbe: LIST_BUCKETS_DENIAL_PROBE,
	requests: {
		bypass: {
			en: 'Long-term key, BoolIfExists: ListBuckets',
			'pt-BR': 'Chave de longo prazo, BoolIfExists: ListBuckets',
		},
		denied: {en: 'Long-term key, Bool: ListBuckets', 'pt-BR': 'Chave de longo prazo, Bool: ListBuckets'},
		allowed: {en: 'MFA session: ListBuckets', 'pt-BR': 'Sessão com MFA: ListBuckets'},
	},
	operatorActions: OPERATOR_ACTIONS,
	speakerNotes: {
		...SHARED_SPEAKER_NOTES,
		putUserPolicy: {
			en: 'This policy looks like it requires MFA. Ask the room what BoolIfExists does when the key is missing, then point at IfExists.',
			'pt-BR':
				'Esta política parece exigir MFA. Pergunte à plateia o que o BoolIfExists faz quando a chave não existe, depois aponte para o IfExists.',
		},
		listWithIfExists: {
			en: 'The key alone lists the buckets: a long-term key has no MFA key at all, and IfExists counts a missing key as a match. This is the bypass.',
			'pt-BR':
				'Só a chave lista os buckets: uma chave de longo prazo não tem chave de MFA nenhuma, e o IfExists conta uma chave ausente como correspondência. Esta é a brecha.',
		},
		fixPolicy: {
			en: 'One word changes: Bool instead of BoolIfExists. IfExists belongs in a Deny (force-mfa), never in an Allow that requires MFA.',
			'pt-BR':
				'Muda uma palavra: Bool no lugar de BoolIfExists. O IfExists cabe num Deny (force-mfa), nunca num Allow que exige MFA.',
		},
		listWithLongTermKey: {
			en: 'The same request, now denied: the absent key no longer matches, and nothing else allows it. Point at the deciding statement the simulator found.',
			'pt-BR':
				'A mesma solicitação, agora negada: a chave ausente deixou de corresponder, e nada mais a permite. Mostre a instrução decisiva que o simulador encontrou.',
		},
	},
} as const satisfies ScenarioDeclaration;
