import {StsMfaError} from '../errors.js';
import {readOwnerOnlyFileSync, writeOwnerOnlyFile} from '../owner-only-file.js';
import {sandboxStateWords} from '../words/sandbox-state.js';
import {SandboxStore, type SandboxStoreOptions} from './store/index.js';

/** Larger than any state the sandbox's own bounds let it reach. */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

/**
 * The --state file: read once at start, rewritten (atomically, owner-only) after each request
 * that changed something. It holds the sandbox's own administrator key, so it is read only when it
 * and every directory above it are the user's alone (the rules of owner-only-file.ts): one planted
 * by another user, or in a directory where someone else could swap it, would make their key work.
 */
export async function loadStore(statePath: string, options: SandboxStoreOptions): Promise<SandboxStore> {
	const read = readOwnerOnlyFileSync(statePath, {secret: true, maxBytes: MAX_STATE_BYTES});
	if (!read.ok) {
		if (read.reason === 'missing') return new SandboxStore(options);
		throw new StsMfaError('SandboxStateRefused', sandboxStateWords.refused(statePath, read.reason, read.detail));
	}
	let document: unknown;
	try {
		document = JSON.parse(read.data.toString('utf8'));
	} catch (error) {
		throw corrupt(statePath, error);
	}
	try {
		return SandboxStore.fromJSON(document, options);
	} catch (error) {
		throw corrupt(statePath, error);
	}
}

function corrupt(statePath: string, error: unknown): StsMfaError {
	const detail = error instanceof Error ? error.message : String(error);
	return new StsMfaError('SandboxStateCorrupt', sandboxStateWords.corrupt(statePath, detail), {cause: error});
}

/** Writes the store to its file when it has changed; writes are serialized so the last one wins. */
export class StatePersister {
	readonly #path: string;
	readonly #store: SandboxStore;
	readonly #unsubscribe: () => void;
	#dirty = true;
	#writing: Promise<void> = Promise.resolve();

	constructor(path: string, store: SandboxStore) {
		this.#path = path;
		this.#store = store;
		this.#unsubscribe = store.onChange(() => {
			this.#dirty = true;
		});
	}

	/** Resolves once every change made so far is on disk. */
	flush(): Promise<void> {
		if (!this.#dirty) return this.#writing;
		this.#dirty = false;
		// Serialized when the write starts, so it includes every change made before then.
		this.#writing = this.#writing.catch(() => undefined).then(() => this.#write());
		return this.#writing;
	}

	async close(): Promise<void> {
		this.#unsubscribe();
		await this.flush();
	}

	async #write(): Promise<void> {
		try {
			await writeOwnerOnlyFile(this.#path, `${JSON.stringify(this.#store.toJSON())}\n`);
		} catch (error) {
			this.#dirty = true;
			throw new StsMfaError(
				'SandboxStateUnwritable',
				sandboxStateWords.unwritable(this.#path, (error as Error).message),
				{
					cause: error,
				},
			);
		}
	}
}
