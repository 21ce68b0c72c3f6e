import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {limitExceeded} from './errors.js';
import {newAccessKeyId, newSecretAccessKey} from './ids.js';
import {type AccessKeyRecord, userKey} from './records.js';
import {compareKeys, type UserDirectory} from './users.js';

const KEYS_PER_USER = 2;

export class AccessKeys {
	readonly #context: StoreContext;
	readonly #users: UserDirectory;

	constructor(context: StoreContext, users: UserDirectory) {
		this.#context = context;
		this.#users = users;
	}

	create(userName: string, now: number): AccessKeyRecord {
		const owner = userKey(this.#users.get(userName).userName);
		if (this.#owned(owner).length >= KEYS_PER_USER) {
			throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${KEYS_PER_USER}`);
		}
		const key: AccessKeyRecord = {
			accessKeyId: newAccessKeyId(),
			secretAccessKey: newSecretAccessKey(),
			owner,
			status: 'Active',
			createDate: now,
		};
		this.#context.state.accessKeys.set(key.accessKeyId, key);
		this.#context.changed();
		return key;
	}

	listFor(userName: string): AccessKeyRecord[] {
		return this.#owned(userKey(this.#users.get(userName).userName));
	}

	delete(userName: string, accessKeyId: string): void {
		const owner = userKey(this.#users.get(userName).userName);
		const key = this.#context.state.accessKeys.get(accessKeyId);
		if (key?.owner !== owner) {
			throw new SandboxError('NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`, 404);
		}
		this.#context.state.accessKeys.delete(accessKeyId);
		this.#context.changed();
	}

	/** The user owning an access key, for DeleteAccessKey called without UserName. */
	ownerOf(accessKeyId: string): string | undefined {
		const owner = this.#context.state.accessKeys.get(accessKeyId)?.owner;
		return owner === undefined ? undefined : this.#context.state.users.get(owner)?.userName;
	}

	#owned(owner: string): AccessKeyRecord[] {
		return [...this.#context.state.accessKeys.values()]
			.filter((key) => key.owner === owner)
			.sort((a, b) => a.createDate - b.createDate || compareKeys(a.accessKeyId, b.accessKeyId));
	}
}
