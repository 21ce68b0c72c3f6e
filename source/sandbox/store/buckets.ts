import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {ObjectStore} from './objects.js';
import type {BucketRecord} from './records.js';
import {compareKeys} from './users.js';

/** The account's S3 buckets; their objects are in `objects`, in memory only. */
export class Buckets {
	readonly #context: StoreContext;
	readonly objects: ObjectStore;

	constructor(context: StoreContext) {
		this.#context = context;
		this.objects = new ObjectStore((name) => this.exists(name));
	}

	list(): BucketRecord[] {
		return [...this.#context.state.buckets.values()].sort((a, b) => compareKeys(a.name, b.name));
	}

	exists(name: string): boolean {
		return this.#context.state.buckets.has(name);
	}

	create(name: string, now: number): BucketRecord {
		const {buckets} = this.#context.state;
		if (buckets.has(name)) {
			throw new SandboxError(
				'BucketAlreadyOwnedByYou',
				'Your previous request to create the named bucket succeeded and you already own it.',
				409,
			);
		}
		const bucket = {name, creationDate: now};
		buckets.set(name, bucket);
		this.#context.changed();
		return bucket;
	}

	/** As S3: refused while the bucket holds objects. */
	delete(name: string): void {
		if (!this.exists(name)) throw new SandboxError('NoSuchBucket', 'The specified bucket does not exist', 404);
		if (!this.objects.isEmpty(name)) {
			throw new SandboxError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409);
		}
		this.#context.state.buckets.delete(name);
		this.objects.forget(name);
		this.#context.changed();
	}
}

/** Names that make the demo's listing look like a real account's. */
export function demoBuckets(accountId: string, now: number): BucketRecord[] {
	const day = 24 * 60 * 60 * 1000;
	return [
		{name: `acme-build-artifacts-${accountId}`, creationDate: now - 412 * day},
		{name: `acme-cloudtrail-logs-${accountId}`, creationDate: now - 388 * day},
		{name: `acme-static-website-${accountId}`, creationDate: now - 97 * day},
	];
}
