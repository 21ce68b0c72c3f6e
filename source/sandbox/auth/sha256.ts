import {createHash, createHmac, type Hash, type Hmac} from 'node:crypto';

/**
 * SHA-256 (or HMAC-SHA-256 when given a key) on node's native crypto, in the shape the smithy
 * signer expects. The SDK's own @smithy/hash-node is not installed with the consolidated clients.
 */
export class NodeSha256 {
	readonly #key: Uint8Array | string | undefined;
	#hash: Hash | Hmac;

	constructor(key?: SourceData) {
		this.#key = key === undefined ? undefined : toBytesOrString(key);
		this.#hash = this.#fresh();
	}

	update(data: Uint8Array): void {
		this.#hash.update(data);
	}

	async digest(): Promise<Uint8Array> {
		return new Uint8Array(this.#hash.digest());
	}

	reset(): void {
		this.#hash = this.#fresh();
	}

	#fresh(): Hash | Hmac {
		return this.#key === undefined ? createHash('sha256') : createHmac('sha256', this.#key);
	}
}

/** What the signer hands a hash: a key or data (smithy's SourceData, kept local to avoid a transitive import). */
type SourceData = string | ArrayBuffer | ArrayBufferView;

function toBytesOrString(data: SourceData): Uint8Array | string {
	if (typeof data === 'string') return data;
	if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
	return new Uint8Array(data);
}

/** Hex SHA-256 of a request body. */
export function sha256Hex(body: Uint8Array): string {
	return createHash('sha256').update(body).digest('hex');
}
