import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {ROOT, ensureBuilt} from '../e2e/support/build.js';

let noConfig: string | undefined;
const made: string[] = [];

/**
 * A private copy of the built CLI, taken under the build lock: another test file (or engineer)
 * rebuilding dist/ midway must not pull the CLI out from under a test's processes.
 */
export async function privateCliCopy(): Promise<string> {
	ensureBuilt();
	const copy = await mkdtemp(path.join(os.tmpdir(), 'sts-mfa-dist-'));
	made.push(copy);
	execFileSync('flock', [
		path.join(ROOT, 'node_modules/.sts-mfa-build.lock'),
		'cp',
		'-R',
		path.join(ROOT, 'dist'),
		copy,
	]);
	// Outside the repository the bundle needs its own marker that .js files are ES modules.
	await writeFile(path.join(copy, 'package.json'), '{"type": "module"}\n');
	return path.join(copy, 'dist', 'cli.js');
}

/** For afterAll: removes the CLI copies and the empty configuration directory this file made. */
export async function removeCliCopies(): Promise<void> {
	if (noConfig !== undefined) made.push(noConfig);
	noConfig = undefined;
	await Promise.all(made.splice(0).map(async (dir) => rm(dir, {recursive: true, force: true})));
}

/** The environment a CLI process needs to reach the sandbox through the standard credential chain, and nothing else of ours. */
export function sandboxEnv(
	sandbox: {credentials: {accessKeyId: string; secretAccessKey: string}; region: string},
	stateDir: string,
): Record<string, string> {
	// Empty shared config and credentials files: no profile of the machine's user can interfere.
	noConfig ??= mkdtempSync(path.join(os.tmpdir(), 'sts-mfa-noconfig-'));
	return {
		STS_MFA_STATE_DIR: stateDir,
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		AWS_REGION: sandbox.region,
		AWS_CONFIG_FILE: path.join(noConfig, 'config'),
		AWS_SHARED_CREDENTIALS_FILE: path.join(noConfig, 'credentials'),
		NO_COLOR: '1',
	};
}
