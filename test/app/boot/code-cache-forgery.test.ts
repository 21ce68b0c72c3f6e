import {spawn} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import vm from 'node:vm';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCachedScript} from '../../../source/app/boot/code-cache.js';
import {createFileSealer} from '../../../source/owner-only-file.js';
import {type Counter, cacheFilesIn, counterScript, scriptCopier} from './cached-scripts.js';

// What an attacker's bytecode does when it runs: sets a mark no genuine script sets.
const FORGED_MARK = '__stsMfaForgedCodeRan';
const marks = globalThis as Record<string, unknown>;

/** Another script of exactly the victim's length: V8 checks only the length, so its cache passes for the victim's. */
function forgedScript(victim: string): string {
	const body = `(function (exports, require, module) { globalThis.${FORGED_MARK} = true; module.exports = {count: () => -1}; })`;
	if (body.length > victim.length) throw new Error('the victim script is too short to forge');
	return body + ' '.repeat(victim.length - body.length);
}

function forgedCache(victim: string): Buffer {
	return new vm.Script(forgedScript(victim), {filename: 'forged.js'}).createCachedData();
}

let root: string;
let script: string;
let cacheDir: string;
const env = {};
const sameScriptElsewhere = scriptCopier(() => root);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'sts-mfa-forged-cache-'));
	script = join(root, 'counter-script.js');
	cacheDir = join(root, 'cache');
	writeFileSync(script, counterScript('a'));
	delete marks[FORGED_MARK];
});
afterEach(() => {
	chmodSync(root, 0o700);
	rmSync(root, {recursive: true, force: true});
	delete marks[FORGED_MARK];
});

/** Writes a real cache for the script and returns its path. */
async function genuineCache(): Promise<string> {
	expect(await runCachedScript<Counter>(script, {cacheDir, env}).save()).toBe(true);
	return join(cacheDir, cacheFilesIn(cacheDir)[0]!);
}

describe('the code cache cannot be forged', () => {
	it('V8 itself runs a cache made from another script of the same length (what the MAC is for)', () => {
		const victim = counterScript('a');
		const fooled = new vm.Script(victim, {filename: 'victim.js', cachedData: forgedCache(victim)});
		expect(fooled.cachedDataRejected).toBe(false);
		(fooled.runInThisContext() as (...args: unknown[]) => void)({}, undefined, {exports: {}});
		expect(marks[FORGED_MARK]).toBe(true);
	});

	it('never gives V8 a same-length forgery put in its place, bare or sealed under another key, and replaces it', async () => {
		const file = await genuineCache();
		const victim = readFileSync(script, 'utf8');
		const otherUsersSealer = createFileSealer(join(root, 'attacker'), 'sts-mfa v8 code cache');
		for (const forged of [forgedCache(victim), otherUsersSealer.seal(forgedCache(victim))]) {
			writeFileSync(file, forged, {mode: 0o600});
			const run = runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env});
			expect(run.cache).toBe('unauthentic');
			expect(marks[FORGED_MARK], 'the forged bytecode ran').toBeUndefined();
			expect(run.exports.count('banana')).toBe(3);
			expect(await run.save()).toBe(true);
			expect(runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env}).cache).toBe('used');
		}
	});

	it('does not follow a symbolic link put in place of the cache file', async () => {
		const file = await genuineCache();
		const elsewhere = join(root, 'elsewhere.v8cache');
		writeFileSync(elsewhere, readFileSync(file), {mode: 0o600});
		rmSync(file);
		symlinkSync(elsewhere, file);
		const run = runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env});
		expect(run.cache).toBe('untrusted');
		expect(run.exports.count('banana')).toBe(3);
	});

	it.skipIf(process.getuid === undefined)(
		'below a directory others can write, a directory swapped in at any moment runs nothing',
		async () => {
			// `shared` stands for a directory another user can write: they may rename `cache` away and
			// their own `evil` (its own key, a forgery sealed with it) into its place, over and over.
			const shared = join(root, 'shared');
			const evil = join(shared, 'evil');
			cacheDir = join(shared, 'cache');
			mkdirSync(shared);
			await genuineCache();
			const name = cacheFilesIn(cacheDir)[0]!;
			mkdirSync(evil, {mode: 0o700});
			const attackerSealer = createFileSealer(evil, 'sts-mfa v8 code cache');
			writeFileSync(join(evil, name), attackerSealer.seal(forgedCache(readFileSync(script, 'utf8'))), {mode: 0o600});
			chmodSync(shared, 0o777);
			const swapper = spawn(process.execPath, [
				'-e',
				`const {renameSync} = require('node:fs'); const [a, b, t] = process.argv.slice(1);
				for (;;) { try { renameSync(a, t); renameSync(b, a); renameSync(t, b); } catch {} }`,
				cacheDir,
				evil,
				join(shared, 'swap'),
			]);
			try {
				const seen = new Set<string>();
				for (let start = 0; start < 40; start++) {
					const run = runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env});
					seen.add(run.cache);
					expect(run.exports.count('banana')).toBe(3);
				}
				expect(marks[FORGED_MARK], 'the swapped-in bytecode ran').toBeUndefined();
				expect([...seen].filter((state) => state !== 'untrusted' && state !== 'absent')).toEqual([]);
			} finally {
				swapper.kill('SIGKILL');
			}
		},
	);
});

describe('a damaged code cache never crashes', () => {
	/** A script with enough compiled functions that damage lands in bytecode, not only in the header. */
	function largerScript(): string {
		const functions = Array.from(
			{length: 300},
			(_, i) => `function f${i}(x) { return x.split('${i}').map((part) => part.length * ${i}).join(); }`,
		);
		return `(function (exports, require, module) { ${functions.join('\n')}
			module.exports = {count: (text) => text.split('a').length - 1 + [${functions.map((_, i) => `f${i}('a${i}b')`).join(',')}].length * 0};
		})`;
	}

	const damages: Record<string, (bytes: Buffer) => void> = {
		'bytes flipped after the header': (bytes) => {
			for (let at = 96; at < bytes.length; at += 97) bytes[at] = bytes[at]! ^ 0xff;
		},
		'a block zeroed after the header': (bytes) => bytes.fill(0, 128, Math.min(bytes.length, 128 + 4096)),
	};

	for (const [damage, apply] of Object.entries(damages)) {
		it(`${damage}: detected, ignored (the script runs from its source) and rewritten`, async () => {
			writeFileSync(script, largerScript());
			const file = await genuineCache();
			const bytes = readFileSync(file);
			apply(bytes);
			writeFileSync(file, bytes, {mode: 0o600});
			const run = runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env});
			expect(run.cache).toBe('unauthentic');
			expect(run.exports.count('banana')).toBe(3);
			expect(await run.save()).toBe(true);
			expect(readFileSync(file).equals(bytes)).toBe(false);
			expect(runCachedScript<Counter>(sameScriptElsewhere(script), {cacheDir, env}).cache).toBe('used');
		});
	}
});
