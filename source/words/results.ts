import type {ScenarioDeclaration} from '../scenario/declaration.js';

/*
 * The result lines of the two proving requests, worded from the scenario's declaration: one
 * source for the dashboard, plain mode, the end-of-run summary and the JSON report.
 */

const AS_DENIED = 'AccessDenied';

/** "Long-term key: ListBuckets → AccessDenied". */
export function deniedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	return `${scenario.requests.denied} → ${errorCode ?? AS_DENIED}`;
}

/** The denied step was allowed: the demo did not prove its point. */
export function wronglyAllowedLine(scenario: ScenarioDeclaration): string {
	return `${scenario.requests.denied} was ALLOWED`;
}

/** "1 bucket", "3 buckets", "no buckets". */
export function bucketCount(buckets: number): string {
	if (buckets === 0) return 'no buckets';
	return buckets === 1 ? '1 bucket' : `${buckets} buckets`;
}

/** "MFA session: ListBuckets allowed — 2 buckets". */
export function allowedLine(scenario: ScenarioDeclaration, buckets: number): string {
	return `${scenario.requests.allowed} allowed — ${bucketCount(buckets)}`;
}

/** The denied request was allowed: what it listed. */
export function notEnforcedLine(buckets: number): string {
	return `The MFA condition is not enforced here; ${bucketCount(buckets)} listed.`;
}

/** The aged session was allowed: the reducer's failure reason. */
export function mfaAgeNotEnforced(ageSeconds: number): string {
	return `The session was still ALLOWED with its MFA ${ageSeconds} s old: the demo did not prove its point (does this endpoint set aws:MultiFactorAuthAge?)`;
}

/** "Same session after 30 s: ListBuckets → AccessDenied at 31 s". */
export function agedLine(
	scenario: ScenarioDeclaration,
	result: {readonly ageSeconds: number; readonly errorCode?: string},
): string {
	return `${scenario.requests.deniedAgain ?? 'Same session later'} → ${result.errorCode ?? AS_DENIED} at ${result.ageSeconds} s`;
}

/** Why the aged session was denied, from the declaration's key and limit and the age measured. */
export function agedBecause(scenario: ScenarioDeclaration, ageSeconds: number): string {
	return `The request had ${scenario.context.key} = ${ageSeconds} (seconds since the MFA code), no longer less than ${scenario.maxMfaAgeSeconds ?? '?'}: the Allow's condition failed, so it is denied by default.`;
}

/** Both requests in one line, for the summaries once the run proved its point. */
export function provedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	const again = scenario.requests.deniedAgain ? `; ${scenario.requests.deniedAgain} → ${AS_DENIED}` : '';
	return `${deniedLine(scenario, errorCode)}; ${scenario.requests.allowed} → allowed${again}`;
}
