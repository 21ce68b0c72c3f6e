import type {ScenarioDeclaration} from '../declaration.js';
import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
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

/** The inline policy: S3 bucket listing is allowed only with MFA. */
export const SESSION_TOKEN_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'ListBucketsOnlyWithMfa',
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: 'arn:aws:s3:::*',
			// Bool, not BoolIfExists: long-term keys (key absent) must be denied as well.
			Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
} as const;

const policy = {
	name: 'sts-mfa-list-buckets-with-mfa',
	document: () => JSON.stringify(SESSION_TOKEN_POLICY, null, 2),
	summary: {
		en: 's3:ListAllMyBuckets only with aws:MultiFactorAuthPresent = true',
		'pt-BR': 's3:ListAllMyBuckets só com aws:MultiFactorAuthPresent = true',
	},
};

/** Today's demo: GetSessionToken without a code is denied the listing, with a code it lists. */
export const SESSION_TOKEN = {
	name: 'session-token',
	order: 10,
	summary: {
		en: 'GetSessionToken: a policy allows listing buckets only when the session was issued with MFA',
		'pt-BR': 'GetSessionToken: uma política só permite listar os buckets quando a sessão foi emitida com MFA',
	},
	helpLine: {
		en: 'GetSessionToken; the policy allows listing only with MFA (Bool)',
		'pt-BR': 'GetSessionToken; a política só permite listar com MFA (Bool)',
	},
	userPolicy: policy,
	steps: [
		...USER_WITH_MFA_AND_KEY,
		putUserPolicyStep(
			{en: 'Require MFA by policy', 'pt-BR': 'Exigir MFA por política'},
			{
				en: 'An inline policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; then we wait until IAM has propagated the key and the policy.',
				'pt-BR':
					'Uma política em linha só permite s3:ListAllMyBuckets quando aws:MultiFactorAuthPresent é true; depois esperamos o IAM propagar a chave e a política.',
			},
			policy,
		),
		sessionWithoutMfaStep({
			en: 'GetSessionToken without a code gives a session where aws:MultiFactorAuthPresent is false, so the listing must be denied.',
			'pt-BR':
				'GetSessionToken sem código dá uma sessão em que aws:MultiFactorAuthPresent é false, então a listagem tem de ser negada.',
		}),
		SESSION_WITH_MFA,
		TEARDOWN,
	],
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'false', allowed: 'true'},
	probe: LIST_BUCKETS_PROBE,
	deniedStep: 'sessionWithoutMfa',
	allowedStep: 'sessionWithMfa',
	deniedBecause: {
		en: 'The policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; this session was issued without MFA, so it is false.',
		'pt-BR':
			'A política só permite s3:ListAllMyBuckets quando aws:MultiFactorAuthPresent é true; esta sessão foi emitida sem MFA, então ele é false.',
	},
	denialProbe: LIST_BUCKETS_DENIAL_PROBE,
	requests: {
		denied: {en: 'Without MFA: ListBuckets', 'pt-BR': 'Sem MFA: ListBuckets'},
		allowed: {en: 'With MFA: ListBuckets', 'pt-BR': 'Com MFA: ListBuckets'},
	},
	operatorActions: OPERATOR_ACTIONS,
	speakerNotes: {
		...SHARED_SPEAKER_NOTES,
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
} as const satisfies ScenarioDeclaration;
