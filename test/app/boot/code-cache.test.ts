import {chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCachedScript} from '../../../source/app/boot/code-cache.js';
import {ensureBuilt, ROOT} from '../../e2e/support/build.js';
import {type Counter, cacheFilesIn, counterScript, scriptCopier} from './cached-scripts.js';

let root: string;
let script: string;
let cacheDir: string;
const env = {};

const copyScript = scriptCopier(() => root);
const sameScriptElsewhere = (file = script) => copyScript(file);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'sts-mfa-code-cache-'));
	script = join(root, 'counter-script.js');
	cacheDir = join(root, 'cache');
	writeFileSync(script, counterScript('a'));
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

const cacheFiles = () => cacheFilesIn(cacheDir);

describe('runCachedScript: a CommonJS module built as a script, with V8’s code cache between runs', () => {
	it('runs the module with require, module and __filename, and keeps its compiled code for the next run', async () => {
		const first = runCachedScript<Counter>(script, {cacheDir, env});
		expect(first.exports.count('banana')).toBe(3);
		expect(first.exports.file).toBe(script);
		expect(first.exports.platform).toBe(process.platform);
		expect(first.cache).toBe('absent');
		expect(await first.save()).toBe(true);
		expect(await first.save(), 'a second save writes nothing').toBe(false);

		const [file] = cacheFiles();
		expect(file).toMatch(
			new RegExp(
				`^counter-script\\.js-v8-${process.versions.v8.replaceAll('.', '\\.')}-${process.arch}-[0-9a-f]{24}\\.v8cache$`,
			),
		);
		if (process.platform !== 'win32') {
			expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
			expect(statSync(join(cacheDir, file!)).mode & 0o777).toBe(0o600);
		}

		const second = runCachedScript<Counter>(sameScriptElsewhere(), {cacheDir, env});
		expect(second.cache).toBe('used');
		expect(second.exports.count('banana')).toBe(3);
		expect(await second.save(), 'nothing to write when the cache was used').toBe(false);
	});

	it('never runs the code cached for another version of the script, and drops that cache once replaced', async () => {
		const first = runCachedScript<Counter>(script, {cacheDir, env});
		await first.save();
		const [old] = cacheFiles();
		// Same length, other content: V8 alone would accept the old cache (it checks the length).
		writeFileSync(script, counterScript('n'));
		const changed = runCachedScript<Counter>(script, {cacheDir, env});
		expect(changed.cache).toBe('absent');
		expect(changed.exports.count('banana')).toBe(2);
		expect(await changed.save()).toBe(true);
		expect(cacheFiles()).toHaveLength(1);
		expect(cacheFiles()).not.toContain(old);
	});

	it('ignores a cache that is not one, runs the script from its source, and replaces the cache', async () => {
		await runCachedScript<Counter>(script, {cacheDir, env}).save();
		const file = join(cacheDir, cacheFiles()[0]!);
		writeFileSync(file, Buffer.from('not a code cache at all, just bytes'), {mode: 0o600});
		const damaged = runCachedScript<Counter>(sameScriptElsewhere(), {cacheDir, env});
		expect(damaged.cache, 'never given to V8: its MAC does not verify').toBe('unauthentic');
		expect(damaged.exports.count('banana')).toBe(3);
		expect(await damaged.save()).toBe(true);
		expect(runCachedScript<Counter>(sameScriptElsewhere(), {cacheDir, env}).cache).toBe('used');
	});

	it.skipIf(process.platform === 'win32')(
		'neither reads nor writes a cache that someone else could have written',
		async () => {
			await runCachedScript<Counter>(script, {cacheDir, env}).save();
			const file = join(cacheDir, cacheFiles()[0]!);
			chmodSync(file, 0o666);
			expect(runCachedScript<Counter>(script, {cacheDir, env}).cache).toBe('untrusted');
			chmodSync(file, 0o600);
			chmodSync(cacheDir, 0o777);
			const shared = runCachedScript<Counter>(script, {cacheDir, env});
			expect(shared.cache).toBe('untrusted');
			expect(shared.exports.count('banana')).toBe(3);
			expect(await shared.save()).toBe(false);
		},
	);

	it('is off with STS_MFA_NO_CODE_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1: nothing read, nothing written', async () => {
		for (const off of [{STS_MFA_NO_CODE_CACHE: '1'}, {NODE_DISABLE_COMPILE_CACHE: '1'}]) {
			const run = runCachedScript<Counter>(script, {cacheDir, env: off});
			expect(run.cache).toBe('off');
			expect(run.exports.count('banana')).toBe(3);
			expect(await run.save()).toBe(false);
		}
		expect(() => readdirSync(cacheDir)).toThrow();
	});

	it('goes on without a cache where none can be written', async () => {
		const blocked = join(root, 'a-file');
		writeFileSync(blocked, '');
		const run = runCachedScript<Counter>(script, {cacheDir: join(blocked, 'cache'), env});
		expect(run.exports.count('banana')).toBe(3);
		expect(await run.save()).toBe(false);
	});

	it('uses STS_MFA_CACHE_DIR when no directory is given', async () => {
		const run = runCachedScript<Counter>(script, {env: {STS_MFA_CACHE_DIR: cacheDir}});
		expect(await run.save()).toBe(true);
		expect(cacheFiles()).toHaveLength(1);
	});
});

describe('the built dashboard script', () => {
	it('runs through the code cache: Ink, React, Yoga and the views, from the cache on the second start', async () => {
		ensureBuilt();
		const dashboard = join(ROOT, 'dist', 'dashboard-script.cjs');
		mkdirSync(cacheDir);
		chmodSync(cacheDir, 0o700);
		type Exports = {
			renderDashboard: unknown;
			loadYoga: () => Promise<{Node: {create: () => {free: () => void}}}>;
			provideYoga: unknown;
		};
		const first = runCachedScript<Exports>(dashboard, {cacheDir, env});
		expect(first.cache).toBe('absent');
		expect(typeof first.exports.renderDashboard).toBe('function');
		expect(typeof first.exports.provideYoga).toBe('function');
		const yoga = await first.exports.loadYoga();
		yoga.Node.create().free();
		expect(await first.save()).toBe(true);
		const second = runCachedScript<Exports>(sameScriptElsewhere(dashboard), {cacheDir, env});
		expect(second.cache).toBe('used');
		expect(typeof second.exports.renderDashboard).toBe('function');
	});
});
