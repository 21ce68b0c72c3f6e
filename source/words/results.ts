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

/** "MFA session: ListBuckets allowed — 2 bucket(s)". */
export function allowedLine(scenario: ScenarioDeclaration, buckets: number): string {
	return `${scenario.requests.allowed} allowed — ${buckets} bucket(s)`;
}

/** Both requests in one line, for the summaries once the run proved its point. */
export function provedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	return `${deniedLine(scenario, errorCode)}; ${scenario.requests.allowed} → allowed`;
}
