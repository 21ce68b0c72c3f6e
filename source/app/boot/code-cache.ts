import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import envPaths from 'env-paths';
import {makeDirectory} from '../../make-directory.js';

/**
 * Runs a CommonJS module, built as a script, with V8's code cache kept between runs.
 *
 * Most of the dashboard's time to its first frame went to compiling Ink, React and Yoga (about
 * 900 KB of JavaScript) on every start. Node 22 caches compiled modules itself
 * (module.enableCompileCache); Node 20 has no such cache for modules, but V8 takes and gives cached
 * code for a vm.Script. So the build makes the dashboard one script whose value is the function
 * Node wraps a CommonJS module in, `(function (exports, require, module, __filename, __dirname)
 * {...})` (dist/dashboard-script.js), and it runs here:
 * - the cache is read from the user's own cache directory (~/.cache/sts-mfa on Linux, or
 *   STS_MFA_CACHE_DIR), and only from a directory and file owned by the user that no one else can
 *   write: cached code is executable, and V8 checks only its version, flags and the source's length;
 * - its file name carries a hash of the script's content and the V8 version, so an upgrade never
 *   runs stale code and several Node versions keep a cache each;
 * - it is written (atomically, mode 0600) by save(), which the dashboard calls after its first
 *   frame, so it also holds the functions that frame compiled; V8 rejects a cache made by another
 *   Node or with other flags, and save() then replaces it;
 * - STS_MFA_NO_CODE_CACHE=1 (or Node's own NODE_DISABLE_COMPILE_CACHE=1) turns it off.
 * It holds compiled code only: no credentials, codes or seeds ever pass through a script's source.
 */
export type CodeCacheState = 'used' | 'absent' | 'rejected' | 'off' | 'untrusted';

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

export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return env.STS_MFA_CACHE_DIR || envPaths('sts-mfa', {suffix: ''}).cache;
}

function cacheDisabled(env: NodeJS.ProcessEnv): boolean {
	return env.STS_MFA_NO_CODE_CACHE === '1' || env.NODE_DISABLE_COMPILE_CACHE === '1';
}

/** Only the current user may have written it (POSIX); elsewhere there is nothing to check. */
function ownedAndPrivate(file: string, kind: 'directory' | 'file'): boolean {
	const stat = lstatSync(file);
	if (kind === 'directory' ? !stat.isDirectory() : !stat.isFile()) return false;
	if (typeof process.getuid !== 'function') return true;
	return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

function readTrusted(directory: string, file: string): Buffer | 'absent' | 'untrusted' {
	try {
		if (!ownedAndPrivate(directory, 'directory')) return 'untrusted';
	} catch {
		return 'absent'; // no directory yet: save() creates it
	}
	try {
		if (!ownedAndPrivate(file, 'file')) return 'untrusted';
		return readFileSync(file);
	} catch {
		return 'absent';
	}
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
	const cached = cacheDisabled(env) ? 'off' : readTrusted(directory, cacheFile);

	const script = new vm.Script(source, {
		filename: scriptFile,
		cachedData: Buffer.isBuffer(cached) ? cached : undefined,
	});
	const cache: CodeCacheState = Buffer.isBuffer(cached)
		? script.cachedDataRejected === true
			? 'rejected'
			: 'used'
		: cached;
	// Called as Node calls a CommonJS module's wrapper: it runs as if require()d.
	const module = {exports: {} as Exports};
	const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
	wrapper.call(module.exports, module.exports, createRequire(scriptFile), module, scriptFile, path.dirname(scriptFile));

	let saved = false;
	return {
		exports: module.exports,
		cache,
		async save() {
			if (saved || (cache !== 'absent' && cache !== 'rejected')) return false;
			saved = true;
			try {
				await makeDirectory(directory);
				if (!ownedAndPrivate(directory, 'directory')) return false;
				const {default: writeFileAtomic} = await import('write-file-atomic');
				await writeFileAtomic(cacheFile, script.createCachedData(), {mode: 0o600});
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
