import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {stopChildren} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import {createMfaUser, sandboxAdmin} from './support/sandbox-user.js';

/*
 * Every AWS command run through a credential_process profile waits for `sts-mfa session`, so a
 * cached answer must not load the AWS SDK or Ink. The built CLI runs with a recorder preloaded
 * that lists each file it loads; esbuild's bundle keeps each module's path as a comment
 * (`// node_modules/@aws-sdk/...`), so what was loaded can be read from the files themselves.
 */

const RECORDER = fileURLToPath(new URL('support/record-loads.mjs', import.meta.url));
const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;

beforeAll(async () => {
	prepareCli();
	sandbox = await startStandaloneSandbox();
}, 60_000);
afterEach(async () => scratch.removeAll());
afterAll(async () => {
	await sandbox?.stop();
	await stopChildren();
});

/** The modules bundled into the files a run loaded, by package (or `source/...` for ours). */
async function loadedModules(loads: string): Promise<{files: string[]; modules: Set<string>}> {
	const files = [...new Set((await readFile(loads, 'utf8')).split('\n').filter(Boolean))].map((line) =>
		line.startsWith('load ') ? fileURLToPath(line.slice(5)) : line.slice(5),
	);
	const modules = new Set<string>();
	for (const file of files.filter((name) => name.startsWith(path.dirname(cli())))) {
		for (const match of (await readFile(file, 'utf8')).matchAll(
			/^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|source\/\S+)/gm,
		))
			modules.add(match[1]!);
	}
	return {files, modules};
}

describe('a session answered from the cache', () => {
	it('loads neither the AWS SDK nor Ink, where making the session loaded the SDK', async () => {
		const user = await createMfaUser(await sandboxAdmin(sandbox.env), 'cached-path-user', 1);
		const home = await scratch.make('sts-mfa-session-home-');
		await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
		const args = [
			cli(),
			'session',
			'--profile',
			'base',
			'--mfa-process',
			codeCommand(),
			'--format',
			'credential-process',
		];
		const env = (loads: string) =>
			homeEnv(home, {...codeEnv(user.devices[0]!.seed, path.join(home, 'runs')), STS_MFA_TEST_LOADS: loads});

		const missLoads = path.join(home, 'miss-loads');
		const miss = await run(process.execPath, ['--import', RECORDER, ...args], {env: env(missLoads)});
		expect(miss.stderr).toBe('');
		const made = await loadedModules(missLoads);
		// The recorder sees the SDK when it is loaded: the check below can fail.
		expect([...made.modules].some((name) => name.startsWith('node_modules/@aws-sdk/'))).toBe(true);

		const hitLoads = path.join(home, 'hit-loads');
		const hit = await run(process.execPath, ['--import', RECORDER, ...args], {env: env(hitLoads)});
		expect(hit.stderr).toBe('');
		expect(JSON.parse(hit.stdout).AccessKeyId).toBe(JSON.parse(miss.stdout).AccessKeyId);
		const cached = await loadedModules(hitLoads);
		expect(
			[...cached.modules].filter((name) => /node_modules\/(@aws-sdk|@smithy|ink|react|yoga-layout)\b/.test(name)),
		).toEqual([]);
		expect(cached.files.filter((file) => file.includes('dashboard-script.'))).toEqual([]);
		expect(cached.modules).toContain('source/commands/session/cache.ts');
	});
});
