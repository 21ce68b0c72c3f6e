import type {TeardownItemKind} from './scenario/types.js';

/*
 * The one wording for what a run could not delete, wherever it is said: the dashboard's notice,
 * the line printed on the normal screen after the dashboard, the plain log, an exit summary. It
 * always names the command that removes the rest. Dependency-free: the reducer uses it, and the
 * journal code must not load before the dashboard's first frame.
 */

const RESOURCE_NAMES: Record<TeardownItemKind, string> = {
	userPolicy: 'inline policy',
	accessKey: 'access key',
	mfaDeactivation: 'MFA device',
	virtualMfaDevice: 'virtual MFA device',
	user: 'user',
	rolePolicyDetachment: 'role policy attachment',
	role: 'role',
	managedPolicy: 'managed policy',
};

/**
 * Each resource once: deactivating a device and deleting it are two steps on one resource; so are
 * detaching a role's managed policy and deleting the role (the policy itself is named on its own).
 */
export function oneItemPerResource<T extends {readonly kind: TeardownItemKind; readonly id: string}>(
	items: readonly T[],
): T[] {
	return items.filter((item) => {
		if (item.kind === 'mfaDeactivation')
			return !items.some((other) => other.kind === 'virtualMfaDevice' && other.id === item.id);
		if (item.kind === 'rolePolicyDetachment') return !items.some((other) => other.kind === 'role');
		return true;
	});
}

/** "left behind: user X, virtual MFA device Y; run `sts-mfa cleanup`" — each resource once. */
export function describeLeftBehind(items: readonly {readonly kind: TeardownItemKind; readonly id: string}[]): string {
	const resources = oneItemPerResource(items).map((item) => `${RESOURCE_NAMES[item.kind]} ${item.id}`);
	return `left behind: ${resources.join(', ') || 'nothing known'}; run \`sts-mfa cleanup\``;
}
