import {SandboxError} from './errors.js';

/*
 * Guessing an MFA code, bounded. A code is 6 digits and three time steps are accepted at any moment,
 * so an unthrottled guesser (875 a second was measured) finds one in minutes. Per device: at
 * LOCK_AFTER_FAILURES wrong codes in a row, the device checks no code at all, the right one
 * included, for a second, and each further wrong code doubles that lock, up to an hour. Requests
 * during a lock are answered AWS's `Throttling` and count for nothing, so retrying clients (the
 * SDKs retry Throttling) do not lengthen it; a right code after a lock ends starts the count
 * again. Once at the cap, a guesser gets one guess an hour: a code is then expected after about
 * 38 years. The count lives with the device object, in memory: a device deleted and made again
 * starts afresh (whoever can do that chooses its seed anyway); a restart forgets it.
 */

/** The device locks at this many wrong codes in a row; fewer cost nothing (a person mistyping). */
export const LOCK_AFTER_FAILURES = 5;
export const FIRST_LOCK_MS = 1_000;
export const MAX_LOCK_MS = 60 * 60 * 1_000;

interface Guesses {
	failures: number;
	lockedUntil: number;
}

export class MfaGuessThrottle {
	readonly #byDevice = new WeakMap<object, Guesses>();

	/**
	 * Runs `check` (which answers the accepted step, or undefined for a wrong code) unless the device
	 * is locked, and counts its outcome. Throws Throttling while locked, without running `check`.
	 */
	attempt(device: object, now: number, check: () => number | undefined): number | undefined {
		const guesses = this.#byDevice.get(device) ?? {failures: 0, lockedUntil: 0};
		if (now < guesses.lockedUntil) throw throttled(guesses, now);
		const step = check();
		if (step !== undefined) {
			this.#byDevice.delete(device);
			return step;
		}
		guesses.failures++;
		if (guesses.failures >= LOCK_AFTER_FAILURES) guesses.lockedUntil = now + lockMs(guesses.failures);
		this.#byDevice.set(device, guesses);
		return undefined;
	}
}

/** The lock after the n-th wrong code in a row (n ≥ LOCK_AFTER_FAILURES): 1 s, 2 s, 4 s, … an hour. */
export function lockMs(failures: number): number {
	const doublings = Math.min(failures - LOCK_AFTER_FAILURES, 32);
	return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}

function throttled(guesses: Guesses, now: number): SandboxError {
	const seconds = Math.ceil((guesses.lockedUntil - now) / 1000);
	return new SandboxError(
		'Throttling',
		`Rate exceeded: ${guesses.failures} wrong MFA codes in a row for this device; no code is checked for it for ${seconds} more second${seconds === 1 ? '' : 's'}.`,
		400,
	);
}
