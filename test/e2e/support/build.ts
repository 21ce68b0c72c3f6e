import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isRunning} from '../../support/processes.js';

/** The repository root (the tests run the CLI from there). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOCK = join(ROOT, 'node_modules', '.sts-mfa-build.lock');

/**
 * Makes sure dist/ holds a build of the current sources. `npm test` builds first, so this is
 * normally a no-op; when a test file runs alone it builds once, under a lock shared by every
 * worker, so no file deletes dist/ while another file's CLI is starting from it.
 */
export function ensureBuilt(): void {
	execFileSync('flock', [LOCK, process.execPath, 'test/e2e/support/build-if-stale.mjs'], {cwd: ROOT, stdio: 'inherit'});
}

let privateCopy: string | undefined;

/**
 * The built CLI, from this worker's own copy of dist/: a rebuild elsewhere (which starts by
 * deleting dist/) cannot pull it away from under a running test. The copy lives under
 * node_modules/ so the bundle resolves the same packages as dist/ would.
 */
export function cli(): string {
	if (privateCopy === undefined) throw new Error('call prepareCli() in beforeAll first');
	return join(privateCopy, 'cli.js');
}

const COPIES = join(ROOT, 'node_modules', '.cache', 'sts-mfa-e2e');

/** Removes the copies of workers that have ended without removing their own (killed, or a failed hook). */
function removeOrphanedCopies(): void {
	const names = existsSync(COPIES) ? readdirSync(COPIES) : [];
	for (const name of names) {
		const pid = Number(/^dist-(\d+)$/.exec(name)?.[1]);
		if (pid > 0 && pid !== process.pid && !isRunning(pid)) rmSync(join(COPIES, name), {recursive: true, force: true});
	}
}

export function prepareCli(): void {
	if (privateCopy !== undefined) return;
	removeOrphanedCopies();
	const target = join(COPIES, `dist-${process.pid}`);
	const builtAt = () =>
		existsSync(join(ROOT, 'dist', 'cli.js')) ? statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs : -1;
	for (let attempt = 1; ; attempt++) {
		ensureBuilt();
		const before = builtAt();
		try {
			rmSync(target, {recursive: true, force: true});
			mkdirSync(target, {recursive: true});
			// `dist/.` copies the contents (path.join would drop the trailing dot).
			execFileSync('flock', [LOCK, 'cp', '-R', `${join(ROOT, 'dist')}/.`, target]);
			// A build that ran outside our lock during the copy would leave a mix of two builds.
			if (before > 0 && builtAt() === before && existsSync(join(target, 'cli.js'))) break;
		} catch (error) {
			if (attempt >= 5) throw error;
		}
		if (attempt >= 5) throw new Error('dist/ kept changing while it was copied for the end-to-end tests');
	}
	privateCopy = target;
}

export function removeCliCopy(): void {
	if (privateCopy !== undefined) rmSync(privateCopy, {recursive: true, force: true});
	privateCopy = undefined;
}
