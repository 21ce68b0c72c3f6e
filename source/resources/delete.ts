import {AwsError} from '../aws/errors.js';
import type {IamRoleService, IamService} from '../aws/types.js';
import type {DeletionKind} from './kinds.js';

/*
 * The delete call of each kind in kinds.ts, shared by a run's teardown and `sts-mfa cleanup`: one
 * rule that "already gone" counts as done, and one way to take a role or a managed policy apart.
 */

export interface DeletionServices {
	readonly iam: IamService;
	readonly roles: IamRoleService;
}

/** What one deletion call acts on: the id, and the user or role it belongs to. */
export interface DeletionTarget {
	readonly id: string;
	readonly userName?: string;
	readonly roleName?: string;
}

type DeleteCall = (services: DeletionServices, target: DeletionTarget, signal?: AbortSignal) => Promise<unknown>;

const DELETE_CALLS: {readonly [K in DeletionKind]: DeleteCall} = {
	userPolicy: ({iam}, {id, userName = ''}, signal) => iam.deleteUserPolicy({userName, policyName: id}, signal),
	accessKey: ({iam}, {id, userName = ''}, signal) => iam.deleteAccessKey({userName, accessKeyId: id}, signal),
	mfaDeactivation: ({iam}, {id, userName = ''}, signal) =>
		iam.deactivateMfaDevice({userName, serialNumber: id}, signal),
	virtualMfaDevice: ({iam}, {id}, signal) => iam.deleteVirtualMfaDevice(id, signal),
	user: ({iam}, {id}, signal) => iam.deleteUser(id, signal),
	rolePolicyDetachment: ({roles}, {id, roleName = ''}, signal) =>
		roles.detachRolePolicy({roleName, policyArn: id}, signal),
	role: ({roles}, {id}, signal) => deleteRoleWithAttachments(roles, id, signal),
	managedPolicy: ({roles}, {id}, signal) => deleteManagedPolicy(roles, id, signal),
};

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

/** The delete call of `kind`, with "already gone" counted as done. */
export function deleteItem(
	services: DeletionServices,
	kind: DeletionKind,
	target: DeletionTarget,
	signal?: AbortSignal,
): Promise<'deleted' | 'alreadyGone'> {
	return deleteOrFindGone(() => DELETE_CALLS[kind](services, target, signal));
}

/** Every access key of a user (when the id of the one created never arrived); none when the user is gone. */
export async function accessKeysOf(iam: IamService, userName: string, signal?: AbortSignal): Promise<string[]> {
	try {
		return (await iam.listAccessKeys(userName, signal)).map((key) => key.accessKeyId);
	} catch (error) {
		if (isNotFound(error)) return [];
		throw error;
	}
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
