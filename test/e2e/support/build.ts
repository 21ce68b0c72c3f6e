import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** The repository root (the tests run the CLI from there). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = `${ROOT}dist/cli.js`;

/**
 * Makes sure dist/ holds a build of the current sources. `npm test` builds first, so this is
 * normally a no-op; when a test file runs alone it builds once, under a lock shared by every
 * worker, so no file deletes dist/ while another file's CLI is starting from it.
 */
export function ensureBuilt(): void {
	const lock = `${ROOT}node_modules/.sts-mfa-build.lock`;
	execFileSync('flock', [lock, process.execPath, 'test/e2e/support/build-if-stale.mjs'], {cwd: ROOT, stdio: 'inherit'});
}
