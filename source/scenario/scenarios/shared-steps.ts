import type {DenialProbe, Missing, PolicyDeclaration, PropagationProbe, StepDeclaration} from '../declaration.js';
import type {Bilingual} from '../../words/language.js';
import {SESSION_SECONDS} from '../effects.js';
import type {StepId} from '../types.js';

/* The steps every scenario shares, written once: the user, its MFA device, its key, its policy, teardown. */

/** What a step cannot run without, named for the error ("the access key does not exist"). */
export const MISSING = {
	user: {missing: {en: 'the demo user', 'pt-BR': 'o usuário de demonstração'}},
	accessKey: {missing: {en: 'the access key', 'pt-BR': 'a chave de acesso'}},
	role: {missing: {en: 'the role', 'pt-BR': 'a função'}},
} as const satisfies Record<string, Missing>;

export const CREATE_USER: StepDeclaration = {
	id: 'createUser',
	title: {en: 'Create a demo IAM user', 'pt-BR': 'Criar usuário IAM de teste'},
	explanation: {
		en: "A fresh IAM user under the /sts-mfa/ path, tagged with this run's id, so nothing else in the account is touched.",
		'pt-BR':
			'Um usuário do IAM novo no caminho /sts-mfa/, com a tag do id desta execução, para que nada mais na conta seja tocado.',
	},
	action: {
		kind: 'call',
		effect: ({names}) => ({type: 'createUser', userName: names.userName, path: names.path, tags: names.tags}),
	},
	panel: {resources: ['user']},
	creates: [{kind: 'user', name: (names) => `${names.path}${names.userName}`}],
};

export const CREATE_MFA_DEVICE: StepDeclaration = {
	id: 'createMfaDevice',
	title: {en: 'Create an MFA device', 'pt-BR': 'Criar um dispositivo de MFA'},
	explanation: {
		en: 'IAM returns a Base32 seed and a QR code of it; an authenticator app scans the QR code and derives a new 6-digit code every 30 seconds.',
		'pt-BR':
			'O IAM devolve uma semente Base32 e um código QR dela; um aplicativo autenticador lê o código QR e gera um novo código de 6 dígitos a cada 30 segundos.',
	},
	action: {
		kind: 'call',
		effect: ({names}) => ({type: 'createMfaDevice', deviceName: names.deviceName, path: names.path, tags: names.tags}),
	},
	panel: {resources: ['virtualMfaDevice']},
	creates: [{kind: 'virtualMfaDevice', name: (names) => names.deviceName}],
};

export const ENABLE_MFA_DEVICE: StepDeclaration = {
	id: 'enableMfaDevice',
	title: {en: 'Enable MFA device', 'pt-BR': 'Ativar dispositivo'},
	explanation: {
		en: 'Two codes from consecutive 30-second steps prove the authenticator holds the seed and its clock agrees with AWS.',
		'pt-BR':
			'Dois códigos de intervalos consecutivos de 30 segundos provam que o autenticador tem a semente e que o relógio dele está de acordo com a AWS.',
	},
	action: {
		kind: 'codes',
		purpose: 'enable',
		needed: 2,
		effect: ({names}, device, [code1 = '', code2 = '']) => ({
			type: 'enableMfaDevice',
			userName: names.userName,
			serialNumber: device.serialNumber,
			codes: [code1, code2],
		}),
	},
	panel: {resources: ['virtualMfaDevice']},
};

export const CREATE_ACCESS_KEY: StepDeclaration = {
	id: 'createAccessKey',
	title: {en: 'Create an access key', 'pt-BR': 'Criar uma chave de acesso'},
	explanation: {
		en: 'A long-term key the demo signs with; the secret is shown by AWS once and kept only in memory.',
		'pt-BR':
			'Uma chave de longo prazo com que a demonstração assina; a AWS mostra o segredo uma única vez, e ele fica só na memória.',
	},
	action: {
		kind: 'call',
		effect: ({names, resources}) =>
			resources.user ? {type: 'createAccessKey', userName: names.userName} : MISSING.user,
	},
	panel: {resources: ['accessKey']},
	creates: [{kind: 'accessKey', name: (names) => names.userName}],
};

/** What a policy step may declare besides its policy: its own id and propagation check (a fix after a first policy). */
export interface PolicyStepOptions {
	readonly id?: StepId;
	readonly probe?: PropagationProbe;
}

/**
 * Attaches `policy` as the demo user's inline policy, then waits for IAM to propagate it. The
 * first creates the policy; a later one (its own `id`) replaces it under the same name.
 */
export function putUserPolicyStep(
	title: Bilingual,
	explanation: Bilingual,
	policy: PolicyDeclaration,
	options: PolicyStepOptions = {},
): StepDeclaration {
	// The first creates the policy; a later one (its own id) replaces it, creating nothing new.
	const creates: StepDeclaration['creates'] = [{kind: 'userPolicy', name: (names) => names.policyName}];
	return {
		id: options.id ?? 'putUserPolicy',
		title,
		explanation,
		action: {
			kind: 'call',
			effect: ({names, resources, identity}) =>
				resources.user
					? {
							type: 'putUserPolicy',
							userName: names.userName,
							// The run's names (from the scenario) are what teardown, the journal and the screen use too.
							policyName: names.policyName,
							policyDocument: policy.document(names, identity?.account ?? ''),
						}
					: MISSING.user,
		},
		panel: 'policy',
		putsPolicy: {policy, ...(options.probe ? {probe: options.probe} : {})},
		...(options.id === undefined ? {creates} : {}),
	};
}

/** GetSessionToken with a fresh code from the device, then ListBuckets with the session. */
export const SESSION_WITH_MFA: StepDeclaration = {
	id: 'sessionWithMfa',
	title: {en: 'Session with MFA', 'pt-BR': 'Sessão com MFA'},
	explanation: {
		en: 'GetSessionToken with the device serial and a fresh code gives a session where aws:MultiFactorAuthPresent is true, so the listing is allowed.',
		'pt-BR':
			'GetSessionToken com o número de série do dispositivo e um código novo dá uma sessão em que aws:MultiFactorAuthPresent é true, então a listagem é permitida.',
	},
	action: {
		kind: 'codes',
		purpose: 'session',
		needed: 1,
		effect: ({resources}, device, [tokenCode = '']) =>
			resources.accessKey
				? {
						type: 'sessionWithMfa',
						credentials: resources.accessKey,
						serialNumber: device.serialNumber,
						tokenCode,
						durationSeconds: SESSION_SECONDS,
					}
				: MISSING.accessKey,
	},
	panel: 'allowed',
};

export const TEARDOWN: StepDeclaration = {
	id: 'teardown',
	title: {en: 'Tear everything down', 'pt-BR': 'Desfazer tudo'},
	explanation: {
		en: 'Delete what the run created in the order IAM requires, the user and its device last; "already gone" counts as done.',
		'pt-BR':
			'Excluir o que a execução criou, na ordem que o IAM exige, o usuário e o dispositivo por último; "já não existe" conta como feito.',
	},
	action: {kind: 'teardown'},
	panel: 'teardown',
};

/** The first four steps of every scenario: a user with an enabled MFA device and an access key. */
export const USER_WITH_MFA_AND_KEY: readonly StepDeclaration[] = [
	CREATE_USER,
	CREATE_MFA_DEVICE,
	ENABLE_MFA_DEVICE,
	CREATE_ACCESS_KEY,
];

/** GetSessionToken without a code, then ListBuckets with that session: the request that must be denied. */
export function sessionWithoutMfaStep(explanation: Bilingual): StepDeclaration {
	return {
		id: 'sessionWithoutMfa',
		panel: 'denied',
		title: {en: 'Session without MFA', 'pt-BR': 'Sessão sem MFA'},
		explanation,
		action: {
			kind: 'call',
			effect: ({resources}) =>
				resources.accessKey
					? {type: 'sessionWithoutMfa', credentials: resources.accessKey, durationSeconds: SESSION_SECONDS}
					: MISSING.accessKey,
		},
	};
}

/** ListBuckets signed with the access key itself (no session, so no MFA key at all): the request that must be denied. */
export function longTermKeyStep(title: Bilingual, explanation: Bilingual): StepDeclaration {
	return {
		id: 'listWithLongTermKey',
		panel: 'denied',
		title,
		explanation,
		action: {
			kind: 'call',
			effect: ({resources}) =>
				resources.accessKey ? {type: 'listWithLongTermKey', credentials: resources.accessKey} : MISSING.accessKey,
		},
	};
}

/** The propagation check of a scenario whose proof is listing the buckets: the denied request must be refused. */
export const LIST_BUCKETS_PROBE = {
	action: 's3:ListAllMyBuckets',
	resourceArn: () => 'arn:aws:s3:::*',
	withoutMfa: 'denied',
} as const satisfies PropagationProbe;

/** The simulator asked about the listing against the demo user's own policies. */
export const LIST_BUCKETS_DENIAL_PROBE = {
	policies: 'principal',
	action: 's3:ListAllMyBuckets',
	resourceArn: () => 'arn:aws:s3:::*',
} as const satisfies DenialProbe;
