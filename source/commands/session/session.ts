import type {Secret} from '../../secret.js';

/** A session from GetSessionToken, with what it was made from (kept with it in the cache). */
export interface CachedSession {
	readonly accessKeyId: string;
	readonly secretAccessKey: Secret;
	readonly sessionToken: Secret;
	readonly expiration: Date;
	/** The MFA device the code came from. */
	readonly serialNumber: string;
	/** Who asked: the source credentials' identity (never their secret). */
	readonly sourceArn: string;
	readonly sourceAccessKeyId: string;
	/** Where the session works: handed on to `exec`'s command. */
	readonly region?: string;
	readonly endpoint?: string;
}

/**
 * What names a session in the cache, known without the SDK: the source (profile and, where the
 * shared files or the environment hold one, its long-term key id), which device, for how long,
 * and where (an endpoint other than AWS's has sessions of its own).
 */
export interface SessionRequest {
	readonly profile?: string;
	readonly sourceAccessKeyId?: string;
	/** --serial or the profile's mfa_serial; undefined: discovered with ListMFADevices. */
	readonly serialNumber?: string;
	readonly durationSeconds: number;
	readonly endpoint?: string;
}
