import {localized, plural} from './language.js';

/* The IAM propagation panel's words (dashboard). */

const en = {
	title: 'IAM propagation',
	key: 'key',
	policy: 'policy',
	pending: (what: string) => `waiting for: ${what}`,
	attempt: (attempts: number, state: string) => `attempt ${attempts} · ${state}`,
	settled: (took: string) => `✓ key and policy in force after ${took}`,
	settledDetail: (attempts: number, allowed: string) =>
		`${plural(attempts, {one: '# attempt', other: '# attempts'})} · up to ${allowed} allowed`,
	lastError: (error: string) => `last: ${error}`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		title: 'Propagação do IAM',
		key: 'chave',
		policy: 'política',
		pending: (what) => `aguardando: ${what}`,
		attempt: (attempts, state) => `tentativa ${attempts} · ${state}`,
		settled: (took) => `✓ chave e política em vigor após ${took}`,
		settledDetail: (attempts, allowed) =>
			`${plural(attempts, {one: '# tentativa', other: '# tentativas'})} · até ${allowed} permitidos`,
		lastError: (error) => `última: ${error}`,
	},
});

export function propagationTitle(): string {
	return WORDS.title;
}

export function pendingText(keyWorks: boolean, policyInForce: boolean): string {
	const pending = [keyWorks ? undefined : WORDS.key, policyInForce ? undefined : WORDS.policy].filter(Boolean);
	return WORDS.pending(pending.join(' / '));
}

export function attemptText(attempts: number, state: string): string {
	return WORDS.attempt(attempts, state);
}

export function settledText(took: string): string {
	return WORDS.settled(took);
}

export function settledDetail(attempts: number, allowed: string): string {
	return WORDS.settledDetail(attempts, allowed);
}

export function lastErrorText(error: string): string {
	return WORDS.lastError(error);
}
