/*
 * The sandbox's virtual MFA devices: RFC 6238 TOTP (SHA-1, 6 digits, 30-second steps — the
 * authenticator defaults, which AWS's otpauth URI leaves implicit). Code generation is the otpauth
 * library's; this module only decides which time steps a code may belong to, because that is what
 * AWS enforces: one step of drift either way, two consecutive codes to enable a device, and never
 * the same accepted step twice (RFC 6238 §5.2).
 */
import {randomBytes, timingSafeEqual} from 'node:crypto';
import {HOTP, Secret as OtpSecret} from 'otpauth';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** AWS's seeds are 64 Base32 characters, i.e. 40 random bytes. */
const SEED_BYTES = 40;
const ISSUER = 'Amazon Web Services';
const SIX_DIGITS = /^\d{6}$/;

/** A fresh Base32 seed shaped like the ones CreateVirtualMFADevice returns. */
export function newSeed(): string {
	return new OtpSecret({buffer: Uint8Array.from(randomBytes(SEED_BYTES)).buffer}).base32;
}

/**
 * The URI AWS puts in the QR code (observed form: issuer prefix in the label and an issuer
 * parameter). `label` is the virtual device's name.
 */
export function otpauthUri({label, account, seed}: {label: string; account: string; seed: string}): string {
	const issuer = encodeURIComponent(ISSUER);
	const name = `${encodeURIComponent(label)}@${encodeURIComponent(account)}`;
	return `otpauth://totp/${issuer}:${name}?secret=${seed}&issuer=${issuer}`;
}

/** The RFC 6238 time step (counter) at a moment. */
export function timeStep(epochMs: number): number {
	return Math.floor(epochMs / 1000 / PERIOD_SECONDS);
}

export function codeForStep(seed: string, step: number): string {
	return HOTP.generate({secret: OtpSecret.fromBase32(seed), algorithm: 'SHA1', digits: DIGITS, counter: step});
}

export function codeAt(seed: string, epochMs: number): string {
	return codeForStep(seed, timeStep(epochMs));
}

/**
 * The step within ±window of now whose code is `code`, or undefined. Every candidate step is
 * compared in constant time, so timing tells nothing about which digits were right.
 */
export function matchStep(seed: string, code: string, nowMs: number, window = 1): number | undefined {
	if (!SIX_DIGITS.test(code)) {
		return undefined;
	}

	const now = timeStep(nowMs);
	let found: number | undefined;
	for (let step = now - window; step <= now + window; step++) {
		if (sameDigits(codeForStep(seed, step), code) && found === undefined) {
			found = step;
		}
	}

	return found;
}

/**
 * EnableMFADevice / ResyncMFADevice: code1 is step s and code2 step s+1. code2 must be within one
 * step of now; code1 may therefore be up to two steps old (a person types one after the other).
 * Returns the step of code2, which the caller records as the device's last accepted step.
 */
export function checkEnableCodes(
	seed: string,
	code1: string,
	code2: string,
	nowMs: number,
	lastAcceptedStep?: number,
): number | undefined {
	const second = matchStep(seed, code2, nowMs, 1);
	if (second === undefined) {
		return undefined;
	}

	const first = second - 1;
	if (!SIX_DIGITS.test(code1) || !sameDigits(codeForStep(seed, first), code1)) {
		return undefined;
	}

	if (lastAcceptedStep !== undefined && first <= lastAcceptedStep) {
		return undefined;
	}

	return second;
}

/**
 * GetSessionToken: a code within ±1 step of now that is newer than the last code accepted for the
 * device. Returns its step (to be recorded), or undefined for a wrong or replayed code.
 */
export function checkFreshCode(
	seed: string,
	code: string,
	nowMs: number,
	lastAcceptedStep?: number,
): number | undefined {
	const step = matchStep(seed, code, nowMs, 1);
	if (step === undefined || (lastAcceptedStep !== undefined && step <= lastAcceptedStep)) {
		return undefined;
	}

	return step;
}

function sameDigits(expected: string, given: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(given, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}
