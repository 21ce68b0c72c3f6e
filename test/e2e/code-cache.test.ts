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
/** Node 22.1 and later have their own compile cache, and the dashboard uses it; Node 20 has the V8 cache. */
const nodeCompileCache = major > 22 || (major === 22 && minor >= 1);

/** Every file below `directory` that holds compiled code: Node's compile cache, or a .v8cache. */
function cacheFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory, {recursive: true, encoding: 'utf8'}).filter((entry) =>
		nodeCompileCache ? /^node-compile-cache\/[^/]+\/[^/]+$/.test(entry) : entry.endsWith('.v8cache'),
	);
}

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

	it(`is written after the first frame, in STS_MFA_CACHE_DIR (${nodeCompileCache ? "Node's compile cache" : 'the V8 cache'})`, async () => {
		const cacheDir = join(root, 'cache');
		const terminal = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
		await terminal.waitFor(FIRST_FRAME, {timeout: 15_000});
		await waitUntil('the code cache', () => cacheFiles(cacheDir).length > 0, {timeoutMs: 15_000});
		await terminal.press('C-c');
		await terminal.waitForExit({timeout: 15_000});
		// The key that authenticates the V8 cache lives beside it, whichever Node writes it.
		expect(existsSync(join(cacheDir, 'sealing.key'))).toBe(!nodeCompileCache);
		const again = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
		await again.waitFor(FIRST_FRAME, {timeout: 15_000});
	});

	it.skipIf(process.getuid === undefined)(
		'is neither written nor read below a directory someone else can write',
		async () => {
			const shared = join(root, 'shared');
			mkdirSync(shared);
			chmodSync(shared, 0o777);
			const cacheDir = join(shared, 'cache');
			const terminal = await startDashboard({cols: 80, rows: 24}, {env: {STS_MFA_CACHE_DIR: cacheDir}});
			await terminal.waitFor(FIRST_FRAME, {timeout: 15_000});
			await terminal.waitFor(/Press Enter to start/, {timeout: 15_000});
			await terminal.press('C-c');
			await terminal.waitForExit({timeout: 15_000});
			expect(cacheFiles(cacheDir)).toEqual([]);
		},
	);
});
