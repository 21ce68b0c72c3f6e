import {NOTICE_WORDS} from '../words/notices.js';

/**
 * TOTP codes live for one 30-second step and AWS accepts one step of drift, so a clock more than
 * that far from the server's makes the built-in authenticator's codes (computed from this
 * machine's clock) fail. The skew is measured from the server's Date header on the first call.
 */
export const CLOCK_SKEW_WARNING_MS = 30_000;

/** A one-line warning when this machine's clock is far from the server's; undefined otherwise. */
export function clockSkewWarning(skewMs: number | undefined): string | undefined {
	if (skewMs === undefined || Math.abs(skewMs) < CLOCK_SKEW_WARNING_MS) return undefined;
	const seconds = Math.round(Math.abs(skewMs) / 1000);
	return NOTICE_WORDS.clockSkew(seconds, skewMs > 0);
}
