import {createHmac, timingSafeEqual} from 'node:crypto';
import {newSessionKeyId} from './ids.js';

/*
 * Session credentials that need no server state, the way AWS's do: the session token carries the
 * session's claims (who, until when, with or without MFA, the role and session policy), made
 * trustworthy by an HMAC under the account's session key, and the secret access key is derived
 * from the access key id with the same key. So GetSessionToken and AssumeRole store nothing, and
 * a million sessions cost no memory and no state-file write. The claims are authenticated, not
 * encrypted: they hold no secret (the secret key is never in them).
 */

/** What a session is, as its token states it. */
export interface SessionClaims {
	readonly accessKeyId: string;
	readonly expiresAt: number;
	readonly mfaAuthenticatedAt?: number;
	/** When it was issued; absent from tokens issued before the sandbox recorded it. */
	readonly issuedAt?: number;
	/** A user's session (GetSessionToken): the user's lower-cased name and id at issue time. */
	readonly user?: {readonly key: string; readonly userId: string};
	/** A role session (AssumeRole). */
	readonly role?: {readonly key: string; readonly roleId: string; readonly sessionName: string};
	/** The session policy passed to AssumeRole, as text. */
	readonly policy?: string;
	/** The default versions' documents of the managed session policies (PolicyArns), packed as AWS packs them. */
	readonly managedPolicies?: readonly string[];
}

export interface IssuedSession {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken: string;
	readonly expiresAt: number;
}

/** Looks like an AWS token's opening bytes, so clients that sniff it see nothing unusual. */
const PREFIX = 'FwoGZXIvYXdzE';
const SECRET_LENGTH = 40;
/**
 * Far above any real token: a 2,048-character session policy and ten managed session policies of
 * at most 6,144 characters each, base64url-encoded, fit.
 */
const MAX_TOKEN_LENGTH = 131_072;

export class SessionTokens {
	readonly #key: Buffer;
	readonly #issueListeners = new Set<(session: IssuedSession) => void>();

	constructor(sessionKeyHex: string) {
		this.#key = Buffer.from(sessionKeyHex, 'hex');
	}

	issue(claims: Omit<SessionClaims, 'accessKeyId'>): IssuedSession {
		const accessKeyId = newSessionKeyId();
		const payload = Buffer.from(JSON.stringify({...claims, accessKeyId}), 'utf8').toString('base64url');
		const session = {
			accessKeyId,
			secretAccessKey: this.secretOf(accessKeyId),
			sessionToken: `${PREFIX}${payload}.${this.#mac('token', payload).toString('base64url')}`,
			expiresAt: claims.expiresAt,
		};
		for (const listener of this.#issueListeners) listener(session);
		return session;
	}

	/** Told about each session issued (the leak tests must know every secret handed out). */
	onIssue(listener: (session: IssuedSession) => void): () => void {
		this.#issueListeners.add(listener);
		return () => this.#issueListeners.delete(listener);
	}

	/** The token's claims when it is authentic and issued for this access key id; undefined otherwise. */
	open(accessKeyId: string, token: string): SessionClaims | undefined {
		if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) return undefined;
		const [payload = '', mac = '', extra] = token.slice(PREFIX.length).split('.');
		if (extra !== undefined) return undefined;
		const given = Buffer.from(mac, 'base64url');
		const wanted = this.#mac('token', payload);
		if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return undefined;
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
		return claims.accessKeyId === accessKeyId ? claims : undefined;
	}

	secretOf(accessKeyId: string): string {
		return this.#mac('secret', accessKeyId).toString('base64').slice(0, SECRET_LENGTH);
	}

	#mac(purpose: string, text: string): Buffer {
		return createHmac('sha256', this.#key).update(`${purpose}\n${text}`).digest();
	}
}
