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

/** Both requests in one line, for the summaries once the run proved its point. */
export function provedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	return `${deniedLine(scenario, errorCode)}; ${scenario.requests.allowed} → allowed`;
}
