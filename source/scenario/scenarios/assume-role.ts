import type {ScenarioDeclaration} from '../declaration.js';
import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
import {SESSION_SECONDS} from '../effects.js';
import {iamArn} from '../names.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import type {DemoNames, ScenarioState} from '../types.js';
import {MISSING, putUserPolicyStep, TEARDOWN, USER_WITH_MFA_AND_KEY} from './shared-steps.js';

const roleArn = (names: DemoNames, account: string) => iamArn(account, 'role', names.path, names.roleName);
const accountOf = (state: ScenarioState) => state.identity?.account ?? '';

/** The role's trust policy: the demo user may assume it, only with MFA (AWS's assume_role_mfa example). */
export function trustPolicy(names: DemoNames, account: string): string {
	const statement = {
		Sid: 'AssumeOnlyWithMfa',
		Effect: 'Allow',
		Principal: {AWS: iamArn(account, 'user', names.path, names.userName)},
		Action: 'sts:AssumeRole',
		Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
	};
	return JSON.stringify({Version: '2012-10-17', Statement: [statement]}, null, 2);
}

/** The managed policy attached to the role: what its sessions may do. */
export const ROLE_POLICY_DOCUMENT = JSON.stringify(
	{
		Version: '2012-10-17',
		Statement: [{Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'}],
	},
	null,
	2,
);

const policy = {
	name: 'sts-mfa-may-assume-role',
	document: (names: DemoNames, account: string) =>
		JSON.stringify(
			{
				Version: '2012-10-17',
				Statement: [
					{Sid: 'MayAssumeTheDemoRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn(names, account)},
				],
			},
			null,
			2,
		),
	summary: {
		en: 'sts:AssumeRole on the demo role (the role itself requires MFA)',
		'pt-BR': 'sts:AssumeRole na função de demonstração (a própria função exige MFA)',
	},
};

/** The role's session name: what `assumed-role/ROLE/SESSION` shows. */
export const ROLE_SESSION_NAME = 'sts-mfa-demo';

/** The seed page's outline: AssumeRole without MFA is refused by the trust policy, with a code it works. */
export const ASSUME_ROLE = {
	name: 'assume-role',
	order: 20,
	summary: {
		en: 'AssumeRole: the role trusts the user only with MFA; its managed policy lists the buckets',
		'pt-BR': 'AssumeRole: a função só confia no usuário com MFA; a política gerenciada dela lista os buckets',
	},
	helpLine: {
		en: 'a role whose trust policy lets the user assume it only with MFA',
		'pt-BR': 'uma função cuja política de confiança só aceita o usuário com MFA',
	},
	userPolicy: policy,
	steps: [
		...USER_WITH_MFA_AND_KEY,
		{
			id: 'createRole',
			panel: {resources: ['role', 'managedPolicy']},
			title: {en: 'Create a role for MFA', 'pt-BR': 'Criar uma função para MFA'},
			explanation: {
				en: 'A managed policy allowing s3:ListAllMyBuckets, attached to a new role whose trust policy lets the demo user assume it only when aws:MultiFactorAuthPresent is true.',
				'pt-BR':
					'Uma política gerenciada que permite s3:ListAllMyBuckets, anexada a uma função nova cuja política de confiança só deixa o usuário de demonstração assumi-la quando aws:MultiFactorAuthPresent é true.',
			},
			action: {
				kind: 'call',
				effect: (state) =>
					state.resources.user && state.identity
						? {
								type: 'createRole',
								roleName: state.names.roleName,
								policyName: state.names.managedPolicyName,
								path: state.names.path,
								tags: state.names.tags,
								trustPolicy: trustPolicy(state.names, accountOf(state)),
								policyDocument: ROLE_POLICY_DOCUMENT,
							}
						: MISSING.user,
			},
			// The managed policy first: attaching it to the role needs its ARN.
			creates: [
				{kind: 'managedPolicy', name: (names) => names.managedPolicyName},
				{kind: 'role', name: (names) => `${names.path}${names.roleName}`},
			],
		},
		putUserPolicyStep(
			{en: 'Allow AssumeRole', 'pt-BR': 'Permitir AssumeRole'},
			{
				en: "An inline policy allows sts:AssumeRole on the role, with no condition: the role's trust policy is what asks for MFA. Then we wait for IAM to propagate it.",
				'pt-BR':
					'Uma política em linha permite sts:AssumeRole na função, sem condição: quem exige MFA é a política de confiança da função. Depois esperamos o IAM propagá-la.',
			},
			policy,
		),
		{
			id: 'assumeRoleWithoutMfa',
			panel: 'denied',
			title: {en: 'Assume without MFA', 'pt-BR': 'Assumir sem MFA'},
			explanation: {
				en: "AssumeRole signed with the user's key but without a code: the trust policy's condition aws:MultiFactorAuthPresent true fails, so STS refuses.",
				'pt-BR':
					'AssumeRole assinado com a chave do usuário, mas sem código: a condição aws:MultiFactorAuthPresent true da política de confiança falha, então o STS recusa.',
			},
			action: {
				kind: 'call',
				effect: ({resources}) =>
					resources.accessKey && resources.role
						? {
								type: 'assumeRoleWithoutMfa',
								credentials: resources.accessKey,
								roleArn: resources.role.arn,
								roleSessionName: ROLE_SESSION_NAME,
								durationSeconds: SESSION_SECONDS,
							}
						: resources.accessKey
							? MISSING.role
							: MISSING.accessKey,
			},
		},
		{
			id: 'assumeRoleWithMfa',
			panel: 'allowed',
			title: {en: 'Assume with MFA', 'pt-BR': 'Assumir com MFA'},
			explanation: {
				en: "AssumeRole with the device serial and a fresh code: the trust policy lets the user in, and the role's credentials (assumed-role/ROLE/SESSION) list the buckets.",
				'pt-BR':
					'AssumeRole com o número de série do dispositivo e um código novo: a política de confiança deixa o usuário entrar, e as credenciais da função (assumed-role/ROLE/SESSION) listam os buckets.',
			},
			action: {
				kind: 'codes',
				purpose: 'session',
				needed: 1,
				effect: ({resources}, device, [tokenCode = '']) =>
					resources.accessKey && resources.role
						? {
								type: 'assumeRoleWithMfa',
								credentials: resources.accessKey,
								roleArn: resources.role.arn,
								roleSessionName: ROLE_SESSION_NAME,
								durationSeconds: SESSION_SECONDS,
								serialNumber: device.serialNumber,
								tokenCode,
							}
						: resources.accessKey
							? MISSING.role
							: MISSING.accessKey,
			},
		},
		TEARDOWN,
	],
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
	probe: {
		action: 'sts:AssumeRole',
		resourceArn: (state) => roleArn(state.names, accountOf(state)),
		withoutMfa: 'allowed',
	},
	deniedStep: 'assumeRoleWithoutMfa',
	allowedStep: 'assumeRoleWithMfa',
	deniedBecause: {
		en: "The role's trust policy allows sts:AssumeRole for the demo user only when aws:MultiFactorAuthPresent is true; a request signed with the long-term key and no code has no such key, so the condition fails.",
		'pt-BR':
			'A política de confiança da função só permite sts:AssumeRole ao usuário de demonstração quando aws:MultiFactorAuthPresent é true; uma solicitação assinada com a chave de longo prazo e sem código não tem essa chave, então a condição falha.',
	},
	denialProbe: {
		policies: 'trust',
		action: 'sts:AssumeRole',
		resourceArn: (state) => state.resources.role?.arn ?? roleArn(state.names, accountOf(state)),
	},
	requests: {
		denied: {en: 'AssumeRole without MFA', 'pt-BR': 'AssumeRole sem MFA'},
		allowed: {en: 'AssumeRole with MFA, then ListBuckets', 'pt-BR': 'AssumeRole com MFA, depois ListBuckets'},
	},
	operatorActions: [
		...OPERATOR_ACTIONS,
		'iam:SimulateCustomPolicy',
		'iam:CreatePolicy',
		'iam:CreateRole',
		'iam:TagRole',
		'iam:TagPolicy',
		'iam:AttachRolePolicy',
		'iam:DetachRolePolicy',
		'iam:ListAttachedRolePolicies',
		'iam:ListRolePolicies',
		'iam:DeleteRolePolicy',
		'iam:DeleteRole',
		'iam:ListPolicyVersions',
		'iam:DeletePolicyVersion',
		'iam:DeletePolicy',
	],
	speakerNotes: {
		...SHARED_SPEAKER_NOTES,
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
} as const satisfies ScenarioDeclaration;
