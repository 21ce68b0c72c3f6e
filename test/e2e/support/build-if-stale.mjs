// Builds dist/ only when a source file is newer than dist/cli.js. Run under `flock` (see build.ts)
// so parallel test files never rebuild dist — which starts by deleting it — while another runs it.
import {execFileSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

let built = 0;
try {
	built = statSync('dist/cli.js').mtimeMs;
} catch {
	// No build yet.
}
if (built < Math.max(newest('source'), newest('scripts/build.mjs'), newest('package-lock.json'))) {
	execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
}
