import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {entityAlreadyExists, limitExceeded} from './errors.js';
import {groupKey, noSuchGroup} from './groups.js';
import {newPolicyId} from './ids.js';
import {checkManagedPolicySize} from './policy-size.js';
import type {GroupRecord, ManagedPolicyRecord, RoleRecord, TagRecord, UserRecord} from './records.js';
import {noSuchRole, roleKey} from './roles.js';
import {compareKeys, type UserDirectory} from './users.js';

/** IAM's default quota of managed policies attached to one user, role or group. */
const MAX_ATTACHED = 10;
const QUOTA_NAMES = {user: 'PoliciesPerUser', role: 'PoliciesPerRole', group: 'PoliciesPerGroup'} as const;

export const noSuchPolicy = (arn: string) => new SandboxError('NoSuchEntity', `Policy ${arn} was not found.`, 404);
const notAttachable = (arn: string) =>
	new SandboxError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);

export interface NewManagedPolicy {
	readonly policyName: string;
	readonly path: string;
	/** Already validated by parsePolicyDocument. */
	readonly document: string;
	readonly description?: string;
	readonly tags: readonly TagRecord[];
}

export type AttacheeKind = 'user' | 'role' | 'group';
/** An entity that managed policies attach to. */
type Attachee =
	| {kind: 'user'; record: UserRecord}
	| {kind: 'role'; record: RoleRecord}
	| {kind: 'group'; record: GroupRecord};

/** Customer managed policies and their attachments to users, roles and groups (and use as boundaries). */
export class ManagedPolicies {
	readonly #context: StoreContext;
	readonly #users: UserDirectory;

	constructor(context: StoreContext, users: UserDirectory) {
		this.#context = context;
		this.#users = users;
	}

	arnOf(path: string, policyName: string): string {
		return `arn:aws:iam::${this.#context.state.accountId}:policy${path}${policyName}`;
	}

	create(input: NewManagedPolicy, now: number): ManagedPolicyRecord {
		const arn = this.arnOf(input.path, input.policyName);
		const {managedPolicies} = this.#context.state;
		// Names are unique in the account whatever the path, as on IAM.
		if ([...managedPolicies.values()].some((policy) => policy.policyName === input.policyName)) {
			throw entityAlreadyExists(`A policy called ${input.policyName} already exists. Duplicate names are not allowed.`);
		}
		checkManagedPolicySize(input.document);
		const {document, ...rest} = input;
		const policy: ManagedPolicyRecord = {
			...rest,
			tags: [...input.tags],
			arn,
			policyId: newPolicyId(),
			createDate: now,
			versions: [{versionId: 'v1', document, createDate: now}],
			defaultVersionId: 'v1',
			nextVersion: 2,
			updateDate: now,
		};
		managedPolicies.set(arn, policy);
		this.#context.changed();
		return policy;
	}

	get(arn: string): ManagedPolicyRecord {
		const policy = this.#context.state.managedPolicies.get(arn);
		if (!policy) throw noSuchPolicy(arn);
		return policy;
	}

	find(arn: string): ManagedPolicyRecord | undefined {
		return this.#context.state.managedPolicies.get(arn);
	}

	list(filter: {pathPrefix?: string; onlyAttached?: boolean} = {}): ManagedPolicyRecord[] {
		return [...this.#context.state.managedPolicies.values()]
			.filter((policy) => policy.path.startsWith(filter.pathPrefix ?? '/'))
			.filter((policy) => !filter.onlyAttached || this.attachmentCount(policy.arn) > 0)
			.sort((a, b) => compareKeys(a.policyName, b.policyName));
	}

	attachmentCount(arn: string): number {
		const {users, roles, groups} = this.entitiesOf(arn);
		return users.length + roles.length + groups.length;
	}

	entitiesOf(arn: string): {users: UserRecord[]; roles: RoleRecord[]; groups: GroupRecord[]} {
		const {state} = this.#context;
		const attached = (entity: {attachedPolicies: readonly string[]}) => entity.attachedPolicies.includes(arn);
		return {
			users: [...state.users.values()].filter(attached),
			roles: [...state.roles.values()].filter(attached),
			groups: [...state.groups.values()].filter(attached),
		};
	}

	/** The users and roles whose permissions boundary this policy is. */
	boundaryUsageCount(arn: string): number {
		const {state} = this.#context;
		const bounded = (entity: {permissionsBoundary?: string}) => entity.permissionsBoundary === arn;
		return [...state.users.values()].filter(bounded).length + [...state.roles.values()].filter(bounded).length;
	}

	/** As IAM: refused while attached, used as a boundary, or with versions besides the default. */
	delete(arn: string): void {
		const policy = this.get(arn);
		if (this.attachmentCount(arn) > 0) {
			throw new SandboxError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
		}
		if (this.boundaryUsageCount(arn) > 0) {
			throw new SandboxError('DeleteConflict', 'Cannot delete a policy used as a permissions boundary.', 409);
		}
		if (policy.versions.length > 1) {
			throw new SandboxError(
				'DeleteConflict',
				"This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
				409,
			);
		}
		this.#context.state.managedPolicies.delete(arn);
		this.#context.changed();
	}

	/** Attaching a policy that is already attached changes nothing, as on IAM. */
	attach(kind: AttacheeKind, name: string, arn: string): void {
		const entity = this.#entity(kind, name);
		if (!this.find(arn)) throw notAttachable(arn);
		const attached = entity.record.attachedPolicies;
		if (attached.includes(arn)) return;
		if (attached.length >= MAX_ATTACHED)
			throw limitExceeded(`Cannot exceed quota for ${QUOTA_NAMES[kind]}: ${MAX_ATTACHED}`);
		attached.push(arn);
		this.#context.changed();
	}

	detach(kind: AttacheeKind, name: string, arn: string): void {
		const attached = this.#entity(kind, name).record.attachedPolicies;
		const index = attached.indexOf(arn);
		if (index === -1) throw noSuchPolicy(arn);
		attached.splice(index, 1);
		this.#context.changed();
	}

	attachedTo(kind: AttacheeKind, name: string): ManagedPolicyRecord[] {
		return this.#entity(kind, name).record.attachedPolicies.flatMap((arn) => this.find(arn) ?? []);
	}

	/** A boundary named at CreateUser or CreateRole must exist before anything is created. */
	requireAttachable(arn: string): void {
		if (!this.find(arn)) throw notAttachable(arn);
	}

	/** PutUserPermissionsBoundary / PutRolePermissionsBoundary; `undefined` deletes it. */
	setBoundary(kind: 'user' | 'role', name: string, arn: string | undefined): void {
		const {record} = this.#entity(kind, name) as Extract<Attachee, {kind: 'user' | 'role'}>;
		if (arn !== undefined && !this.find(arn)) throw notAttachable(arn);
		if (arn === undefined && record.permissionsBoundary === undefined) {
			throw new SandboxError('NoSuchEntity', `The ${kind} with name ${name} has no permissions boundary.`, 404);
		}
		if (arn === undefined) delete record.permissionsBoundary;
		else record.permissionsBoundary = arn;
		this.#context.changed();
	}

	#entity(kind: AttacheeKind, name: string): Attachee {
		if (kind === 'user') return {kind, record: this.#users.get(name)};
		if (kind === 'group') {
			const group = this.#context.state.groups.get(groupKey(name));
			if (!group) throw noSuchGroup(name);
			return {kind, record: group};
		}
		const role = this.#context.state.roles.get(roleKey(name));
		if (!role) throw noSuchRole(name);
		return {kind, record: role};
	}
}
