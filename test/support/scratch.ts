import {mkdtempSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * Temporary directories that a test file removes in a hook (afterEach or afterAll), so a failed
 * assertion or a timeout cannot leave them in the system's temporary directory.
 */
export class ScratchDirs {
	readonly #made = new Set<string>();

	async make(prefix: string): Promise<string> {
		return this.#keep(await mkdtemp(join(tmpdir(), prefix)));
	}

	makeSync(prefix: string): string {
		return this.#keep(mkdtempSync(join(tmpdir(), prefix)));
	}

	async removeAll(): Promise<void> {
		const dirs = [...this.#made];
		this.#made.clear();
		await Promise.all(dirs.map(async (dir) => rm(dir, {recursive: true, force: true})));
	}

	#keep(dir: string): string {
		this.#made.add(dir);
		return dir;
	}
}
