import {fileURLToPath} from 'node:url';
import type {Yoga} from 'yoga-layout/load';
import {runCachedScript} from './code-cache.js';
import type {renderDashboard} from '../render.js';

/** What the dashboard script (dist/dashboard-script.js, built from render.tsx) exports. */
interface DashboardScript {
	readonly renderDashboard: typeof renderDashboard;
	/** yoga-layout/load's: instantiates Yoga's WebAssembly. */
	readonly loadYoga: () => Promise<Yoga>;
	/** Hands the instance to Ink, which scripts/shims/yoga-layout.js stands in for its yoga-layout. */
	readonly provideYoga: (yoga: Yoga) => void;
}

export interface LoadedDashboard {
	readonly renderDashboard: typeof renderDashboard;
	/** Keeps the code compiled so far (source/app/boot/code-cache.ts) for the next start; call once the first frame is out. */
	readonly saveCodeCache: () => Promise<boolean>;
}

/**
 * Loads the dashboard (Ink, React, Yoga, the views). The build makes it one script, run with V8's
 * code cache (source/app/boot/code-cache.ts), because compiling it was most of the time to the first
 * frame. yoga-layout instantiates its WebAssembly with a top-level await, which a script cannot
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
	const global = globalThis as {fetch?: unknown};
	const descriptor = Object.getOwnPropertyDescriptor(global, 'fetch');
	const hidden = descriptor?.configurable === true && delete global.fetch;
	const restoreCi = forInteractiveTerminal(['CI', 'CONTINUOUS_INTEGRATION']);
	try {
		const script = runCachedScript<DashboardScript>(fileURLToPath(new URL('dashboard-script.js', import.meta.url)));
		script.exports.provideYoga(await script.exports.loadYoga());
		return {renderDashboard: script.exports.renderDashboard, saveCodeCache: () => script.save()};
	} finally {
		restoreCi();
		if (hidden && descriptor) Object.defineProperty(global, 'fetch', descriptor);
	}
}

/** Sets each variable to "false" (what is-in-ci reads as not CI); returns the undo. */
function forInteractiveTerminal(names: readonly string[]): () => void {
	const saved = names.map((name) => [name, process.env[name]] as const);
	for (const name of names) if (process.env[name] !== undefined) process.env[name] = 'false';
	return () => {
		for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
	};
}
