import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {entityAlreadyExists, limitExceeded} from './errors.js';
import {newPolicyId} from './ids.js';
import {checkManagedPolicySize} from './policy-size.js';
import type {ManagedPolicyRecord, RoleRecord, TagRecord, UserRecord} from './records.js';
import {noSuchRole, roleKey} from './roles.js';
import {compareKeys, type UserDirectory} from './users.js';

/** IAM's default quota of managed policies attached to one user or role. */
const MAX_ATTACHED = 10;

const notFound = (arn: string) => new SandboxError('NoSuchEntity', `Policy ${arn} was not found.`, 404);
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

/** An entity that managed policies attach to. */
type Attachee = {kind: 'user'; record: UserRecord} | {kind: 'role'; record: RoleRecord};

/** Customer managed policies (one version each, v1) and their attachments to users and roles. */
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
		const policy: ManagedPolicyRecord = {
			...input,
			tags: [...input.tags],
			arn,
			policyId: newPolicyId(),
			createDate: now,
		};
		managedPolicies.set(arn, policy);
		this.#context.changed();
		return policy;
	}

	get(arn: string): ManagedPolicyRecord {
		const policy = this.#context.state.managedPolicies.get(arn);
		if (!policy) throw notFound(arn);
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
		const {users, roles} = this.entitiesOf(arn);
		return users.length + roles.length;
	}

	entitiesOf(arn: string): {users: UserRecord[]; roles: RoleRecord[]} {
		const {state} = this.#context;
		return {
			users: [...state.users.values()].filter((user) => user.attachedPolicies.includes(arn)),
			roles: [...state.roles.values()].filter((role) => role.attachedPolicies.includes(arn)),
		};
	}

	delete(arn: string): void {
		this.get(arn);
		if (this.attachmentCount(arn) > 0) {
			throw new SandboxError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
		}
		this.#context.state.managedPolicies.delete(arn);
		this.#context.changed();
	}

	/** Attaching a policy that is already attached changes nothing, as on IAM. */
	attach(kind: Attachee['kind'], name: string, arn: string): void {
		const entity = this.#entity(kind, name);
		if (!this.find(arn)) throw notAttachable(arn);
		const attached = entity.record.attachedPolicies;
		if (attached.includes(arn)) return;
		if (attached.length >= MAX_ATTACHED) {
			throw limitExceeded(`Cannot exceed quota for PoliciesPer${kind === 'user' ? 'User' : 'Role'}: ${MAX_ATTACHED}`);
		}
		attached.push(arn);
		this.#context.changed();
	}

	detach(kind: Attachee['kind'], name: string, arn: string): void {
		const attached = this.#entity(kind, name).record.attachedPolicies;
		const index = attached.indexOf(arn);
		if (index === -1) throw notFound(arn);
		attached.splice(index, 1);
		this.#context.changed();
	}

	attachedTo(kind: Attachee['kind'], name: string): ManagedPolicyRecord[] {
		return this.#entity(kind, name).record.attachedPolicies.flatMap((arn) => this.find(arn) ?? []);
	}

	#entity(kind: Attachee['kind'], name: string): Attachee {
		if (kind === 'user') return {kind, record: this.#users.get(name)};
		const role = this.#context.state.roles.get(roleKey(name));
		if (!role) throw noSuchRole(name);
		return {kind, record: role};
	}
}
