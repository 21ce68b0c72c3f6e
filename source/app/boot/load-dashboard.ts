import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {Yoga} from 'yoga-layout/load';
import type {renderCheckDashboard} from '../../check/view/render.js';
import type {openMfaPrompt} from '../../commands/session/render-prompt.js';
import type {renderDashboard, wrapToWidth} from '../render.js';
import {activeLanguage, type setLanguage} from '../../words/language.js';
import {runCachedScript} from './code-cache.js';
import {enableNodeCompileCache, flushNodeCompileCache, nodeHasCompileCache} from './compile-cache.js';

/** The dashboard script, built beside dist/cli.js (scripts/build.mjs). */
const DASHBOARD_SCRIPT = 'dashboard-script.cjs';

/** What the dashboard script (dist/dashboard-script.cjs, built from render.tsx) exports. */
interface DashboardScript {
	readonly renderDashboard: typeof renderDashboard;
	readonly wrapToWidth: typeof wrapToWidth;
	/** `sts-mfa session`'s prompt for an MFA code on the controlling terminal. */
	readonly openMfaPrompt: typeof openMfaPrompt;
	/** `sts-mfa check`'s dashboard. */
	readonly renderCheckDashboard: typeof renderCheckDashboard;
	/** yoga-layout/load's: instantiates Yoga's WebAssembly. */
	readonly loadYoga: () => Promise<Yoga>;
	/** Hands the instance to Ink, which scripts/shims/yoga-layout.js stands in for its yoga-layout. */
	readonly provideYoga: (yoga: Yoga) => void;
	/** The script's own copy of the words' language (words/language.ts): set to the CLI's choice before it draws. */
	readonly setLanguage: typeof setLanguage;
}

export interface LoadedDashboard {
	readonly renderDashboard: typeof renderDashboard;
	/** Word-wraps a line for the normal screen (Ink's wrap-ansi, in the same script). */
	readonly wrapToWidth: typeof wrapToWidth;
	/** Keeps the code compiled so far for the next start; call once the first frame is out. */
	readonly saveCodeCache: () => Promise<boolean>;
}

/**
 * Loads the dashboard (Ink, React, Yoga, the views). The build makes it one script, because
 * compiling it was most of the time to the first frame, and runs it with V8's code cache
 * (code-cache.ts). yoga-layout instantiates its WebAssembly with a top-level await, which a script cannot
 * hold, so Yoga is instantiated here, once the script has run, and handed to Ink.
 *
 * Two adjustments last only while this runs:
 * - Yoga's WebAssembly loader fetches its inlined module from a data: URL whenever a global fetch
 *   exists, and Node's first fetch loads its whole HTTP client (undici) — 20–30 ms of start-up
 *   spent before the first frame for nothing. Without a global fetch the loader decodes the same
 *   bytes directly. Nothing else runs a fetch meanwhile: the SDK and the sandbox use node:http.
 * - Ink reads CI / CONTINUOUS_INTEGRATION once, at import, and in CI draws nothing until it exits.
 *   The dashboard only runs when stdout is a terminal (plain mode otherwise), so a CI variable
 *   left in a person's shell must not blank it.
 */
export async function loadDashboard(): Promise<LoadedDashboard> {
	const script = await loadDashboardScript();
	const {renderDashboard, wrapToWidth} = script.exports;
	return {renderDashboard, wrapToWidth, saveCodeCache: () => script.save()};
}

/** The same script, for `sts-mfa session`'s prompt (Ink is in it; the session command loads it only to ask). */
export async function loadMfaPrompt(): Promise<{
	readonly openMfaPrompt: typeof openMfaPrompt;
	readonly saveCodeCache: () => Promise<boolean>;
}> {
	const script = await loadDashboardScript();
	return {openMfaPrompt: script.exports.openMfaPrompt, saveCodeCache: () => script.save()};
}

/** The same script, for `sts-mfa check`'s dashboard. */
export async function loadCheckDashboard(): Promise<typeof renderCheckDashboard> {
	return (await loadDashboardScript()).exports.renderCheckDashboard;
}

async function loadDashboardScript() {
	const global = globalThis as {fetch?: unknown};
	const descriptor = Object.getOwnPropertyDescriptor(global, 'fetch');
	const hidden = descriptor?.configurable === true && delete global.fetch;
	const restoreCi = forInteractiveTerminal(['CI', 'CONTINUOUS_INTEGRATION']);
	try {
		const script = runDashboardScript(fileURLToPath(new URL(DASHBOARD_SCRIPT, import.meta.url)));
		script.exports.provideYoga(await script.exports.loadYoga());
		// Its views would otherwise speak English whatever --lang or LANG chose (the script is a bundle of its own).
		script.exports.setLanguage(activeLanguage());
		return script;
	} finally {
		restoreCi();
		if (hidden && descriptor) Object.defineProperty(global, 'fetch', descriptor);
	}
}

/**
 * The hand-made V8 cache (code-cache.ts) on every Node: written after the first frame, it holds the
 * functions that frame compiled, and so beats Node's compile cache, which keeps only what compiles
 * eagerly, on Node 22 and 24 too (README.md beside this file has the figures).
 * STS_MFA_DASHBOARD_LOADER=node-compile-cache takes Node's instead where Node has one, for
 * `npm run bench` to show whether the hand-made one still pays.
 */
function runDashboardScript(file: string): {exports: DashboardScript; save: () => Promise<boolean>} {
	if (process.env.STS_MFA_DASHBOARD_LOADER === 'node-compile-cache' && nodeHasCompileCache()) {
		enableNodeCompileCache();
		return {
			exports: createRequire(import.meta.url)(file) as DashboardScript,
			save: async () => flushNodeCompileCache(),
		};
	}
	const script = runCachedScript<DashboardScript>(file);
	return {exports: script.exports, save: () => script.save()};
}

/** Sets each variable to "false" (what is-in-ci reads as not CI); returns the undo. */
function forInteractiveTerminal(names: readonly string[]): () => void {
	const saved = names.map((name) => [name, process.env[name]] as const);
	for (const name of names) if (process.env[name] !== undefined) process.env[name] = 'false';
	return () => {
		for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
	};
}
