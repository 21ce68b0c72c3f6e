import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {waitUntil} from '../support/wait-until.js';
import {FIRST_FRAME, startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {tmuxAvailable} from './support/terminal.js';

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the code cache dashboard tests are skipped (CI installs it).');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
/** Node 22.1 and later have their own compile cache, used for the chunks loaded after the first frame. */
const nodeCompileCache = major > 22 || (major === 22 && minor >= 1);

const files = (directory: string) =>
	existsSync(directory) ? readdirSync(directory, {recursive: true, encoding: 'utf8'}) : [];
/** The dashboard's V8 cache, on every Node. */
const v8Caches = (directory: string) => files(directory).filter((entry) => entry.endsWith('.v8cache'));
/** What Node's compile cache wrote. */
const nodeCaches = (directory: string) =>
	files(directory).filter((entry) => /^node-compile-cache\/[^/]+\/[^/]+$/.test(entry));

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'sts-mfa-e2e-code-cache-'));
});
afterEach(() => {
	chmodSync(root, 0o700);
	rmSync(root, {recursive: true, force: true});
});

describe.skipIf(!available)(`the dashboard's code cache on node ${process.version}`, () => {
	useDashboardTerminals();

	it(`is written after the first frame, in STS_MFA_CACHE_DIR${nodeCompileCache ? ", with Node's compile cache beside it" : ''}`, async () => {
		const cacheDir = join(root, 'cache');
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
		await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
		await waitUntil('the code cache', () => v8Caches(cacheDir).length > 0, {timeoutMs: 30_000});
		// The key that authenticates it lives beside it.
		expect(existsSync(join(cacheDir, 'sealing.key'))).toBe(true);
		await terminal.waitFor(/Press Enter to start/, {timeout: 30_000});
		await terminal.press('C-c');
		await terminal.waitForExit({timeout: 30_000});
		// Node writes its cache of the chunks loaded after the first frame (the sandbox, the SDK) as it exits.
		expect(nodeCaches(cacheDir).length > 0).toBe(nodeCompileCache);
		const again = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
		await again.waitFor(FIRST_FRAME, {timeout: 30_000});
	});

	it.skipIf(process.getuid === undefined)(
		'is neither written nor read below a directory someone else can write',
		async () => {
			const shared = join(root, 'shared');
			mkdirSync(shared);
			chmodSync(shared, 0o777);
			const cacheDir = join(shared, 'cache');
			const terminal = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
			await terminal.waitFor(FIRST_FRAME, {timeout: 30_000});
			await terminal.waitFor(/Press Enter to start/, {timeout: 30_000});
			await terminal.press('C-c');
			await terminal.waitForExit({timeout: 30_000});
			expect([...v8Caches(cacheDir), ...nodeCaches(cacheDir)]).toEqual([]);
		},
	);
});
