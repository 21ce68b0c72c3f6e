import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {deleteConflict, entityAlreadyExists, limitExceeded} from './errors.js';
import {newGroupId} from './ids.js';
import {checkInlineTotal} from './policy-size.js';
import {type GroupRecord, type UserRecord, userKey} from './records.js';
import {compareKeys, type UserDirectory} from './users.js';

/** IAM's default quotas (IAM User Guide, "IAM and STS quotas"). */
const MAX_GROUPS = 300;
const MAX_GROUPS_PER_USER = 10;

export const groupKey = (groupName: string): string => groupName.toLowerCase();

export const noSuchGroup = (groupName: string): SandboxError =>
	new SandboxError('NoSuchEntity', `The group with name ${groupName} cannot be found.`, 404);

const noSuchGroupPolicy = (policyName: string): SandboxError =>
	new SandboxError('NoSuchEntity', `The group policy with name ${policyName} cannot be found.`, 404);

/** The account's IAM groups, their members and their inline policies. */
export class GroupDirectory {
	readonly #context: StoreContext;
	readonly #users: UserDirectory;

	constructor(context: StoreContext, users: UserDirectory) {
		this.#context = context;
		this.#users = users;
	}

	arnOf(path: string, groupName: string): string {
		return `arn:aws:iam::${this.#context.state.accountId}:group${path}${groupName}`;
	}

	create(input: {groupName: string; path: string}, now: number): GroupRecord {
		const {groups} = this.#context.state;
		if (groups.has(groupKey(input.groupName))) {
			throw entityAlreadyExists(`Group with name ${input.groupName} already exists.`);
		}
		if (groups.size >= MAX_GROUPS) throw limitExceeded(`Cannot exceed quota for GroupsPerAccount: ${MAX_GROUPS}`);
		const group: GroupRecord = {
			groupName: input.groupName,
			path: input.path,
			groupId: newGroupId(),
			arn: this.arnOf(input.path, input.groupName),
			createDate: now,
			members: [],
			policies: new Map(),
			attachedPolicies: [],
		};
		groups.set(groupKey(group.groupName), group);
		this.#context.changed();
		return group;
	}

	find(groupName: string): GroupRecord | undefined {
		return this.#context.state.groups.get(groupKey(groupName));
	}

	get(groupName: string): GroupRecord {
		const group = this.find(groupName);
		if (!group) throw noSuchGroup(groupName);
		return group;
	}

	list(pathPrefix = '/'): GroupRecord[] {
		return [...this.#context.state.groups.values()]
			.filter((group) => group.path.startsWith(pathPrefix))
			.sort((a, b) => compareKeys(groupKey(a.groupName), groupKey(b.groupName)));
	}

	/** The groups a user belongs to, in name order. */
	groupsOf(userName: string): GroupRecord[] {
		const key = userKey(userName);
		return this.list().filter((group) => group.members.includes(key));
	}

	membersOf(groupName: string): UserRecord[] {
		return this.get(groupName).members.flatMap((key) => this.#users.find(key) ?? []);
	}

	/** Adding a member twice changes nothing, as on IAM. */
	addUser(groupName: string, userName: string): void {
		const group = this.get(groupName);
		const user = this.#users.get(userName);
		const key = userKey(user.userName);
		if (group.members.includes(key)) return;
		if (this.groupsOf(key).length >= MAX_GROUPS_PER_USER) {
			throw limitExceeded(`Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`);
		}
		group.members.push(key);
		this.#context.changed();
	}

	removeUser(groupName: string, userName: string): void {
		const group = this.get(groupName);
		const user = this.#users.get(userName);
		const index = group.members.indexOf(userKey(user.userName));
		if (index === -1) {
			throw new SandboxError('NoSuchEntity', `User ${user.userName} is not in group ${group.groupName}.`, 404);
		}
		group.members.splice(index, 1);
		this.#context.changed();
	}

	/** As IAM: refused while it has members, inline policies or attached managed policies. */
	delete(groupName: string): void {
		const group = this.get(groupName);
		if (group.members.length > 0) throw deleteConflict('remove users from group');
		if (group.policies.size > 0) throw deleteConflict('delete policies');
		if (group.attachedPolicies.length > 0) throw deleteConflict('detach all policies');
		this.#context.state.groups.delete(groupKey(group.groupName));
		this.#context.changed();
	}

	/** The group's name as it was created (names match regardless of case). */
	nameOf(name: string): string {
		return this.get(name).groupName;
	}

	/** The document must already have passed parsePolicyDocument (the action validates it). */
	putPolicy(groupName: string, policyName: string, document: string): void {
		const group = this.get(groupName);
		const others = [...group.policies].filter(([name]) => name !== policyName).map(([, text]) => text);
		checkInlineTotal('group', group.groupName, [...others, document]);
		group.policies.set(policyName, document);
		this.#context.changed();
	}

	getPolicy(groupName: string, policyName: string): string {
		const document = this.get(groupName).policies.get(policyName);
		if (document === undefined) throw noSuchGroupPolicy(policyName);
		return document;
	}

	listPolicies(groupName: string): string[] {
		return [...this.get(groupName).policies.keys()].sort(compareKeys);
	}

	deletePolicy(groupName: string, policyName: string): void {
		if (!this.get(groupName).policies.delete(policyName)) throw noSuchGroupPolicy(policyName);
		this.#context.changed();
	}
}
