import {PERIOD_MS} from '../scenario/authenticator.js';

/*
 * The authenticator's countdown to its next code, said only at a few moments: a line every second
 * would drown everything else a screen reader has to say.
 */

/** The seconds left at which the countdown is said: a new code (30), then time to type it (10, 5). */
export const SAID_AT: readonly number[] = [30, 10, 5];

/** Seconds until the authenticator shows its next code (TOTP steps are aligned to the epoch). */
export function secondsToNextCode(nowMs: number): number {
	const period = PERIOD_MS / 1000;
	return period - (Math.floor(nowMs / 1000) % period);
}

/**
 * The seconds to say now, or undefined: only at one of SAID_AT, and only once for it (`lastSaid` is
 * what was said last, so a clock read several times in the same second says it once).
 */
export function countdownToSay(secondsLeft: number, lastSaid: number | undefined): number | undefined {
	return SAID_AT.includes(secondsLeft) && secondsLeft !== lastSaid ? secondsLeft : undefined;
}
