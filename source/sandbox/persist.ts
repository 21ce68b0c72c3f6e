import {readFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {StsMfaError} from '../errors.js';
import {makeDirectory} from '../make-directory.js';
import {SandboxStore, type SandboxStoreOptions} from './store/index.js';

/**
 * The --state file: read once at start, rewritten (atomically, owner-only) after each request
 * that changed something. It holds the sandbox's own test credentials, nothing from real AWS.
 */
export async function loadStore(statePath: string, options: SandboxStoreOptions): Promise<SandboxStore> {
	let text: string;
	try {
		text = await readFile(statePath, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new SandboxStore(options);
		throw new StsMfaError(
			'SandboxStateUnreadable',
			`Cannot read the sandbox state file ${statePath}: ${(error as Error).message}`,
			{cause: error},
		);
	}
	try {
		return SandboxStore.fromJSON(JSON.parse(text), options);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new StsMfaError(
			'SandboxStateCorrupt',
			`The sandbox state file ${statePath} cannot be used (${detail}); move it away or pass another --state file.`,
			{cause: error},
		);
	}
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
			await makeDirectory(dirname(this.#path));
			await writeFileAtomic(this.#path, `${JSON.stringify(this.#store.toJSON())}\n`, {mode: 0o600});
		} catch (error) {
			this.#dirty = true;
			throw new StsMfaError(
				'SandboxStateUnwritable',
				`Cannot write the sandbox state file ${this.#path}: ${(error as Error).message}`,
				{cause: error},
			);
		}
	}
}
