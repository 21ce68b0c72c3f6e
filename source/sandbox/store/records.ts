/*
 * The sandbox account's state as plain data. Times are epoch milliseconds. Secrets stay in clear
 * here on purpose: they are the sandbox's own test credentials, never real AWS ones.
 */

export interface TagRecord {
	readonly key: string;
	readonly value: string;
}

/** One version of an inline policy; `document: undefined` records its deletion. */
export interface PolicyVersion {
	readonly document: string | undefined;
	readonly changedAt: number;
}

export interface UserRecord {
	readonly userName: string;
	readonly path: string;
	readonly userId: string;
	readonly arn: string;
	readonly createDate: number;
	tags: TagRecord[];
	/**
	 * Inline policies by name, oldest version first. Older versions are kept while they may still be
	 * the one in force (propagation delay).
	 */
	readonly policies: Map<string, PolicyVersion[]>;
	/** ARNs of the managed policies attached to the user, in attachment order. */
	readonly attachedPolicies: string[];
	/** The managed policy that sets the most the user may do (PutUserPermissionsBoundary). */
	permissionsBoundary?: string;
}

/** An IAM role: who may assume it (the trust policy) and what it may do (inline and attached policies). */
export interface RoleRecord {
	readonly roleName: string;
	readonly path: string;
	readonly roleId: string;
	readonly arn: string;
	readonly createDate: number;
	assumeRolePolicyDocument: string;
	/**
	 * The ids of this account's users and roles the trust policy names, by ARN, as they were when
	 * the policy was set: IAM stores principals as ids, so a namesake created later is not trusted.
	 */
	trustPrincipalIds: Record<string, string>;
	description?: string;
	maxSessionDuration: number;
	tags: TagRecord[];
	/** Inline policies by name (they take effect at once, unlike users' propagation-delayed ones). */
	readonly policies: Map<string, string>;
	readonly attachedPolicies: string[];
	/** The managed policy that sets the most the role's sessions may do. */
	permissionsBoundary?: string;
}

/** An IAM group: its members' permissions include its inline and attached policies. */
export interface GroupRecord {
	readonly groupName: string;
	readonly path: string;
	readonly groupId: string;
	readonly arn: string;
	readonly createDate: number;
	/** Lower-cased names of its users, in the order they were added. */
	readonly members: string[];
	/** Inline policies by name (they take effect at once, as roles' do). */
	readonly policies: Map<string, string>;
	readonly attachedPolicies: string[];
}

export interface ManagedPolicyVersionRecord {
	/** v1, v2, …: never reused, as IAM numbers them. */
	readonly versionId: string;
	readonly document: string;
	readonly createDate: number;
}

/** A customer managed policy and its versions (at most five); requests are judged by the default one. */
export interface ManagedPolicyRecord {
	readonly policyName: string;
	readonly path: string;
	readonly policyId: string;
	readonly arn: string;
	readonly description?: string;
	readonly createDate: number;
	readonly tags: TagRecord[];
	/** Oldest first. */
	versions: ManagedPolicyVersionRecord[];
	defaultVersionId: string;
	/** The number the next version gets. */
	nextVersion: number;
	updateDate: number;
}

export interface MfaDeviceRecord {
	readonly serialNumber: string;
	readonly path: string;
	readonly name: string;
	readonly seed: string;
	readonly tags: TagRecord[];
	/** Lower-cased name of the user it is enabled for. */
	enabledFor?: string;
	enableDate?: number;
	/** The last TOTP time step accepted; a code of that step or older is refused. */
	lastAcceptedStep?: number;
}

export interface AccessKeyRecord {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	/** Lower-cased user name. */
	readonly owner: string;
	readonly status: 'Active' | 'Inactive';
	readonly createDate: number;
}

export interface BucketRecord {
	readonly name: string;
	readonly creationDate: number;
}

export interface AdminCredentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
}

export interface AccountState {
	readonly accountId: string;
	/** When the sandbox account was made (the root user's creation time in the credential report). */
	readonly createDate: number;
	readonly admin: AdminCredentials;
	/** Keyed by lower-cased user name: IAM user names are unique regardless of case. */
	readonly users: Map<string, UserRecord>;
	readonly devices: Map<string, MfaDeviceRecord>;
	readonly accessKeys: Map<string, AccessKeyRecord>;
	readonly buckets: Map<string, BucketRecord>;
	/** Keyed by lower-cased role name: role names are unique regardless of case. */
	readonly roles: Map<string, RoleRecord>;
	/** Keyed by ARN. */
	readonly managedPolicies: Map<string, ManagedPolicyRecord>;
	/** Keyed by lower-cased group name: group names are unique regardless of case. */
	readonly groups: Map<string, GroupRecord>;
	/** When GenerateCredentialReport last made the report (absent: never). */
	credentialReportAt?: number;
	/**
	 * The key that authenticates session tokens (hex). Sessions carry their own claims, so the
	 * sandbox keeps no state per session; the key is what makes the claims trustworthy.
	 */
	readonly sessionKey: string;
}

export const userKey = (userName: string): string => userName.toLowerCase();

/** The document requests are judged by: the default version's. */
export function defaultDocument(policy: ManagedPolicyRecord): string {
	const version = policy.versions.find((candidate) => candidate.versionId === policy.defaultVersionId);
	return version?.document ?? '';
}
