import {SandboxError} from '../errors.js';
import {compareKeys} from './users.js';

/*
 * S3 object bodies, in memory only: they are not written to a --state file and do not survive a
 * restart. The total is bounded (MAX_TOTAL_BYTES), so no series of uploads can exhaust memory.
 */

/** All objects of all buckets together. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

export interface ObjectRecord {
	readonly key: string;
	readonly body: Buffer;
	/** The MD5 of the body, hex, quoted: what S3 gives a single-part upload. */
	readonly etag: string;
	readonly lastModified: number;
	readonly contentType: string;
	/** x-amz-meta-* (lower-case names without the prefix). */
	readonly metadata: Readonly<Record<string, string>>;
	readonly checksum?: {readonly algorithm: string; readonly value: string};
}

export const noSuchKey = () => new SandboxError('NoSuchKey', 'The specified key does not exist.', 404);
const noSuchBucket = () => new SandboxError('NoSuchBucket', 'The specified bucket does not exist', 404);

export class ObjectStore {
	readonly #buckets = new Map<string, Map<string, ObjectRecord>>();
	readonly #bucketExists: (name: string) => boolean;
	#totalBytes = 0;

	constructor(bucketExists: (name: string) => boolean) {
		this.#bucketExists = bucketExists;
	}

	put(bucket: string, object: ObjectRecord): void {
		const objects = this.#objects(bucket, true);
		const replaced = objects.get(object.key)?.body.length ?? 0;
		if (this.#totalBytes - replaced + object.body.length > MAX_TOTAL_BYTES) {
			throw new SandboxError(
				'EntityTooLarge',
				`Your proposed upload exceeds the maximum allowed size (the sandbox keeps at most ${MAX_TOTAL_BYTES} bytes of objects in all; delete some first).`,
			);
		}
		objects.set(object.key, object);
		this.#totalBytes += object.body.length - replaced;
	}

	get(bucket: string, key: string): ObjectRecord {
		const object = this.#objects(bucket, false)?.get(key);
		if (!object) throw noSuchKey();
		return object;
	}

	/** Deleting a key that does not exist succeeds, as on S3. */
	delete(bucket: string, key: string): void {
		const objects = this.#objects(bucket, false);
		const object = objects?.get(key);
		if (!objects || !object) return;
		objects.delete(key);
		this.#totalBytes -= object.body.length;
	}

	/** The bucket's objects in key order (UTF-8 binary order, as S3 lists them). */
	list(bucket: string): ObjectRecord[] {
		const objects = [...(this.#objects(bucket, false)?.values() ?? [])];
		return objects.sort((a, b) =>
			compareKeys(Buffer.from(a.key).toString('latin1'), Buffer.from(b.key).toString('latin1')),
		);
	}

	isEmpty(bucket: string): boolean {
		return (this.#buckets.get(bucket)?.size ?? 0) === 0;
	}

	/** A deleted bucket's (empty) map goes with it. */
	forget(bucket: string): void {
		this.#buckets.delete(bucket);
	}

	#objects(bucket: string, create: true): Map<string, ObjectRecord>;
	#objects(bucket: string, create: false): Map<string, ObjectRecord> | undefined;
	#objects(bucket: string, create: boolean): Map<string, ObjectRecord> | undefined {
		if (!this.#bucketExists(bucket)) throw noSuchBucket();
		let objects = this.#buckets.get(bucket);
		if (!objects && create) {
			objects = new Map();
			this.#buckets.set(bucket, objects);
		}
		return objects;
	}
}
