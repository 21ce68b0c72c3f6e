import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
import type {ScenarioDeclaration} from '../declaration.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import {
	LIST_BUCKETS_DENIAL_PROBE,
	LIST_BUCKETS_PROBE,
	putUserPolicyStep,
	SESSION_WITH_MFA,
	sessionWithoutMfaStep,
	TEARDOWN,
	USER_WITH_MFA_AND_KEY,
} from './shared-steps.js';

/*
 * mfa-age: MFA that is too old no longer counts. The same limit on AWS and on the sandbox, and a
 * real wait: short enough for a live demo, long enough that the fresh session is well inside it.
 */

/** Seconds an MFA code keeps counting for the listing (NumericLessThan aws:MultiFactorAuthAge). */
export const MAX_MFA_AGE_SECONDS = 30;
const N = MAX_MFA_AGE_SECONDS;
/** The allowed session is asked again one second past the limit, so its age is no longer less. */
const AGAIN = N + 1;

export const MFA_AGE_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'ListBucketsWithRecentMfa',
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: 'arn:aws:s3:::*',
			// An absent key (no MFA at all) never matches a Numeric operator, so this Allow asks for MFA too.
			Condition: {NumericLessThan: {'aws:MultiFactorAuthAge': String(N)}},
		},
	],
} as const;

const policy = {
	name: 'sts-mfa-list-buckets-with-recent-mfa',
	document: () => JSON.stringify(MFA_AGE_POLICY, null, 2),
	summary: {
		en: `s3:ListAllMyBuckets only while aws:MultiFactorAuthAge < ${N} s`,
		'pt-BR': `s3:ListAllMyBuckets só enquanto aws:MultiFactorAuthAge < ${N} s`,
	},
};

/** A session without MFA is denied, a fresh MFA session lists, and the same session is denied once its MFA is too old. */
export const MFA_AGE = {
	name: 'mfa-age',
	order: 40,
	summary: {
		en: `MFA age: listing is allowed only within ${N} s of the MFA code; the same session is then denied`,
		'pt-BR': `Idade do MFA: listar só é permitido até ${N} s depois do código de MFA; depois a mesma sessão é negada`,
	},
	helpLine: {
		en: `the same MFA session is denied once its MFA is ${N} s old`,
		'pt-BR': `a mesma sessão com MFA é negada quando o MFA passa de ${N} s`,
	},
	userPolicy: policy,
	steps: [
		...USER_WITH_MFA_AND_KEY,
		putUserPolicyStep(
			{en: 'Require a recent MFA', 'pt-BR': 'Exigir MFA recente'},
			{
				en: `An inline policy allows s3:ListAllMyBuckets only while aws:MultiFactorAuthAge is under ${N} seconds; then we wait until IAM has propagated the key and the policy.`,
				'pt-BR': `Uma política em linha só permite s3:ListAllMyBuckets enquanto aws:MultiFactorAuthAge for menor que ${N} segundos; depois esperamos o IAM propagar a chave e a política.`,
			},
			policy,
		),
		sessionWithoutMfaStep({
			en: 'GetSessionToken without a code gives a session with no aws:MultiFactorAuthAge at all (AWS sets it only when MFA was used), so the listing must be denied.',
			'pt-BR':
				'GetSessionToken sem código dá uma sessão sem nenhum aws:MultiFactorAuthAge (a AWS só o define quando houve MFA), então a listagem tem de ser negada.',
		}),
		{
			...SESSION_WITH_MFA,
			title: {en: 'Fresh MFA session', 'pt-BR': 'Sessão com MFA novo'},
			explanation: {
				en: 'GetSessionToken with a fresh code gives a session whose aws:MultiFactorAuthAge starts at 0 and grows every second, so for now the listing is allowed.',
				'pt-BR':
					'GetSessionToken com um código novo dá uma sessão cujo aws:MultiFactorAuthAge começa em 0 e cresce a cada segundo, então por enquanto a listagem é permitida.',
			},
		},
		{
			id: 'mfaTooOld',
			panel: 'mfaAge',
			title: {en: `Same session at ${AGAIN} s`, 'pt-BR': `Mesma sessão aos ${AGAIN} s`},
			explanation: {
				en: `The same session asks again once its MFA is ${AGAIN} seconds old: aws:MultiFactorAuthAge is no longer under ${N}, so the listing is denied.`,
				'pt-BR': `A mesma sessão pede de novo quando o MFA tem ${AGAIN} segundos: aws:MultiFactorAuthAge já não é menor que ${N}, então a listagem é negada.`,
			},
			action: {
				kind: 'call',
				effect: ({results}) =>
					results.withMfa?.session && results.withMfa.mfaAt !== undefined
						? {
								type: 'listWithMfaSessionLater',
								step: 'mfaTooOld',
								session: results.withMfa.session,
								mfaAt: results.withMfa.mfaAt,
								readyAt: results.withMfa.mfaAt + AGAIN * 1000,
							}
						: {missing: {en: 'the MFA session', 'pt-BR': 'a sessão com MFA'}},
			},
		},
		TEARDOWN,
	],
	context: {
		key: 'aws:MultiFactorAuthAge',
		denied: 'absent',
		allowed: {seconds: 0},
		absentBecause: {en: 'AWS sets it only when MFA was used', 'pt-BR': 'a AWS só o define quando houve MFA'},
	},
	probe: LIST_BUCKETS_PROBE,
	deniedStep: 'sessionWithoutMfa',
	allowedStep: 'sessionWithMfa',
	deniedBecause: {
		en: `The policy allows s3:ListAllMyBuckets only while aws:MultiFactorAuthAge is under ${N}; a session issued without MFA has no such key, and an absent key never matches NumericLessThan.`,
		'pt-BR': `A política só permite s3:ListAllMyBuckets enquanto aws:MultiFactorAuthAge for menor que ${N}; uma sessão emitida sem MFA não tem essa chave, e uma chave ausente nunca satisfaz NumericLessThan.`,
	},
	denialProbe: LIST_BUCKETS_DENIAL_PROBE,
	requests: {
		denied: {en: 'Without MFA: ListBuckets', 'pt-BR': 'Sem MFA: ListBuckets'},
		allowed: {en: 'Fresh MFA: ListBuckets', 'pt-BR': 'MFA novo: ListBuckets'},
		deniedAgain: {en: `Same session after ${N} s: ListBuckets`, 'pt-BR': `Mesma sessão após ${N} s: ListBuckets`},
	},
	maxMfaAgeSeconds: N,
	operatorActions: OPERATOR_ACTIONS,
	speakerNotes: {
		// The shared steps' notes, then this scenario's own.
		...SHARED_SPEAKER_NOTES,
		putUserPolicy: {
			en: `The Allow holds only while aws:MultiFactorAuthAge, the seconds since the MFA code, is under ${N}. Point at NumericLessThan in the Resources panel.`,
			'pt-BR': `O Allow só vale enquanto aws:MultiFactorAuthAge, os segundos desde o código de MFA, for menor que ${N}. Aponte para NumericLessThan no painel de recursos.`,
		},
		sessionWithoutMfa: {
			en: 'Without a code the session has no aws:MultiFactorAuthAge at all, and an absent key never matches a Numeric condition: denied.',
			'pt-BR':
				'Sem código a sessão não tem nenhum aws:MultiFactorAuthAge, e uma chave ausente nunca satisfaz uma condição Numeric: negado.',
		},
		sessionWithMfa: {
			en: 'A fresh code: the age starts at 0, under the limit, so the listing works.',
			'pt-BR': 'Um código novo: a idade começa em 0, abaixo do limite, então a listagem funciona.',
		},
		mfaTooOld: {
			en: `Nothing changed but time. Point at the age counting up to ${N}: the same session, the same request, now denied.`,
			'pt-BR': `Nada mudou além do tempo. Aponte para a idade contando até ${N}: a mesma sessão, o mesmo pedido, agora negado.`,
		},
	},
} as const satisfies ScenarioDeclaration;
