import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import envPaths from 'env-paths';
import {createFileSealer, type FileSealer, readOwnerOnlyFileSync, writeOwnerOnlyFile} from '../../owner-only-file.js';

/**
 * Runs a CommonJS module, built as a script, with V8's code cache kept between runs.
 *
 * Compiling Ink, React and Yoga (about 900 KB of JavaScript) was most of the first frame's time.
 * Node 20 has no compile cache for modules, and Node 22's keeps only what compiles eagerly, but V8
 * takes and gives cached code for a vm.Script, at any moment: written after the first frame, it
 * holds every function that frame compiled (README.md beside this file has the figures). The
 * build makes the dashboard one file whose value, run as a script, is the function Node wraps a
 * CommonJS module in (dist/dashboard-script.cjs), and it runs here.
 *
 * Cached code is executable, and V8 checks only its version, its flags and the source's length:
 * bytes made from another script of the same length run as that script. So the cache is used only
 * when it is certainly the user's own:
 * - its bytes carry an HMAC under a per-user key kept owner-only beside it (source/owner-only-file.ts),
 *   checked before V8 sees them: a planted, swapped-in or damaged file is never parsed, and the next
 *   save() replaces it;
 * - it is read through its open descriptor (O_NOFOLLOW, fstat: owned by the user, writable by no
 *   one else), and only when every directory above it is the user's or root's alone, as OpenSSH
 *   checks its files: no one else can rename or swap anything on the way to it;
 * - its name carries a hash of the script's content and the V8 version and architecture, so an
 *   upgrade never asks V8 about stale code and several Node versions keep one each;
 * - save() writes it (atomically, mode 0600) after the first frame, so it also holds the functions
 *   that frame compiled;
 * - STS_MFA_NO_CODE_CACHE=1 (or Node's own NODE_DISABLE_COMPILE_CACHE=1) turns it off.
 * It holds compiled code only: no credentials, codes or seeds ever pass through a script's source.
 */
export type CodeCacheState =
	/** Read, authenticated and accepted by V8. */
	| 'used'
	| 'absent'
	/** Authentic, but V8 refused it (other flags): replaced by save(). */
	| 'rejected'
	/** Its MAC does not verify (planted, or damaged after it was written): never given to V8; replaced by save(). */
	| 'unauthentic'
	| 'off'
	/** The file or a directory above it is not the user's alone: neither read nor written. */
	| 'untrusted';

export interface CachedScript<Exports> {
	readonly exports: Exports;
	/** What happened to the cache on this run. */
	readonly cache: CodeCacheState;
	/** Writes the cache if this run had none it could use; resolves to whether one was written. */
	save(): Promise<boolean>;
}

export interface CodeCacheOptions {
	/** Where caches live; default STS_MFA_CACHE_DIR or the platform's per-user cache directory. */
	readonly cacheDir?: string;
	readonly env?: NodeJS.ProcessEnv;
}

const EXTENSION = '.v8cache';
/** Part of the MAC: bytes sealed for another purpose never pass for a code cache. */
const SEAL_PURPOSE = 'sts-mfa v8 code cache';
/** The dashboard's cache is about 2 MB; anything far larger is not one. */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return env.STS_MFA_CACHE_DIR || envPaths('sts-mfa', {suffix: ''}).cache;
}

export function codeCacheDisabled(env: NodeJS.ProcessEnv): boolean {
	return env.STS_MFA_NO_CODE_CACHE === '1' || env.NODE_DISABLE_COMPILE_CACHE === '1';
}

/** The cache's V8 data when it is the user's own and authentic; otherwise why not. */
function readSealed(file: string, sealer: FileSealer): Buffer | 'absent' | 'untrusted' | 'unauthentic' {
	const read = readOwnerOnlyFileSync(file, {maxBytes: MAX_CACHE_BYTES});
	if (!read.ok) return read.reason === 'missing' ? 'absent' : 'untrusted';
	return sealer.unseal(read.data) ?? 'unauthentic';
}

export function runCachedScript<Exports>(scriptFile: string, options: CodeCacheOptions = {}): CachedScript<Exports> {
	const env = options.env ?? process.env;
	const source = readFileSync(scriptFile, 'utf8');
	const prefix = `${path.basename(scriptFile)}-v8-${process.versions.v8}-${process.arch}-`;
	const directory = options.cacheDir ?? codeCacheDirectory(env);
	const cacheFile = path.join(
		directory,
		`${prefix}${createHash('sha256').update(source).digest('hex').slice(0, 24)}${EXTENSION}`,
	);
	const sealer = createFileSealer(directory, SEAL_PURPOSE);
	const cached = codeCacheDisabled(env) ? 'off' : readSealed(cacheFile, sealer);

	const script = new vm.Script(source, {
		filename: scriptFile,
		cachedData: Buffer.isBuffer(cached) ? cached : undefined,
	});
	const cache: CodeCacheState = Buffer.isBuffer(cached) ? (script.cachedDataRejected ? 'rejected' : 'used') : cached;
	// Called as Node calls a CommonJS module's wrapper: it runs as if require()d.
	const module = {exports: {} as Exports};
	const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
	wrapper.call(module.exports, module.exports, createRequire(scriptFile), module, scriptFile, path.dirname(scriptFile));

	let saved = false;
	return {
		exports: module.exports,
		cache,
		async save() {
			if (saved || (cache !== 'absent' && cache !== 'rejected' && cache !== 'unauthentic')) return false;
			saved = true;
			try {
				// seal() makes the key only in a directory no one else can change, or throws.
				await writeOwnerOnlyFile(cacheFile, sealer.seal(script.createCachedData()));
				removeStale(directory, prefix, cacheFile);
				return true;
			} catch {
				return false; // a cache that cannot be written only costs the next start its speed
			}
		},
	};
}

/** Caches of earlier builds of the same script, for the same V8, are never read again. */
function removeStale(directory: string, prefix: string, current: string): void {
	for (const entry of readdirSync(directory)) {
		const file = path.join(directory, entry);
		if (file !== current && entry.startsWith(prefix) && entry.endsWith(EXTENSION)) rmSync(file, {force: true});
	}
}
