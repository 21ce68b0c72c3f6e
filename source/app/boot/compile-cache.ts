import module from 'node:module';
import path from 'node:path';
import {noteOwnSetting} from '../../own-environment.js';
import {makeDirectorySync, ownerOnlyDirectoryProblem} from '../../owner-only-file.js';
import {codeCacheDirectory, codeCacheDisabled} from './code-cache.js';

/**
 * Node's own compile cache (module.enableCompileCache, Node 22.1 and later), for the chunks the CLI
 * loads after the first frame (the sandbox, the SDK). The dashboard keeps code-cache.ts's V8 cache,
 * which is faster on Node 22 and 24 too (README.md beside this file); STS_MFA_DASHBOARD_LOADER=
 * node-compile-cache puts the dashboard under this cache instead, for the benchmark's comparison.
 *
 * Node reads its cache files by path and checks only that they match the source, so they are as
 * executable as code-cache.ts's and a planted one would run. Node's default directory is in the
 * shared temporary directory; here the cache lives only in sts-mfa's cache directory
 * (STS_MFA_CACHE_DIR or ~/.cache/sts-mfa), in a subdirectory open to no one else below directories
 * no one else can change (checked as OpenSSH checks, source/owner-only-file.ts). Then no one else
 * can reach, plant or swap anything in it, whatever modes Node gives what it creates there.
 */
export type CompileCacheState = 'enabled' | 'unsupported' | 'off' | 'untrusted' | 'failed';

export const NODE_COMPILE_CACHE_SUBDIRECTORY = 'node-compile-cache';

type EnableCompileCache = (directory?: string) => {status: number; message?: string; directory?: string};

let state: CompileCacheState | undefined;

/** Turns Node's compile cache on, once per process, where it can be trusted; says whether it is on. */
export function enableNodeCompileCache(env: NodeJS.ProcessEnv = process.env): CompileCacheState {
	state ??= enable(env);
	return state;
}

export function nodeHasCompileCache(): boolean {
	return typeof (module as {enableCompileCache?: unknown}).enableCompileCache === 'function';
}

function enable(env: NodeJS.ProcessEnv): CompileCacheState {
	const enableCompileCache = (module as {enableCompileCache?: EnableCompileCache}).enableCompileCache;
	if (enableCompileCache === undefined) return 'unsupported';
	if (codeCacheDisabled(env)) return 'off';
	const directory = path.join(codeCacheDirectory(env), NODE_COMPILE_CACHE_SUBDIRECTORY);
	try {
		makeDirectorySync(directory);
	} catch {
		return 'failed'; // no cache costs speed only
	}
	if (ownerOnlyDirectoryProblem(directory) !== undefined) return 'untrusted';
	const before = process.env.NODE_COMPILE_CACHE;
	const {status} = enableCompileCache(directory);
	// Node may hand the directory to child processes through the environment: sts-mfa's, not the user's.
	noteOwnSetting('NODE_COMPILE_CACHE', before);
	const {ENABLED, ALREADY_ENABLED} = (module as unknown as {constants: {compileCacheStatus: Record<string, number>}})
		.constants.compileCacheStatus;
	return status === ENABLED || status === ALREADY_ENABLED ? 'enabled' : 'failed';
}

/** Writes what was compiled so far (Node 22.10 and later; earlier ones write it as the process exits). */
export function flushNodeCompileCache(): boolean {
	const flush = (module as {flushCompileCache?: () => void}).flushCompileCache;
	if (state !== 'enabled' || flush === undefined) return false;
	flush();
	return true;
}
