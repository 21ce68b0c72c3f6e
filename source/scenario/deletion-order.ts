import {AwsError} from '../aws/errors.js';
import type {IamRoleService} from '../aws/types.js';
import type {TeardownItemKind} from './types.js';

/*
 * How sts-mfa deletes, shared by a run's teardown and `sts-mfa cleanup`: one order, one rule that
 * "already gone" counts as done, and one way to take a role or a managed policy apart.
 */

/**
 * The order IAM lets things go: a user only without inline policies, keys and MFA devices
 * (deactivated before deleted); a role only without attached managed policies and inline
 * policies; a managed policy only once nothing is attached to it. A complete table, so a new
 * kind must take its place.
 */
const RANK: {readonly [K in TeardownItemKind]: number} = {
	userPolicy: 0,
	accessKey: 1,
	mfaDeactivation: 2,
	virtualMfaDevice: 3,
	user: 4,
	rolePolicyDetachment: 5,
	role: 6,
	managedPolicy: 7,
};

export const DELETION_ORDER = (Object.keys(RANK) as TeardownItemKind[]).sort((a, b) => RANK[a] - RANK[b]);

/** The items sorted into DELETION_ORDER; items of one kind keep their order. */
export function inDeletionOrder<T extends {readonly kind: TeardownItemKind}>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}

function isNotFound(error: unknown): boolean {
	return error instanceof AwsError && error.kind === 'notFound';
}

/** Runs one deletion. Something already gone counts as done (teardown and cleanup must be safe to repeat); other failures throw. */
export async function deleteOrFindGone(action: () => Promise<unknown>): Promise<'deleted' | 'alreadyGone'> {
	try {
		await action();
		return 'deleted';
	} catch (error) {
		if (isNotFound(error)) return 'alreadyGone';
		throw error;
	}
}

/** deleteOrFindGone for callers that need not say which it was. */
export async function ignoringNotFound(action: () => Promise<unknown>): Promise<void> {
	await deleteOrFindGone(action);
}

/**
 * A role goes only without attached managed policies and inline policies: whatever is still
 * there (someone may have added some) goes first. Throws notFound when the role itself is gone.
 */
export async function deleteRoleWithAttachments(
	roles: IamRoleService,
	roleName: string,
	signal?: AbortSignal,
): Promise<void> {
	for (const policyArn of await roles.listAttachedRolePolicies(roleName, signal))
		await ignoringNotFound(() => roles.detachRolePolicy({roleName, policyArn}, signal));
	for (const policyName of await roles.listRolePolicies(roleName, signal))
		await ignoringNotFound(() => roles.deleteRolePolicy({roleName, policyName}, signal));
	await roles.deleteRole(roleName, signal);
}

/**
 * The run's own policy has one version, so DeletePolicy usually succeeds at once; IAM answers
 * DeleteConflict while non-default versions remain (someone edited it): those go, then the
 * policy. Throws notFound when the policy is gone.
 */
export async function deleteManagedPolicy(
	roles: IamRoleService,
	policyArn: string,
	signal?: AbortSignal,
): Promise<void> {
	try {
		await roles.deletePolicy(policyArn, signal);
	} catch (error) {
		if (!(error instanceof AwsError && error.kind === 'conflict')) throw error;
		for (const versionId of await roles.listNonDefaultPolicyVersions(policyArn, signal))
			await ignoringNotFound(() => roles.deletePolicyVersion({policyArn, versionId}, signal));
		await roles.deletePolicy(policyArn, signal);
	}
}
