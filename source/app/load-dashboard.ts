/**
 * Loads the dashboard (Ink, React, Yoga). Yoga's WebAssembly loader fetches its inlined module from
 * a data: URL whenever a global fetch exists, and Node's first fetch loads its whole HTTP client
 * (undici) — 20–30 ms of start-up spent before the first frame for nothing. Without a global fetch
 * the loader decodes the same bytes directly, so fetch is hidden while the module evaluates.
 * Nothing else runs a fetch meanwhile: the SDK and the sandbox use node:http.
 */
export async function loadDashboard(): Promise<typeof import('./render.js')> {
	const global = globalThis as {fetch?: unknown};
	const descriptor = Object.getOwnPropertyDescriptor(global, 'fetch');
	const hidden = descriptor?.configurable === true && delete global.fetch;
	try {
		return await import('./render.js');
	} finally {
		if (hidden && descriptor) Object.defineProperty(global, 'fetch', descriptor);
	}
}
