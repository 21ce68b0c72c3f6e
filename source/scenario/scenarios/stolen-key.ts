import {SHARED_SPEAKER_NOTES} from '../../words/speaker-notes.js';
import type {ScenarioDeclaration, StepDeclaration} from '../declaration.js';
import {deviceDeletions, newcomerDeletions} from '../attack/teardown.js';
import {attackerDeviceName, newcomerName, newcomerPolicyName} from '../attack/names.js';
import type {AttackMove} from '../attack/types.js';
import type {DemoNames} from '../types.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import {
	CREATE_ACCESS_KEY,
	CREATE_MFA_DEVICE,
	CREATE_USER,
	ENABLE_MFA_DEVICE,
	LIST_BUCKETS_DENIAL_PROBE,
	LIST_BUCKETS_PROBE,
	longTermKeyStep,
	putUserPolicyStep,
	TEARDOWN,
} from './shared-steps.js';
import type {Bilingual} from '../../words/language.js';

/*
 * stolen-key: how MFA enforcement is bypassed, played in two parts, the user and an attacker who
 * holds only the user's access key (issue 27). The policies below are proven call by call against
 * the sandbox by test/sandbox/e2e/stolen-key-story.test.ts; the declaration is at the end.
 */

/** What each policy keeps behind MFA: the action the attacker is after. */
const PROTECTED_ACTION = 's3:ListAllMyBuckets';

/** MFA self-service: what a user without MFA may still do, in the tutorial policy Duo reviewed. */
const DUO_ERA_SELF_SERVICE = [
	'iam:CreateVirtualMFADevice',
	'iam:DeactivateMFADevice',
	'iam:DeleteVirtualMFADevice',
	'iam:EnableMFADevice',
	'iam:ListMFADevices',
	'iam:ListVirtualMFADevices',
	'iam:ResyncMFADevice',
	'sts:GetSessionToken',
];

/**
 * The user's own ARN in a policy. AWS's policies write user/${aws:username}, which matches only
 * users at the root path; a user's ARN includes its path, so the demo's users under /sts-mfa/
 * need the path in it (otherwise no Allow matches and the policy, not the 2023 guard, refuses).
 */
const ownUser = (path: string) => `arn:aws:iam::*:user${path}\${aws:username}`;

/**
 * The self-manage policy as Duo Security found it ("Potential Gaps in Suggested Amazon Web
 * Services' Security Policies for MFA"), reduced to its MFA statements: DeactivateMFADevice is
 * allowed, and left out of the Deny, without MFA (Duo's first gap); everything else, here the
 * listing of buckets, is denied until the request carries MFA.
 */
export const duoEraPolicy = (path = '/') => ({
	Version: '2012-10-17',
	Statement: [
		{Sid: 'AllowListingBuckets', Effect: 'Allow', Action: PROTECTED_ACTION, Resource: '*'},
		{
			Sid: 'AllowIndividualUserToManageTheirOwnMFA',
			Effect: 'Allow',
			Action: [
				'iam:CreateVirtualMFADevice',
				'iam:DeleteVirtualMFADevice',
				'iam:EnableMFADevice',
				'iam:ListMFADevices',
				'iam:ResyncMFADevice',
			],
			Resource: ['arn:aws:iam::*:mfa/*', ownUser(path)],
		},
		{
			Sid: 'AllowIndividualUserToDeactivateOnlyTheirOwnMFA',
			Effect: 'Allow',
			Action: 'iam:DeactivateMFADevice',
			Resource: ['arn:aws:iam::*:mfa/*', ownUser(path)],
		},
		{
			Sid: 'BlockMostAccessUnlessSignedInWithMFA',
			Effect: 'Deny',
			NotAction: DUO_ERA_SELF_SERVICE,
			Resource: '*',
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
});

/**
 * The IAM User Guide's policy today ("Allows MFA-authenticated IAM users to manage their own MFA
 * device"), with the same Allow for the listing: DeactivateMFADevice is no longer among the
 * actions the Deny spares, so without MFA it is denied.
 */
export const userGuidePolicy = (path = '/') => ({
	Version: '2012-10-17',
	Statement: [
		{Sid: 'AllowListingBuckets', Effect: 'Allow', Action: PROTECTED_ACTION, Resource: '*'},
		{
			Sid: 'AllowManageOwnVirtualMFADevice',
			Effect: 'Allow',
			Action: 'iam:CreateVirtualMFADevice',
			Resource: 'arn:aws:iam::*:mfa/*',
		},
		{
			Sid: 'AllowManageOwnUserMFA',
			Effect: 'Allow',
			Action: [
				'iam:DeactivateMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:GetMFADevice',
				'iam:ListMFADevices',
				'iam:ResyncMFADevice',
			],
			Resource: ownUser(path),
		},
		{
			Sid: 'DenyAllExceptListedIfNoMFA',
			Effect: 'Deny',
			NotAction: [
				'iam:CreateVirtualMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:ListMFADevices',
				'iam:ListVirtualMFADevices',
				'iam:ResyncMFADevice',
				'sts:GetSessionToken',
			],
			Resource: '*',
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
});

/**
 * The fix for the gap AWS's 2023 guard leaves (a key that leaks before its user's first device):
 * a request signed with a long-term key has no aws:MultiFactorAuthPresent at all (the IAM User
 * Guide's condition keys), and Null true matches exactly that, so nobody enrols a device with the
 * key alone; the user enrols from the console, whose session carries the key (false).
 */
export const fixedPolicy = (path = '/') => ({
	...duoEraPolicy(path),
	Statement: [
		...duoEraPolicy(path).Statement,
		{
			Sid: 'DenyEnrollingWithLongTermKey',
			Effect: 'Deny',
			Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'],
			Resource: '*',
			Condition: {Null: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
});

export const DUO_ERA_POLICY = duoEraPolicy();
export const USER_GUIDE_POLICY = userGuidePolicy();
export const FIXED_POLICY = fixedPolicy();

const policy = {
	name: 'sts-mfa-stolen-key',
	document: (names: DemoNames) => JSON.stringify(duoEraPolicy(names.path), null, 2),
	summary: {
		en: 'the self-manage policy as Duo found it: MFA self-service (DeactivateMFADevice included) without MFA; the rest denied without it',
		'pt-BR':
			'a política de autogerenciamento como a Duo a encontrou: autoatendimento de MFA (DeactivateMFADevice incluído) sem MFA; o resto negado sem ele',
	},
};

/** A step the attacker (or the defender) plays: one move, its answer and the rule that decided it. */
function attackStep(
	id: string,
	move: AttackMove,
	title: Bilingual,
	explanation: Bilingual,
	extra: Partial<StepDeclaration> = {},
): StepDeclaration {
	return {
		id,
		title,
		explanation,
		panel: move === 'lookUpEvents' ? 'detection' : 'attack',
		action: {kind: 'call', effect: () => ({type: 'attack', step: id, move})},
		...extra,
	};
}

const STEPS: readonly StepDeclaration[] = [
	{...CREATE_USER, title: {en: 'User: create IAM user', 'pt-BR': 'Usuário: novo usuário'}},
	{...CREATE_MFA_DEVICE, title: {en: 'User: create a device', 'pt-BR': 'Usuário: dispositivo'}},
	{...ENABLE_MFA_DEVICE, title: {en: 'User: enable MFA', 'pt-BR': 'Usuário: ativar MFA'}},
	{...CREATE_ACCESS_KEY, title: {en: 'User: create a key', 'pt-BR': 'Usuário: criar chave'}},
	putUserPolicyStep(
		{en: 'User: Duo-era policy', 'pt-BR': 'Usuário: política Duo'},
		{
			en: 'The self-manage policy Duo Security reviewed: MFA self-service, DeactivateMFADevice included, needs no MFA; the rest is denied without it.',
			'pt-BR':
				'A política de autogerenciamento que a Duo Security analisou: o autoatendimento de MFA, DeactivateMFADevice incluído, dispensa MFA; o resto é negado sem ele.',
		},
		policy,
	),
	longTermKeyStep(
		{en: 'Attacker: ListBuckets', 'pt-BR': 'Atacante: ListBuckets'},
		{
			en: "The attacker holds only the user's access key. A request signed with it has no aws:MultiFactorAuthPresent, so the policy's Deny applies.",
			'pt-BR':
				'O atacante tem só a chave de acesso do usuário. Uma solicitação assinada com ela não tem aws:MultiFactorAuthPresent, então o Deny da política se aplica.',
		},
	),
	attackStep(
		'attackDeactivate',
		'deactivateUsersDevice',
		{en: 'Attacker: remove MFA', 'pt-BR': 'Atacante: remove MFA'},
		{
			en: "Duo's gap: the policy allows DeactivateMFADevice without MFA. Since 2023-04-21 AWS refuses it to a user with a device signing with a long-term key.",
			'pt-BR':
				'A brecha da Duo: a política permite DeactivateMFADevice sem MFA. Desde 2023-04-21 a AWS recusa isso a um usuário com dispositivo que assina com uma chave de longo prazo.',
		},
	),
	attackStep(
		'attackSecondDevice',
		'enrolSecondDevice',
		{en: 'Attacker: add 2nd MFA', 'pt-BR': 'Atacante: 2º MFA'},
		{
			en: 'AWS-2023-001: the key alone could add a second device. The attacker creates one; the same 2023 guard refuses to enable it.',
			'pt-BR':
				'AWS-2023-001: só com a chave dava para adicionar um segundo dispositivo. O atacante cria um; a mesma proteção de 2023 recusa ativá-lo.',
		},
		{
			creates: [{kind: 'virtualMfaDevice', name: (names) => attackerDeviceName(names, 'second')}],
			deletes: (state, cutShort) => deviceDeletions(state, 'attackSecondDevice', cutShort),
		},
	),
	attackStep(
		'newcomerWithKey',
		'newcomerWithKey',
		{en: 'User: second user', 'pt-BR': 'Usuário: 2º usuário'},
		{
			en: 'What still works today: a key that leaks before its user enrols a device. A second user, the same policy, an access key, no device.',
			'pt-BR':
				'O que ainda funciona hoje: uma chave que vaza antes de o usuário registrar um dispositivo. Um segundo usuário, a mesma política, uma chave de acesso, nenhum dispositivo.',
		},
		{
			creates: [
				{kind: 'user', name: (names) => `${names.path}${newcomerName(names)}`},
				{kind: 'userPolicy', name: newcomerPolicyName},
				{kind: 'accessKey', name: newcomerName},
			],
			deletes: (state, cutShort) => newcomerDeletions(state, cutShort),
		},
	),
	attackStep(
		'attackFirstDevice',
		'enrolFirstDevice',
		{en: 'Attacker: enrol MFA', 'pt-BR': 'Atacante: ativa MFA'},
		{
			en: "A first device needs no MFA, so the guard does not apply: the attacker's device becomes the user's, and its codes give MFA sessions.",
			'pt-BR':
				'O primeiro dispositivo não exige MFA, então a proteção não se aplica: o dispositivo do atacante vira o do usuário, e seus códigos dão sessões com MFA.',
		},
		{
			creates: [{kind: 'virtualMfaDevice', name: (names) => attackerDeviceName(names, 'first')}],
			deletes: (state, cutShort) => deviceDeletions(state, 'attackFirstDevice', cutShort),
		},
	),
	attackStep(
		'attackFix',
		'applyFix',
		{en: 'Defender: the fix', 'pt-BR': 'Defensor: a correção'},
		{
			en: 'The fix: deny enrolling a device when aws:MultiFactorAuthPresent is absent (Null), as for a long-term key; users enrol from the console.',
			'pt-BR':
				'A correção: negar o registro de dispositivo quando aws:MultiFactorAuthPresent está ausente (Null), como numa chave de longo prazo; o usuário registra pelo console.',
		},
		{deletes: (state, cutShort) => deviceDeletions(state, 'attackFix', cutShort)},
	),
	attackStep(
		'detection',
		'lookUpEvents',
		{en: 'Defender: CloudTrail', 'pt-BR': 'Defensor: CloudTrail'},
		{
			en: 'Each attack call as CloudTrail records it: eventName, errorCode, and the key that signed; mfaAuthenticated is absent for a long-term key.',
			'pt-BR':
				'Cada chamada do ataque como o CloudTrail a registra: eventName, errorCode e a chave que assinou; mfaAuthenticated fica ausente numa chave de longo prazo.',
		},
	),
	TEARDOWN,
];

/** An attacker with only the user's access key: what AWS's 2023 guard refuses, the gap it leaves, a fix, and what CloudTrail shows. */
export const STOLEN_KEY = {
	name: 'stolen-key',
	order: 50,
	summary: {
		en: "A stolen access key against MFA: AWS's 2023 guard, the first-device gap, a fix, and CloudTrail",
		'pt-BR':
			'Uma chave de acesso roubada contra o MFA: a proteção de 2023 da AWS, a brecha do primeiro dispositivo, uma correção e o CloudTrail',
	},
	helpLine: {
		en: "an attacker with only the access key: AWS's 2023 guard, the first-device gap, a fix, CloudTrail",
		'pt-BR':
			'um atacante só com a chave de acesso: a proteção de 2023, a brecha do 1º dispositivo, a correção, o CloudTrail',
	},
	userPolicy: policy,
	steps: STEPS,
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
	probe: LIST_BUCKETS_PROBE,
	deniedStep: 'listWithLongTermKey',
	allowedStep: 'attackFirstDevice',
	deniedBecause: {
		en: 'The policy denies all but MFA self-service while aws:MultiFactorAuthPresent is false or absent (BoolIfExists); a request signed with the stolen key itself has no such key.',
		'pt-BR':
			'A política nega tudo menos o autoatendimento de MFA enquanto aws:MultiFactorAuthPresent é false ou ausente (BoolIfExists); uma solicitação assinada com a própria chave roubada não tem essa chave.',
	},
	denialProbe: LIST_BUCKETS_DENIAL_PROBE,
	requests: {
		denied: {en: 'Stolen key: ListBuckets', 'pt-BR': 'Chave roubada: ListBuckets'},
		allowed: {en: "Attacker's MFA session: ListBuckets", 'pt-BR': 'Sessão com MFA do atacante: ListBuckets'},
	},
	operatorActions: [...OPERATOR_ACTIONS, 'iam:SimulateCustomPolicy', 'cloudtrail:LookupEvents'],
	speakerNotes: {
		// The shared steps' notes, then this scenario's own.
		...SHARED_SPEAKER_NOTES,
		putUserPolicy: {
			en: "The self-manage policy as Duo found it in AWS's tutorial: it lets the user deactivate their MFA device without MFA. Point at that statement: it is the gap the attacker will try.",
			'pt-BR':
				'A política de autogerenciamento como a Duo a encontrou no tutorial da AWS: ela deixa o usuário desativar o próprio dispositivo de MFA sem MFA. Aponte para essa declaração: é a brecha que o atacante vai tentar.',
		},
		listWithLongTermKey: {
			en: 'From here on the attacker holds only the leaked access key. Alone it lists nothing: the policy denies all but MFA self-service without MFA.',
			'pt-BR':
				'Daqui em diante o atacante tem só a chave de acesso vazada. Sozinha ela não lista nada: a política nega tudo, menos o autoatendimento de MFA, sem MFA.',
		},
		attackDeactivate: {
			en: "The policy allows removing the device, yet AWS refuses: since April 2023 a user who has a device needs MFA credentials to deactivate one. Point at 'the simulator: allowed' beside the refusal.",
			'pt-BR':
				"A política permite remover o dispositivo, mas a AWS recusa: desde abril de 2023 um usuário que tem dispositivo precisa de credenciais com MFA para desativar um. Aponte para 'o simulador: permitido' ao lado da recusa.",
		},
		attackSecondDevice: {
			en: 'The bulletin AWS-2023-001: before the guard, the key alone could add a second device. The same guard refuses it today.',
			'pt-BR':
				'O boletim AWS-2023-001: antes da proteção, só a chave bastava para adicionar um segundo dispositivo. A mesma proteção o recusa hoje.',
		},
		newcomerWithKey: {
			en: 'A second user whose key leaks before their first device: the guard covers only users who already have one.',
			'pt-BR': 'Um segundo usuário cuja chave vaza antes do primeiro dispositivo: a proteção só cobre quem já tem um.',
		},
		attackFirstDevice: {
			en: "The gap that works today: the attacker enrols the user's first device and gets sessions with aws:MultiFactorAuthPresent true. MFA is present, and it is the attacker's.",
			'pt-BR':
				'A brecha que funciona hoje: o atacante registra o primeiro dispositivo do usuário e obtém sessões com aws:MultiFactorAuthPresent true. Há MFA, e é a do atacante.',
		},
		attackFix: {
			en: 'The fix: a Deny on enrolling when aws:MultiFactorAuthPresent is absent (a long-term key). Users enrol from the console; the same attack is refused.',
			'pt-BR':
				'A correção: um Deny ao registro quando aws:MultiFactorAuthPresent está ausente (uma chave de longo prazo). O usuário registra pelo console; o mesmo ataque é recusado.',
		},
		detection: {
			en: 'What a defender finds: each attack call in CloudTrail, by the key that signed it. No mfaAuthenticated means a long-term key. On AWS, events take up to about 15 minutes.',
			'pt-BR':
				'O que um defensor encontra: cada chamada do ataque no CloudTrail, pela chave que a assinou. Sem mfaAuthenticated, é uma chave de longo prazo. Na AWS, os eventos levam até uns 15 minutos.',
		},
	},
} as const satisfies ScenarioDeclaration;
