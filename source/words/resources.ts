import {DELETION_KINDS, type DeletionKind, oneItemPerResource, type ResourceKind} from '../resources/kinds.js';
import {localized} from './language.js';

/*
 * The words for each kind of resource (resources/kinds.ts), wherever a person reads one: the
 * confirmation, the Resources panel, teardown, the start-up offer, cleanup, what is left behind.
 * Dependency-free apart from the tables: the reducer and the first frame use it.
 */

const en = {
	/** What the resource is, as a person calls it. */
	nouns: {
		user: 'IAM user',
		virtualMfaDevice: 'MFA device',
		accessKey: 'access key',
		userPolicy: 'inline policy',
		role: 'IAM role',
		managedPolicy: 'managed policy',
	} satisfies {readonly [K in ResourceKind]: string},
	/** The Resources panel's label column (11 columns wide). */
	rowLabels: {
		user: 'user',
		virtualMfaDevice: 'MFA device',
		accessKey: 'access key',
		userPolicy: 'policy',
		role: 'role',
		managedPolicy: 'role policy',
	} satisfies {readonly [K in ResourceKind]: string},
	/** Each deletion call, as teardown lists it. */
	deletionLabels: {
		userPolicy: 'delete inline policy',
		accessKey: 'delete access key',
		mfaDeactivation: 'deactivate MFA device',
		virtualMfaDevice: 'delete MFA device',
		user: 'delete user',
		rolePolicyDetachment: 'detach managed policy from role',
		role: 'delete role',
		managedPolicy: 'delete managed policy',
	} satisfies {readonly [K in DeletionKind]: string},
	/** What a step on a resource did, once done. */
	pastTense: {
		userPolicy: 'deleted',
		accessKey: 'deleted',
		mfaDeactivation: 'deactivated',
		virtualMfaDevice: 'deleted',
		user: 'deleted',
		rolePolicyDetachment: 'detached',
		role: 'deleted',
		managedPolicy: 'deleted',
	} satisfies {readonly [K in DeletionKind]: string},
	everyKey: '(every key of the demo user)',
	allAccessKeys: 'the access keys of the demo user',
	/** The noun with its article, which Portuguese chooses by gender. */
	theNouns: {
		user: 'the IAM user',
		virtualMfaDevice: 'the MFA device',
		accessKey: 'the access key',
		userPolicy: 'the inline policy',
		role: 'the IAM role',
		managedPolicy: 'the managed policy',
	} satisfies {readonly [K in ResourceKind]: string},
	stillEnabled: (name: string) => `${name} (still enabled)`,
	attachment: (id: string) => `the attachment of the managed policy ${id} to the role`,
	leftBehind: (items: string, command: string) => `left behind: ${items || 'nothing known'}; run \`${command}\``,
	abandoned: 'abandoned before it finished',
	couldNotDelete: (items: string) => `Could not delete ${items}`,
	anAccessKey: (user: string) => `an access key for ${user}`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		nouns: {
			user: 'usuário do IAM',
			virtualMfaDevice: 'dispositivo de MFA',
			accessKey: 'chave de acesso',
			userPolicy: 'política em linha',
			role: 'função do IAM',
			managedPolicy: 'política gerenciada',
		},
		rowLabels: {
			user: 'usuário',
			virtualMfaDevice: 'disp. MFA',
			accessKey: 'chave',
			userPolicy: 'política',
			role: 'função',
			managedPolicy: 'pol. função',
		},
		deletionLabels: {
			userPolicy: 'excluir política em linha',
			// Short: beside a 20-character key id in the teardown panel at 80 columns.
			accessKey: 'excluir chave',
			mfaDeactivation: 'desativar dispositivo de MFA',
			virtualMfaDevice: 'excluir dispositivo de MFA',
			user: 'excluir usuário',
			rolePolicyDetachment: 'desanexar política da função',
			role: 'excluir função',
			managedPolicy: 'excluir política gerenciada',
		},
		pastTense: {
			userPolicy: 'excluída',
			accessKey: 'excluída',
			mfaDeactivation: 'desativado',
			virtualMfaDevice: 'excluído',
			user: 'excluído',
			rolePolicyDetachment: 'desanexada',
			role: 'excluída',
			managedPolicy: 'excluída',
		},
		everyKey: '(todas as chaves do usuário de demonstração)',
		allAccessKeys: 'as chaves de acesso do usuário de demonstração',
		theNouns: {
			user: 'o usuário do IAM',
			virtualMfaDevice: 'o dispositivo de MFA',
			accessKey: 'a chave de acesso',
			userPolicy: 'a política em linha',
			role: 'a função do IAM',
			managedPolicy: 'a política gerenciada',
		},
		stillEnabled: (name) => `${name} (ainda ativado)`,
		attachment: (id) => `o anexo da política gerenciada ${id} à função`,
		leftBehind: (items, command) => `deixado para trás: ${items || 'nada conhecido'}; execute \`${command}\``,
		abandoned: 'abandonado antes de terminar',
		couldNotDelete: (items) => `Não foi possível excluir ${items}`,
		anAccessKey: (user) => `uma chave de acesso para ${user}`,
	},
});

/** The word for the id teardown uses when the access key's id never arrived. */
export const EVERY_KEY = '*';

export const resourceNoun = (kind: ResourceKind): string => WORDS.nouns[kind];
/** What the id of a deletion call names: a detachment's id is the managed policy's ARN. */
export const idNoun = (kind: DeletionKind): string =>
	kind === 'rolePolicyDetachment' ? WORDS.nouns.managedPolicy : WORDS.nouns[DELETION_KINDS[kind].resource];
export const rowLabel = (kind: ResourceKind): string => WORDS.rowLabels[kind];
export const deletionLabel = (kind: DeletionKind): string => WORDS.deletionLabels[kind];
export const pastTense = (kind: DeletionKind): string => WORDS.pastTense[kind];

/** The part of an id a person needs: an ARN's last part (a device's or a policy's name, unique here). */
export function shownId(kind: DeletionKind, id: string): string {
	if (id === EVERY_KEY) return WORDS.everyKey;
	return DELETION_KINDS[kind].idIsArn ? id.slice(id.lastIndexOf('/') + 1) : id;
}

/** "the inline policy sts-mfa-…", "the access key AKIA…", "the MFA device sts-mfa-demo-… (still enabled)". */
export function itemWords({kind, id}: {readonly kind: DeletionKind; readonly id: string}): string {
	if (kind === 'accessKey' && id === EVERY_KEY) return WORDS.allAccessKeys;
	const {resource} = DELETION_KINDS[kind];
	const name = `${WORDS.theNouns[resource]} ${shownId(kind, id)}`;
	if (kind === 'mfaDeactivation') return WORDS.stillEnabled(name);
	// A detachment's id is the managed policy's ARN: the role it is attached to stays.
	if (kind === 'rolePolicyDetachment') return WORDS.attachment(shownId(kind, id));
	return name;
}

/** "the IAM user X, the MFA device Y": each resource once. */
export function itemsWords(items: readonly {readonly kind: DeletionKind; readonly id: string}[]): string {
	return oneItemPerResource(items).map(itemWords).join(', ');
}

/** The command that removes what a run left (it reads the run's journal). */
export const CLEANUP_COMMAND = 'sts-mfa cleanup';

/** "left behind: the IAM user X, the MFA device Y; run `sts-mfa cleanup`" — each resource once. */
export function describeLeftBehind(items: readonly {readonly kind: DeletionKind; readonly id: string}[]): string {
	return WORDS.leftBehind(itemsWords(items), CLEANUP_COMMAND);
}

/** The teardown step's error when the user left before it finished (what is left is said apart, once). */
export function teardownAbandoned(): string {
	return WORDS.abandoned;
}

/** Teardown's failure: "Could not delete the inline policy X, the access key Y". */
export function couldNotDelete(items: readonly {readonly kind: DeletionKind; readonly id: string}[]): string {
	return WORDS.couldNotDelete(itemsWords(items));
}

/** One line of the confirmation: what a step will create, by its kind and name. */
export function creationWords(kind: ResourceKind, name: string): string {
	return kind === 'accessKey' ? WORDS.anAccessKey(name) : `${WORDS.nouns[kind]} ${name}`;
}
