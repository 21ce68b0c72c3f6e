/*
 * The sandbox account's state as plain data. Times are epoch milliseconds. Secrets stay in clear
 * here on purpose: they are the sandbox's own test credentials (see STYLE/AWS-BEHAVIOUR).
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

export interface SessionRecord {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken: string;
	readonly expiresAt: number;
	/** The user who called GetSessionToken (lower-cased name and id); absent for the administrator. */
	readonly user?: {readonly key: string; readonly userId: string};
	readonly mfaAuthenticatedAt?: number;
}

export interface AdminCredentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
}

export interface AccountState {
	readonly accountId: string;
	readonly admin: AdminCredentials;
	/** Keyed by lower-cased user name: IAM user names are unique regardless of case. */
	readonly users: Map<string, UserRecord>;
	readonly devices: Map<string, MfaDeviceRecord>;
	readonly accessKeys: Map<string, AccessKeyRecord>;
	readonly buckets: Map<string, BucketRecord>;
	readonly sessions: Map<string, SessionRecord>;
}

export const userKey = (userName: string): string => userName.toLowerCase();
