import {StsMfaError} from '../../errors.js';
import {parsedPolicy} from '../policy/parsed-cache.js';
import type {PolicyDocument} from '../policy/types.js';
import type {Principal} from '../types.js';
import {AccessKeys} from './access-keys.js';
import {Buckets, demoBuckets} from './buckets.js';
import type {StoreContext} from './context.js';
import {newAccessKeyId, newAccountId, newSecretAccessKey, newSessionKey} from './ids.js';
import {GroupDirectory} from './groups.js';
import {InlinePolicies} from './inline-policies.js';
import {ManagedPolicies} from './managed-policies.js';
import {MfaDevices} from './mfa-devices.js';
import {PolicyVersions} from './policy-versions.js';
import {type AccountState, type AdminCredentials, defaultDocument, type ManagedPolicyRecord} from './records.js';
import {RoleDirectory} from './roles.js';
import {sessionPrincipal} from './session-principal.js';
import {SessionTokens} from './session-tokens.js';
import {fromSnapshot, type StoreSnapshot, toSnapshot} from './snapshot.js';
import {UserDirectory} from './users.js';

export interface SandboxStoreOptions {
	/** 12 digits; random when absent. */
	readonly accountId?: string;
	/** The administrator's credentials; random when absent. */
	readonly credentials?: AdminCredentials;
	/** New access keys and user policy changes take effect only after this many ms (default 0). */
	readonly propagationDelayMs?: number;
	readonly now?: () => number;
}

/** A policy as the simulator names it: its name and where it comes from (PolicySourceType). */
export interface NamedPolicy {
	readonly policyName: string;
	readonly document: string;
	readonly type: 'user' | 'role' | 'group' | 'user-managed';
}

export interface PolicyTexts {
	readonly identity: readonly NamedPolicy[];
	readonly boundary?: NamedPolicy;
}

export interface Permissions {
	readonly identity: readonly PolicyDocument[] | 'admin';
	/** The permissions boundary: an action needs it to allow as well. */
	readonly boundary?: PolicyDocument;
}

const NOTHING = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"*","Resource":"*"}]}';

export type ResolvedCredentials =
	| {readonly secretAccessKey: string; readonly sessionToken?: string; readonly principal: Principal}
	| {readonly error: 'unknown' | 'expired' | 'badToken'};

/**
 * One sandbox account's state and its rules (uniqueness, limits, delete conflicts, TOTP). The
 * actions call the parts (`users`, `roles`, …); the transport calls resolveCredentials,
 * permissionsOf, onChange and toJSON.
 */
export class SandboxStore {
	readonly accountId: string;
	readonly adminCredentials: AdminCredentials;
	readonly propagationDelayMs: number;
	readonly now: () => number;
	readonly users: UserDirectory;
	readonly roles: RoleDirectory;
	readonly mfaDevices: MfaDevices;
	readonly accessKeys: AccessKeys;
	readonly inlinePolicies: InlinePolicies;
	readonly managedPolicies: ManagedPolicies;
	readonly policyVersions: PolicyVersions;
	readonly groups: GroupDirectory;
	readonly buckets: Buckets;
	readonly sessions: SessionTokens;
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
		this.roles = new RoleDirectory(context);
		this.mfaDevices = new MfaDevices(context, this.users);
		this.accessKeys = new AccessKeys(context, this.users);
		this.inlinePolicies = new InlinePolicies(context, this.users);
		this.managedPolicies = new ManagedPolicies(context, this.users);
		this.policyVersions = new PolicyVersions(context, this.managedPolicies);
		this.groups = new GroupDirectory(context, this.users);
		this.buckets = new Buckets(context);
		this.sessions = new SessionTokens(this.#state.sessionKey);
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

	/**
	 * Who an access key id belongs to, for SigV4 verification; `now` decides expiry and propagation.
	 * A session key (ASIA…) is known only through its token, which the request must carry.
	 */
	resolveCredentials(accessKeyId: string, now: number, sessionToken?: string): ResolvedCredentials {
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
				accountId: this.accountId,
				arn: user.arn,
				userId: user.userId,
				userName: user.userName,
				kind: 'user' as const,
				accessKeyId,
			};
			return {secretAccessKey: key.secretAccessKey, principal};
		}
		if (!accessKeyId.startsWith('ASIA') || sessionToken === undefined) return {error: 'unknown'};
		const claims = this.sessions.open(accessKeyId, sessionToken);
		if (!claims) return {error: 'badToken'};
		if (now >= claims.expiresAt) return {error: 'expired'};
		const principal = sessionPrincipal(this.#state, claims, this.#adminPrincipal(accessKeyId));
		// The user or role was deleted (or replaced by a namesake) since: the session dies with it.
		if (!principal) return {error: 'unknown'};
		return {secretAccessKey: this.sessions.secretOf(accessKeyId), sessionToken, principal};
	}

	/**
	 * What a principal may do at `now`: its identity policies ('admin' = full access) — a user's
	 * inline, attached and groups' policies, or a role session's role's — and its permissions
	 * boundary. A session policy narrows these further; the router evaluates it separately
	 * (sessionPolicyOf).
	 */
	permissionsOf(principal: Principal, now: number): Permissions {
		if (principal.kind === 'admin' || principal.arn === this.#rootArn()) return {identity: 'admin'};
		const texts = this.policyTextsOf(principal, now);
		if (!texts) return {identity: []};
		const identity = texts.identity.map((policy) => parsedPolicy(policy.document));
		return texts.boundary === undefined ? {identity} : {identity, boundary: parsedPolicy(texts.boundary.document)};
	}

	/**
	 * The texts behind permissionsOf, named as the simulator names them; undefined when the user or
	 * role is gone (or is a namesake of the one the principal was).
	 */
	policyTextsOf(principal: Principal, now: number): PolicyTexts | undefined {
		if (principal.role) {
			const role = this.roles.find(principal.role.roleName);
			if (role?.roleId !== principal.role.roleId) return undefined;
			return this.roleTexts(role.roleName);
		}
		const user = principal.userName === undefined ? undefined : this.users.find(principal.userName);
		if (!user || user.userId !== principal.userId) return undefined;
		return this.userTexts(user.userName, now);
	}

	/** A user's policies in force at `now` (inline as they were propagationDelayMs ago), groups' included. */
	userTexts(userName: string, now: number): PolicyTexts {
		const user = this.users.get(userName);
		const groups = this.groups.groupsOf(user.userName);
		const identity: NamedPolicy[] = [
			...this.inlinePolicies.textsInForce(user, now).map((policy) => ({...policy, type: 'user' as const})),
			...this.#managed(this.managedPolicies.attachedTo('user', user.userName)),
			...groups.flatMap((group) =>
				[...group.policies].map(([policyName, document]) => ({policyName, document, type: 'group' as const})),
			),
			...groups.flatMap((group) => this.#managed(this.managedPolicies.attachedTo('group', group.groupName))),
		];
		return this.#withBoundary(identity, user.permissionsBoundary);
	}

	roleTexts(roleName: string): PolicyTexts {
		const role = this.roles.get(roleName);
		const identity: NamedPolicy[] = [
			...[...role.policies].map(([policyName, document]) => ({policyName, document, type: 'role' as const})),
			...this.#managed(this.managedPolicies.attachedTo('role', role.roleName)),
		];
		return this.#withBoundary(identity, role.permissionsBoundary);
	}

	#managed(policies: readonly ManagedPolicyRecord[]): NamedPolicy[] {
		return policies.map((policy) => ({
			policyName: policy.policyName,
			document: defaultDocument(policy),
			type: 'user-managed' as const,
		}));
	}

	/** A boundary whose policy is gone allows nothing (DeletePolicy refuses that, but a state file may say so). */
	#withBoundary(identity: NamedPolicy[], arn: string | undefined): PolicyTexts {
		if (arn === undefined) return {identity};
		const policy = this.managedPolicies.find(arn);
		const boundary = {
			policyName: policy?.policyName ?? arn,
			document: policy ? defaultDocument(policy) : NOTHING,
			type: 'user-managed' as const,
		};
		return {identity, boundary};
	}

	createdAt(): number {
		return this.#state.createDate;
	}

	/** When GenerateCredentialReport last made the credential report; undefined when never. */
	credentialReportAt(): number | undefined {
		return this.#state.credentialReportAt;
	}

	generateCredentialReport(now: number): void {
		this.#state.credentialReportAt = now;
		this.#notify();
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
		createDate: now,
		admin: {accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey},
		users: new Map(),
		devices: new Map(),
		accessKeys: new Map(),
		buckets: new Map(demoBuckets(accountId, now).map((bucket) => [bucket.name, bucket])),
		roles: new Map(),
		managedPolicies: new Map(),
		groups: new Map(),
		sessionKey: newSessionKey(),
	};
}
