import type {ScenarioDeclaration} from '../declaration.js';
import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
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

/** What a user without MFA may still do: set up and enable their own MFA device, and get a session. */
const SELF_SERVICE_MFA_ACTIONS = [
	'iam:CreateVirtualMFADevice',
	'iam:EnableMFADevice',
	'iam:GetUser',
	'iam:ListMFADevices',
	'iam:ListVirtualMFADevices',
	'iam:ResyncMFADevice',
	'sts:GetSessionToken',
];

/**
 * The IAM User Guide's "allows MFA-authenticated IAM users to manage their own credentials",
 * reduced to its point: an Allow, and a Deny of everything else while MFA is missing.
 */
export const FORCE_MFA_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{Sid: 'AllowListingBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'},
		{
			Sid: 'DenyAllExceptListedIfNoMFA',
			Effect: 'Deny',
			NotAction: SELF_SERVICE_MFA_ACTIONS,
			Resource: '*',
			// BoolIfExists: a long-term key's request has no aws:MultiFactorAuthPresent at all, and
			// plain Bool would not match an absent key, so the Deny would let that key through.
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
} as const;

/** The mistake AWS's documentation warns about: the same Deny with Bool, which an absent key does not match. */
const WITH_BOOL = JSON.stringify(
	{
		...FORCE_MFA_POLICY,
		Statement: FORCE_MFA_POLICY.Statement.map((statement) =>
			'Condition' in statement ? {...statement, Condition: {Bool: statement.Condition.BoolIfExists}} : statement,
		),
	},
	null,
	2,
);

const policy = {
	name: 'sts-mfa-force-mfa',
	document: () => JSON.stringify(FORCE_MFA_POLICY, null, 2),
	summary: {
		en: 'allow s3:ListAllMyBuckets; deny all but MFA self-service if aws:MultiFactorAuthPresent is false or absent',
		'pt-BR':
			'permite s3:ListAllMyBuckets; nega tudo menos o autoatendimento de MFA se aws:MultiFactorAuthPresent é false ou ausente',
	},
};

/** A Deny with BoolIfExists: the long-term key is refused, an MFA session is let through. */
export const FORCE_MFA = {
	name: 'force-mfa',
	order: 30,
	summary: {
		en: "The User Guide's force-MFA policy: a Deny with BoolIfExists refuses the long-term key itself",
		'pt-BR':
			'A política do Guia do usuário que força MFA: um Deny com BoolIfExists recusa a própria chave de longo prazo',
	},
	helpLine: {
		en: 'a Deny with BoolIfExists refuses the long-term key itself',
		'pt-BR': 'um Deny com BoolIfExists recusa a própria chave de longo prazo',
	},
	userPolicy: policy,
	steps: [
		...USER_WITH_MFA_AND_KEY,
		putUserPolicyStep(
			{en: 'Force MFA by policy', 'pt-BR': 'Forçar MFA por política'},
			{
				en: 'An Allow for s3:ListAllMyBuckets and a Deny of everything but MFA self-service under BoolIfExists aws:MultiFactorAuthPresent false; then we wait for IAM to propagate it.',
				'pt-BR':
					'Um Allow para s3:ListAllMyBuckets e um Deny de tudo menos o autoatendimento de MFA sob BoolIfExists aws:MultiFactorAuthPresent false; depois esperamos o IAM propagá-la.',
			},
			policy,
		),
		longTermKeyStep(
			{en: 'Try the long-term key', 'pt-BR': 'Usar a chave de longo prazo'},
			{
				en: 'A request signed with the access key itself carries no aws:MultiFactorAuthPresent at all; BoolIfExists matches an absent key, so the Deny applies.',
				'pt-BR':
					'Uma solicitação assinada com a própria chave de acesso não traz aws:MultiFactorAuthPresent nenhum; BoolIfExists corresponde a uma chave ausente, então o Deny se aplica.',
			},
		),
		SESSION_WITH_MFA,
		TEARDOWN,
	],
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
	probe: LIST_BUCKETS_PROBE,
	deniedStep: 'listWithLongTermKey',
	allowedStep: 'sessionWithMfa',
	deniedBecause: {
		en: "The Deny applies when aws:MultiFactorAuthPresent is false or absent (BoolIfExists); the long-term key's request has no such key. With plain Bool the absent key would not match, and this request would have been allowed.",
		'pt-BR':
			'O Deny se aplica quando aws:MultiFactorAuthPresent é false ou ausente (BoolIfExists); a solicitação da chave de longo prazo não tem essa chave. Com Bool simples a chave ausente não corresponderia, e esta solicitação teria sido permitida.',
	},
	denialProbe: {...LIST_BUCKETS_DENIAL_PROBE, withBool: WITH_BOOL},
	requests: {
		denied: {en: 'Long-term key: ListBuckets', 'pt-BR': 'Chave de longo prazo: ListBuckets'},
		allowed: {en: 'MFA session: ListBuckets', 'pt-BR': 'Sessão com MFA: ListBuckets'},
	},
	operatorActions: [...OPERATOR_ACTIONS, 'iam:SimulateCustomPolicy'],
	speakerNotes: {
		...SHARED_SPEAKER_NOTES,
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
} as const satisfies ScenarioDeclaration;
