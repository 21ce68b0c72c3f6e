/*
 * The one polling loop of the tests: for a state that something else (a child process, a terminal,
 * a timer) brings about, with nothing to await. Every wait has a deadline and says what it waited
 * for; the deadline only bounds a wait that would otherwise hang, and is never what a test asserts.
 */

export interface WaitOptions {
	/** Give up after this long (default 20 s: a loaded CI machine, not what the test asserts). */
	readonly timeoutMs?: number;
	/** Between checks (default 20 ms). */
	readonly intervalMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the first value of `check` that is neither undefined nor false; rejects with
 * "timed out waiting for <what>" when there is none by the deadline, or as soon as `check` throws.
 */
export async function waitUntil<T>(
	what: string,
	check: () => T | undefined | false | Promise<T | undefined | false>,
	options: WaitOptions = {},
): Promise<T> {
	const result = await poll(check, options);
	if (result.found) return result.value;
	throw new Error(`timed out after ${options.timeoutMs ?? 20_000} ms waiting for ${what}`);
}

/** As waitUntil, but resolves to false at the deadline instead of rejecting: for a test that reports what it saw. */
export async function becomes(check: () => boolean | Promise<boolean>, options: WaitOptions = {}): Promise<boolean> {
	return (await poll(async () => (await check()) || undefined, options)).found;
}

/** Retries `assertion` until it stops throwing; at the deadline, throws its last error. */
export async function eventually<T>(assertion: () => T, options: WaitOptions = {}): Promise<T> {
	let lastError: unknown;
	const result = await poll(() => {
		try {
			return {value: assertion()};
		} catch (error) {
			lastError = error;
			return undefined;
		}
	}, options);
	if (result.found) return result.value.value;
	throw lastError;
}

async function poll<T>(
	check: () => T | undefined | false | Promise<T | undefined | false>,
	{timeoutMs = 20_000, intervalMs = 20}: WaitOptions,
): Promise<{found: true; value: T} | {found: false}> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined && value !== false) return {found: true, value};
		if (Date.now() > deadline) return {found: false};
		await pause(intervalMs);
	}
}

/** Reads until `done(value)` holds or the deadline passes, and returns the last value read: for a test that then asserts on it. */
export async function readUntil<T>(
	read: () => T | Promise<T>,
	done: (value: T) => boolean,
	options: WaitOptions = {},
): Promise<T> {
	let last!: T;
	await poll(async () => {
		last = await read();
		return done(last);
	}, options);
	return last;
}
