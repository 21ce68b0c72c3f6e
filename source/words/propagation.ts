/* The IAM propagation panel's words (dashboard). */

export const PROPAGATION_TITLE = 'IAM propagation';

export function pendingText(keyWorks: boolean, policyInForce: boolean): string {
	const pending = [keyWorks ? undefined : 'key', policyInForce ? undefined : 'policy'].filter(Boolean);
	return `waiting for: ${pending.join(' / ')}`;
}

export function attemptText(attempts: number, state: string): string {
	return `attempt ${attempts} · ${state}`;
}

export function settledText(took: string): string {
	return `✓ key and policy in force after ${took}`;
}

export function settledDetail(attempts: number, allowed: string): string {
	return `${attempts === 1 ? '1 attempt' : `${attempts} attempts`} · up to ${allowed} allowed`;
}

export function lastErrorText(error: string): string {
	return `last: ${error}`;
}
