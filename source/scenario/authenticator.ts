import {HOTP, Secret as OtpSecret} from 'otpauth';
import type {Secret} from '../secret.js';
import type {CodeRefusal} from './events.js';

/*
 * The built-in authenticator: RFC 6238 TOTP (SHA-1, 6 digits, 30 s steps, the defaults AWS uses),
 * computed with otpauth from the device's seed. It works in time steps so the runner can pick a
 * code for a given step and tell why AWS refused a typed one.
 */
export const PERIOD_MS = 30_000;

export function timeStep(nowMs: number): number {
	return Math.floor(nowMs / PERIOD_MS);
}

export function codeForStep(seed: Secret, step: number): string {
	return HOTP.generate({secret: OtpSecret.fromBase32(seed.reveal()), counter: step});
}

/** Two consecutive codes for enabling a device: the previous step's and the current one's. */
export function enablingCodes(seed: Secret, nowMs: number): {codes: [string, string]; steps: [number, number]} {
	const current = timeStep(nowMs);
	return {codes: [codeForStep(seed, current - 1), codeForStep(seed, current)], steps: [current - 1, current]};
}

/**
 * A session code for a step after the last accepted one. When that step is still in the future,
 * `allowDrift` lets the next step be used now (the target accepts one step of drift); otherwise
 * `waitUntil` says when the step becomes current.
 */
export function sessionCode(
	nowMs: number,
	lastAcceptedStep: number | undefined,
	allowDrift: boolean,
): {step: number; waitUntil?: number} {
	const current = timeStep(nowMs);
	const step = Math.max(current, (lastAcceptedStep ?? current - 1) + 1);
	if (step === current || (allowDrift && step === current + 1)) return {step};
	return {step, waitUntil: step * PERIOD_MS};
}

/** The time step (within `window` of now) a code belongs to, if any. */
export function stepOfCode(seed: Secret, code: string, nowMs: number, window = 2): number | undefined {
	const current = timeStep(nowMs);
	for (let offset = -window; offset <= window; offset++) {
		if (codeForStep(seed, current + offset) === code) return current + offset;
	}
	return undefined;
}

/** Why AWS refused these codes: reused (for a step already accepted), not consecutive, or not valid. */
export function diagnoseRefusal(
	seed: Secret,
	codes: readonly string[],
	nowMs: number,
	lastAcceptedStep: number | undefined,
): CodeRefusal {
	const steps = codes.map((code) => stepOfCode(seed, code, nowMs));
	if (lastAcceptedStep !== undefined && steps.some((step) => step !== undefined && step <= lastAcceptedStep))
		return 'reused';
	if (steps.some((step) => step === undefined)) return 'invalid';
	if (codes.length === 2 && steps[1] !== (steps[0] ?? Number.NaN) + 1) return 'notConsecutive';
	return 'invalid';
}
