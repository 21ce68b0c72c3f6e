import {mkdir, stat} from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p`, new directories with `mode`, without fs.mkdir's `recursive: true`: Node's recursive
 * mkdir never settles when the system answers ENOENT for a directory whose parent exists (as it
 * does under /proc), so a HOME, a state directory or a --state path there would hang the run for
 * good. This creates each missing directory in turn, and fails with the first error the system
 * gives (ENOENT, EACCES, ENOTDIR, EEXIST for a file in the way, ...).
 */
export async function makeDirectory(directory: string, mode = 0o700): Promise<void> {
	const target = path.resolve(directory);
	const missing: string[] = [];
	let existing: string | undefined;
	for (let current = target; existing === undefined; current = path.dirname(current)) {
		try {
			await stat(current);
			existing = current;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(current) === current) throw error;
			missing.unshift(current);
		}
	}
	// The target itself exists: mkdir says what is wrong if it is not a directory.
	if (missing.length === 0 && !(await stat(target)).isDirectory()) await mkdir(target, {mode});
	for (const current of missing) {
		try {
			await mkdir(current, {mode});
		} catch (error) {
			// Another process made it meanwhile; a file of that name fails the next mkdir, or the caller.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}
