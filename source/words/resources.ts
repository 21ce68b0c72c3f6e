import {DELETION_KINDS, type DeletionKind, oneItemPerResource, type ResourceKind} from '../resources/kinds.js';

/*
 * The words for each kind of resource (resources/kinds.ts), wherever a person reads one: the
 * confirmation, the Resources panel, teardown, the start-up offer, cleanup, what is left behind.
 * Dependency-free apart from the table: the reducer and the first frame use it.
 */

/** What the resource is, as a person calls it. */
const NOUNS: {readonly [K in ResourceKind]: string} = {
	user: 'IAM user',
	virtualMfaDevice: 'MFA device',
	accessKey: 'access key',
	userPolicy: 'inline policy',
	role: 'IAM role',
	managedPolicy: 'managed policy',
};

/** The Resources panel's label column (11 columns wide). */
const ROW_LABELS: {readonly [K in ResourceKind]: string} = {
	user: 'user',
	virtualMfaDevice: 'MFA device',
	accessKey: 'access key',
	userPolicy: 'policy',
	role: 'role',
	managedPolicy: 'role policy',
};

/** Each deletion call, as teardown lists it. */
const DELETION_LABELS: {readonly [K in DeletionKind]: string} = {
	userPolicy: 'delete inline policy',
	accessKey: 'delete access key',
	mfaDeactivation: 'deactivate MFA device',
	virtualMfaDevice: 'delete MFA device',
	user: 'delete user',
	rolePolicyDetachment: 'detach managed policy from role',
	role: 'delete role',
	managedPolicy: 'delete managed policy',
};

/** What a step on a resource did, once done (a deletion says "deleted"). */
const PAST_TENSE: {readonly [K in DeletionKind]?: string} = {
	mfaDeactivation: 'deactivated',
	rolePolicyDetachment: 'detached',
};

/** The word for the id teardown uses when the access key's id never arrived. */
export const EVERY_KEY = '*';

export const resourceNoun = (kind: ResourceKind): string => NOUNS[kind];
/** What the id of a deletion call names: a detachment's id is the managed policy's ARN. */
export const idNoun = (kind: DeletionKind): string =>
	kind === 'rolePolicyDetachment' ? NOUNS.managedPolicy : NOUNS[DELETION_KINDS[kind].resource];
export const rowLabel = (kind: ResourceKind): string => ROW_LABELS[kind];
export const deletionLabel = (kind: DeletionKind): string => DELETION_LABELS[kind];
export const pastTense = (kind: DeletionKind): string => PAST_TENSE[kind] ?? 'deleted';

/** The part of an id a person needs: an ARN's last part (a device's or a policy's name, unique here). */
export function shownId(kind: DeletionKind, id: string): string {
	if (id === EVERY_KEY) return '(every key of the demo user)';
	return DELETION_KINDS[kind].idIsArn ? id.slice(id.lastIndexOf('/') + 1) : id;
}

/** "the inline policy sts-mfa-…", "the access key AKIA…", "the MFA device sts-mfa-demo-… (still enabled)". */
export function itemWords({kind, id}: {readonly kind: DeletionKind; readonly id: string}): string {
	if (kind === 'accessKey' && id === EVERY_KEY) return 'the access keys of the demo user';
	const {resource} = DELETION_KINDS[kind];
	const name = `the ${NOUNS[resource]} ${shownId(kind, id)}`;
	if (kind === 'mfaDeactivation') return `${name} (still enabled)`;
	// A detachment's id is the managed policy's ARN: the role it is attached to stays.
	if (kind === 'rolePolicyDetachment')
		return `the attachment of the ${NOUNS.managedPolicy} ${shownId(kind, id)} to the role`;
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
	return `left behind: ${itemsWords(items) || 'nothing known'}; run \`${CLEANUP_COMMAND}\``;
}

/** The teardown step's error when the user left before it finished (what is left is said apart, once). */
export const TEARDOWN_ABANDONED = 'abandoned before it finished';

/** Teardown's failure: "Could not delete the inline policy X, the access key Y". */
export function couldNotDelete(items: readonly {readonly kind: DeletionKind; readonly id: string}[]): string {
	return `Could not delete ${itemsWords(items)}`;
}

/** One line of the confirmation: what a step will create, by its kind and name. */
export function creationWords(kind: ResourceKind, name: string): string {
	return kind === 'accessKey' ? 'an access key for the user' : `${NOUNS[kind]} ${name}`;
}
