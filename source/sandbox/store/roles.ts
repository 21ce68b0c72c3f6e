import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {deleteConflict, entityAlreadyExists, limitExceeded} from './errors.js';
import {newRoleId} from './ids.js';
import {checkInlineTotal, checkTrustPolicySize} from './policy-size.js';
import type {RoleRecord, TagRecord} from './records.js';
import {mergeTags} from './tags.js';
import {compareKeys} from './users.js';

const MAX_TAGS = 50;
const DEFAULT_MAX_SESSION_DURATION = 3600;

export const roleKey = (roleName: string): string => roleName.toLowerCase();

export const noSuchRole = (roleName: string): SandboxError =>
	new SandboxError('NoSuchEntity', `The role with name ${roleName} cannot be found.`, 404);

const noSuchRolePolicy = (policyName: string): SandboxError =>
	new SandboxError('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);

export interface NewRole {
	readonly roleName: string;
	readonly path: string;
	/** Already validated by parseTrustPolicy (the action does it, since it needs the principals). */
	readonly assumeRolePolicyDocument: string;
	readonly trustPrincipalIds: Record<string, string>;
	readonly description?: string;
	readonly maxSessionDuration?: number;
	readonly tags: readonly TagRecord[];
	/** Already checked to name an existing managed policy. */
	readonly permissionsBoundary?: string;
}

/** The account's IAM roles and their inline policies. */
export class RoleDirectory {
	readonly #context: StoreContext;

	constructor(context: StoreContext) {
		this.#context = context;
	}

	arnOf(path: string, roleName: string): string {
		return `arn:aws:iam::${this.#context.state.accountId}:role${path}${roleName}`;
	}

	create(input: NewRole, now: number): RoleRecord {
		const {roles} = this.#context.state;
		if (roles.has(roleKey(input.roleName))) {
			throw entityAlreadyExists(`Role with name ${input.roleName} already exists.`);
		}
		if (input.tags.length > MAX_TAGS) throw tooManyTags();
		checkTrustPolicySize(input.assumeRolePolicyDocument);
		const role: RoleRecord = {
			roleName: input.roleName,
			path: input.path,
			roleId: newRoleId(),
			arn: this.arnOf(input.path, input.roleName),
			createDate: now,
			assumeRolePolicyDocument: input.assumeRolePolicyDocument,
			trustPrincipalIds: {...input.trustPrincipalIds},
			...(input.description === undefined ? {} : {description: input.description}),
			maxSessionDuration: input.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
			tags: mergeTags([], input.tags),
			policies: new Map(),
			attachedPolicies: [],
			...(input.permissionsBoundary === undefined ? {} : {permissionsBoundary: input.permissionsBoundary}),
		};
		roles.set(roleKey(role.roleName), role);
		this.#context.changed();
		return role;
	}

	find(roleName: string): RoleRecord | undefined {
		return this.#context.state.roles.get(roleKey(roleName));
	}

	get(roleName: string): RoleRecord {
		const role = this.find(roleName);
		if (!role) throw noSuchRole(roleName);
		return role;
	}

	findByArn(arn: string): RoleRecord | undefined {
		return [...this.#context.state.roles.values()].find((role) => role.arn === arn);
	}

	list(pathPrefix = '/'): RoleRecord[] {
		return [...this.#context.state.roles.values()]
			.filter((role) => role.path.startsWith(pathPrefix))
			.sort((a, b) => compareKeys(roleKey(a.roleName), roleKey(b.roleName)));
	}

	updateTrust(roleName: string, document: string, principalIds: Record<string, string>): void {
		const role = this.get(roleName);
		checkTrustPolicySize(document);
		role.assumeRolePolicyDocument = document;
		role.trustPrincipalIds = {...principalIds};
		this.#context.changed();
	}

	/** As IAM: refused while managed policies are attached or inline policies remain. */
	delete(roleName: string): void {
		const role = this.get(roleName);
		if (role.attachedPolicies.length > 0) throw deleteConflict('detach all policies');
		if (role.policies.size > 0) throw deleteConflict('delete policies');
		this.#context.state.roles.delete(roleKey(role.roleName));
		this.#context.changed();
	}

	tag(roleName: string, tags: readonly TagRecord[]): void {
		const role = this.get(roleName);
		const merged = mergeTags(role.tags, tags);
		if (merged.length > MAX_TAGS) throw tooManyTags();
		role.tags = merged;
		this.#context.changed();
	}

	/** UpdateRole and UpdateRoleDescription: what is given changes, the rest stays. */
	update(roleName: string, changes: {description?: string; maxSessionDuration?: number}): RoleRecord {
		const role = this.get(roleName);
		if (changes.description !== undefined) role.description = changes.description;
		if (changes.maxSessionDuration !== undefined) role.maxSessionDuration = changes.maxSessionDuration;
		this.#context.changed();
		return role;
	}

	/** Keys the role does not have are ignored, as IAM does. */
	untag(roleName: string, keys: readonly string[]): void {
		const role = this.get(roleName);
		role.tags = role.tags.filter((tag) => !keys.includes(tag.key));
		this.#context.changed();
	}

	/** The role's name as it was created (names match regardless of case). */
	nameOf(name: string): string {
		return this.get(name).roleName;
	}

	/** The document must already have passed parsePolicyDocument (the action validates it). */
	putPolicy(roleName: string, policyName: string, document: string): void {
		const role = this.get(roleName);
		const others = [...role.policies].filter(([name]) => name !== policyName).map(([, text]) => text);
		checkInlineTotal('role', role.roleName, [...others, document]);
		role.policies.set(policyName, document);
		this.#context.changed();
	}

	getPolicy(roleName: string, policyName: string): string {
		const document = this.get(roleName).policies.get(policyName);
		if (document === undefined) throw noSuchRolePolicy(policyName);
		return document;
	}

	listPolicies(roleName: string): string[] {
		return [...this.get(roleName).policies.keys()].sort(compareKeys);
	}

	deletePolicy(roleName: string, policyName: string): void {
		if (!this.get(roleName).policies.delete(policyName)) throw noSuchRolePolicy(policyName);
		this.#context.changed();
	}
}

const tooManyTags = () => limitExceeded('The number of tags has reached the maximum limit.');
