import type {ScenarioDeclaration} from '../scenario/declaration.js';
import {formatNumber, localized, plural, say} from './language.js';

/*
 * The result lines of the two proving requests, worded from the scenario's declaration: one
 * source for the dashboard, plain mode and the end-of-run summary. AWS's error code stays as AWS
 * wrote it in both languages.
 */

const AS_DENIED = 'AccessDenied';

const en = {
	wronglyAllowed: (request: string) => `${request} was ALLOWED`,
	buckets: (buckets: number) => (buckets === 0 ? 'no buckets' : plural(buckets, {one: '# bucket', other: '# buckets'})),
	allowed: (request: string, buckets: string) => `${request} allowed — ${buckets}`,
	notEnforced: (buckets: string) => `The MFA condition is not enforced here; ${buckets} listed.`,
	sameSessionLater: 'Same session later',
	aged: (request: string, errorCode: string, age: string) => `${request} → ${errorCode} at ${age} s`,
	agedBecause: (key: string, age: string, limit: string) =>
		`The request had ${key} = ${age} (seconds since the MFA code), no longer less than ${limit}: the Allow's condition failed, so it is denied by default.`,
	allowedWord: 'allowed',
	bypassed: (request: string, buckets: string) => `${request} ALLOWED without MFA (the bypass) — ${buckets}`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		wronglyAllowed: (request) => `${request} foi PERMITIDO`,
		buckets: (buckets) => (buckets === 0 ? 'nenhum bucket' : plural(buckets, {one: '# bucket', other: '# buckets'})),
		allowed: (request, buckets) => `${request} permitido — ${buckets}`,
		notEnforced: (buckets) => `A condição de MFA não é aplicada aqui; ${buckets} listado(s).`,
		sameSessionLater: 'A mesma sessão, mais tarde',
		aged: (request, errorCode, age) => `${request} → ${errorCode} aos ${age} s`,
		agedBecause: (key, age, limit) =>
			`A solicitação tinha ${key} = ${age} (segundos desde o código de MFA), que já não é menor que ${limit}: a condição do Allow falhou, então ela é negada por padrão.`,
		allowedWord: 'permitido',
		bypassed: (request, buckets) => `${request} PERMITIDO sem MFA (a brecha) — ${buckets}`,
	},
});

/** "Long-term key: ListBuckets → AccessDenied". */
export function deniedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	return `${say(scenario.requests.denied)} → ${errorCode ?? AS_DENIED}`;
}

/** The denied step was allowed: the demo did not prove its point. */
export function wronglyAllowedLine(scenario: ScenarioDeclaration): string {
	return WORDS.wronglyAllowed(say(scenario.requests.denied));
}

/** "1 bucket", "3 buckets", "no buckets". */
export function bucketCount(buckets: number): string {
	return WORDS.buckets(buckets);
}

/** "MFA session: ListBuckets allowed — 2 buckets". */
export function allowedLine(scenario: ScenarioDeclaration, buckets: number): string {
	return WORDS.allowed(say(scenario.requests.allowed), bucketCount(buckets));
}

/** The denied request was allowed: what it listed. */
export function notEnforcedLine(buckets: number): string {
	return WORDS.notEnforced(bucketCount(buckets));
}

/** "Same session after 30 s: ListBuckets → AccessDenied at 31 s". */
export function agedLine(
	scenario: ScenarioDeclaration,
	result: {readonly ageSeconds: number; readonly errorCode?: string},
): string {
	const request = scenario.requests.deniedAgain ? say(scenario.requests.deniedAgain) : WORDS.sameSessionLater;
	return WORDS.aged(request, result.errorCode ?? AS_DENIED, formatNumber(result.ageSeconds));
}

/** Why the aged session was denied, from the declaration's key and limit and the age measured. */
export function agedBecause(scenario: ScenarioDeclaration, ageSeconds: number): string {
	const limit = scenario.maxMfaAgeSeconds === undefined ? '?' : formatNumber(scenario.maxMfaAgeSeconds);
	return WORDS.agedBecause(scenario.context.key, formatNumber(ageSeconds), limit);
}

/** The bypass step's request, let through by the mistaken policy: "Long-term key, BoolIfExists: ListBuckets ALLOWED without MFA (the bypass) — 3 buckets". */
export function bypassLine(scenario: ScenarioDeclaration, buckets: number): string {
	return WORDS.bypassed(say(scenario.requests.bypass ?? scenario.requests.denied), bucketCount(buckets));
}

/** Both requests in one line, for the summaries once the run proved its point. */
export function provedLine(scenario: ScenarioDeclaration, errorCode: string | undefined): string {
	const {deniedAgain, allowed, bypass} = scenario.requests;
	const again = deniedAgain ? `; ${say(deniedAgain)} → ${AS_DENIED}` : '';
	const before = bypass && scenario.bypassStep ? `${say(bypass)} → ${WORDS.allowedWord}; ` : '';
	return `${before}${deniedLine(scenario, errorCode)}; ${say(allowed)} → ${WORDS.allowedWord}${again}`;
}
