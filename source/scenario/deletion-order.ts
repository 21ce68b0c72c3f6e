import type {TeardownItemKind} from './types.js';

/**
 * The order IAM lets things go, shared by teardown and `sts-mfa cleanup`: a user only without
 * inline policies, keys and MFA devices (deactivated before deleted); a role only without attached
 * managed policies; a managed policy only once nothing is attached to it. "Already gone" counts
 * as done at every step. A complete table, so a new kind must take its place.
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
