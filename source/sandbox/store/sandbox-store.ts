import {StsMfaError} from '../../errors.js';
import type {PolicyDocument} from '../policy/types.js';
import type {Principal} from '../types.js';
import {AccessKeys} from './access-keys.js';
import {Buckets, demoBuckets} from './buckets.js';
import type {StoreContext} from './context.js';
import {newAccessKeyId, newAccountId, newSecretAccessKey} from './ids.js';
import {InlinePolicies} from './inline-policies.js';
import {MfaDevices} from './mfa-devices.js';
import type {AccountState, AdminCredentials, SessionRecord} from './records.js';
import {Sessions} from './sessions.js';
import {fromSnapshot, type StoreSnapshot, toSnapshot} from './snapshot.js';
import {UserDirectory} from './users.js';

export interface SandboxStoreOptions {
	/** 12 digits; random when absent. */
	readonly accountId?: string;
	/** The administrator's credentials; random when absent. */
	readonly credentials?: AdminCredentials;
	/** New access keys and policy changes take effect only after this many ms (default 0). */
	readonly propagationDelayMs?: number;
	readonly now?: () => number;
}

export type ResolvedCredentials =
	| {readonly secretAccessKey: string; readonly sessionToken?: string; readonly principal: Principal}
	| {readonly error: 'unknown' | 'expired'};

/**
 * One sandbox account's state and its rules (uniqueness, limits, delete conflicts, TOTP). The
 * actions call the parts (`users`, `mfaDevices`, …); the transport calls resolveCredentials,
 * policiesFor, onChange and toJSON.
 */
export class SandboxStore {
	readonly accountId: string;
	readonly adminCredentials: AdminCredentials;
	readonly propagationDelayMs: number;
	readonly now: () => number;
	readonly users: UserDirectory;
	readonly mfaDevices: MfaDevices;
	readonly accessKeys: AccessKeys;
	readonly inlinePolicies: InlinePolicies;
	readonly buckets: Buckets;
	readonly sessions: Sessions;
	readonly #state: AccountState;
	readonly #listeners = new Set<() => void>();

	constructor(options: SandboxStoreOptions = {}, state?: AccountState) {
		this.now = options.now ?? Date.now;
		this.propagationDelayMs = Math.max(0, options.propagationDelayMs ?? 0);
		this.#state = state ?? newAccountState(options, this.now());
		this.accountId = this.#state.accountId;
		this.adminCredentials = this.#state.admin;
		const context: StoreContext = {
			state: this.#state,
			propagationDelayMs: this.propagationDelayMs,
			changed: () => this.#notify(),
		};
		this.users = new UserDirectory(context);
		this.mfaDevices = new MfaDevices(context, this.users);
		this.accessKeys = new AccessKeys(context, this.users);
		this.inlinePolicies = new InlinePolicies(context, this.users);
		this.buckets = new Buckets(context);
		this.sessions = new Sessions(context);
	}

	static fromJSON(json: unknown, options: SandboxStoreOptions = {}): SandboxStore {
		const state = fromSnapshot(json, options.credentials);
		return new SandboxStore(options, state);
	}

	toJSON(): StoreSnapshot {
		return toSnapshot(this.#state);
	}

	/** Called after every mutation (the transport persists the state). Returns an unsubscribe. */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Who an access key id belongs to, for SigV4 verification; `now` decides expiry and propagation. */
	resolveCredentials(accessKeyId: string, now: number): ResolvedCredentials {
		const {admin, accessKeys, users} = this.#state;
		if (accessKeyId === admin.accessKeyId) {
			return {secretAccessKey: admin.secretAccessKey, principal: this.#adminPrincipal(accessKeyId)};
		}
		const key = accessKeys.get(accessKeyId);
		if (key) {
			const user = users.get(key.owner);
			// Like AWS's eventual consistency: a brand-new key is not known everywhere yet.
			if (!user || key.status !== 'Active' || now - key.createDate < this.propagationDelayMs) return {error: 'unknown'};
			const principal = {
				...this.#userPrincipal(user.userName, user.userId, user.arn),
				kind: 'user' as const,
				accessKeyId,
			};
			return {secretAccessKey: key.secretAccessKey, principal};
		}
		const session = this.sessions.find(accessKeyId);
		if (!session) return {error: 'unknown'};
		if (now >= session.expiresAt) return {error: 'expired'};
		const principal = this.#sessionPrincipal(session);
		return principal
			? {secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken, principal}
			: {error: 'unknown'};
	}

	/** The identity policies that apply to a principal at `now` ('admin' = full access). */
	policiesFor(principal: Principal, now: number): readonly PolicyDocument[] | 'admin' {
		if (principal.kind === 'admin' || principal.arn === this.#rootArn()) return 'admin';
		const user = principal.userName === undefined ? undefined : this.users.find(principal.userName);
		if (!user || user.userId !== principal.userId) return [];
		return this.inlinePolicies.inForce(user, now);
	}

	#sessionPrincipal(session: SessionRecord): Principal | undefined {
		const sessionFacts = {
			expiresAt: session.expiresAt,
			...(session.mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt: session.mfaAuthenticatedAt}),
		};
		if (!session.user) return {...this.#adminPrincipal(session.accessKeyId), kind: 'session', session: sessionFacts};
		const user = this.#state.users.get(session.user.key);
		// The user was deleted (or replaced by a namesake) since: the session dies with it.
		if (user?.userId !== session.user.userId) return undefined;
		const identity = this.#userPrincipal(user.userName, user.userId, user.arn);
		return {...identity, kind: 'session', accessKeyId: session.accessKeyId, session: sessionFacts};
	}

	#userPrincipal(userName: string, userId: string, arn: string) {
		return {accountId: this.accountId, arn, userId, userName};
	}

	#adminPrincipal(accessKeyId: string): Principal {
		return {kind: 'admin', accountId: this.accountId, arn: this.#rootArn(), userId: this.accountId, accessKeyId};
	}

	#rootArn(): string {
		return `arn:aws:iam::${this.accountId}:root`;
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}

function newAccountState(options: SandboxStoreOptions, now: number): AccountState {
	const accountId = options.accountId ?? newAccountId();
	if (!/^\d{12}$/.test(accountId)) {
		throw new StsMfaError('SandboxAccountId', `The sandbox account id must be 12 digits, not "${accountId}".`);
	}
	const admin = options.credentials ?? {accessKeyId: newAccessKeyId(), secretAccessKey: newSecretAccessKey()};
	return {
		accountId,
		admin: {accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey},
		users: new Map(),
		devices: new Map(),
		accessKeys: new Map(),
		buckets: new Map(demoBuckets(accountId, now).map((bucket) => [bucket.name, bucket])),
		sessions: new Map(),
	};
}
