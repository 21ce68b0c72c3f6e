import type {StoreContext} from './context.js';
import {deleteConflict, entityAlreadyExists, limitExceeded, noSuchUser} from './errors.js';
import {newUserId} from './ids.js';
import {type TagRecord, type UserRecord, userKey} from './records.js';
import {mergeTags} from './tags.js';

export const MAX_TAGS = 50;

export class UserDirectory {
	readonly #context: StoreContext;

	constructor(context: StoreContext) {
		this.#context = context;
	}

	arnOf(path: string, userName: string): string {
		return `arn:aws:iam::${this.#context.state.accountId}:user${path}${userName}`;
	}

	create(
		input: {userName: string; path: string; tags: readonly TagRecord[]; permissionsBoundary?: string},
		now: number,
	): UserRecord {
		const {users} = this.#context.state;
		if (users.has(userKey(input.userName))) {
			throw entityAlreadyExists(`User with name ${input.userName} already exists.`);
		}
		if (input.tags.length > MAX_TAGS) throw tooManyTags();
		const user: UserRecord = {
			userName: input.userName,
			path: input.path,
			userId: newUserId(),
			arn: this.arnOf(input.path, input.userName),
			createDate: now,
			tags: mergeTags([], input.tags),
			policies: new Map(),
			attachedPolicies: [],
			...(input.permissionsBoundary === undefined ? {} : {permissionsBoundary: input.permissionsBoundary}),
		};
		users.set(userKey(input.userName), user);
		this.#context.changed();
		return user;
	}

	find(userName: string): UserRecord | undefined {
		return this.#context.state.users.get(userKey(userName));
	}

	get(userName: string): UserRecord {
		const user = this.find(userName);
		if (!user) throw noSuchUser(userName);
		return user;
	}

	/** Users whose path starts with the prefix, in name order (IAM lists alphabetically). */
	list(pathPrefix = '/'): UserRecord[] {
		return [...this.#context.state.users.values()]
			.filter((user) => user.path.startsWith(pathPrefix))
			.sort((a, b) => compareKeys(userKey(a.userName), userKey(b.userName)));
	}

	/** IAM refuses while anything is still attached; it says what to remove first. */
	delete(userName: string): void {
		const user = this.get(userName);
		const key = userKey(user.userName);
		const {accessKeys, devices} = this.#context.state;
		if ([...accessKeys.values()].some((accessKey) => accessKey.owner === key)) {
			throw deleteConflict('delete access keys');
		}
		if ([...devices.values()].some((device) => device.enabledFor === key)) {
			throw deleteConflict('remove MFA device');
		}
		if ([...this.#context.state.groups.values()].some((group) => group.members.includes(key))) {
			throw deleteConflict('remove user from all groups');
		}
		if (user.attachedPolicies.length > 0) throw deleteConflict('detach all policies');
		if ([...user.policies.values()].some((versions) => versions.at(-1)?.document !== undefined)) {
			throw deleteConflict('delete policies');
		}
		this.#context.state.users.delete(key);
		this.#context.changed();
	}

	tag(userName: string, tags: readonly TagRecord[]): void {
		const user = this.get(userName);
		const merged = mergeTags(user.tags, tags);
		if (merged.length > MAX_TAGS) throw tooManyTags();
		user.tags = merged;
		this.#context.changed();
	}
}

const tooManyTags = () => limitExceeded(`The number of tags has reached the maximum limit.`);

export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
