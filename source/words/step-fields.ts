import {localized} from './language.js';

/*
 * The detail panel's labelled values for the steps that create something (the user, the MFA
 * device, the access key, the role), and the confirmation before anything is created. ARN stays
 * as AWS writes it.
 */

const en = {
	labels: {
		user: 'user',
		arn: 'ARN',
		path: 'path',
		tags: 'tags',
		serial: 'serial',
		enabled: 'enabled',
		seed: 'seed',
		accessKeyId: 'access key id',
		secret: 'secret',
		role: 'role',
		managedPolicy: 'managed policy',
	},
	yes: 'yes',
	notYet: 'not yet',
	seedHeld: 'held in memory only (shown beside the QR code on request)',
	secretHeld: 'held in memory only — never shown',
	confirmTitle: 'Ready to create (all deleted at the end):',
	/** Who the run acts as, before an ARN ("as arn:aws:iam::…"). */
	as: 'as ',
	tagged: (tags: string) => `tagged ${tags}`,
	signedInAsRoot: "⚠ You are signed in as the account's root user; an IAM user with limited rights is safer.",
	missingPermissions: (permissions: string) => `✗ Missing permissions: ${permissions}`,
	createThem: 'Create them? Enter or y to go on, n to cancel.',
};

export const STEP_FIELD_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		labels: {
			user: 'usuário',
			arn: 'ARN',
			path: 'caminho',
			tags: 'tags',
			serial: 'nº de série',
			enabled: 'ativado',
			seed: 'semente',
			accessKeyId: 'ID da chave de acesso',
			secret: 'chave secreta',
			role: 'função',
			// Beside the role's (the step names it), and short: the policy's ARN keeps its name at 80 columns.
			managedPolicy: 'política',
		},
		yes: 'sim',
		notYet: 'ainda não',
		seedHeld: 'só na memória (mostrada ao lado do código QR, se pedida)',
		secretHeld: 'só na memória — nunca mostrada',
		confirmTitle: 'Pronto para criar (tudo é excluído no final):',
		as: 'como ',
		tagged: (tags) => `com as tags ${tags}`,
		signedInAsRoot:
			'⚠ Você entrou como o usuário raiz da conta; um usuário do IAM com permissões limitadas é mais seguro.',
		missingPermissions: (permissions) => `✗ Permissões ausentes: ${permissions}`,
		createThem: 'Criar? Enter ou y para continuar, n para cancelar.',
	},
});
