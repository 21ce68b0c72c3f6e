/**
 * Loads the dashboard (Ink, React, Yoga), with two adjustments that only last while its modules
 * evaluate:
 * - Yoga's WebAssembly loader fetches its inlined module from a data: URL whenever a global fetch
 *   exists, and Node's first fetch loads its whole HTTP client (undici) — 20–30 ms of start-up
 *   spent before the first frame for nothing. Without a global fetch the loader decodes the same
 *   bytes directly. Nothing else runs a fetch meanwhile: the SDK and the sandbox use node:http.
 * - Ink reads CI / CONTINUOUS_INTEGRATION once, at import, and in CI draws nothing until it exits.
 *   The dashboard only runs when stdout is a terminal (plain mode otherwise), so a CI variable
 *   left in a person's shell must not blank it.
 */
export async function loadDashboard(): Promise<typeof import('./render.js')> {
	const global = globalThis as {fetch?: unknown};
	const descriptor = Object.getOwnPropertyDescriptor(global, 'fetch');
	const hidden = descriptor?.configurable === true && delete global.fetch;
	const restoreCi = forInteractiveTerminal(['CI', 'CONTINUOUS_INTEGRATION']);
	try {
		return await import('./render.js');
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
