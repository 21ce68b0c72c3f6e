/*
 * IAM wildcard matching (`*` any run, `?` exactly one character) without regular expressions, so
 * no character of a name or a pattern can ever be read as syntax: `.`, `+`, `(`, `[`, `\`, `$` are
 * plain characters here. Patterns are token lists so that text substituted from a policy variable
 * stays literal even when it contains `*` or `?`.
 */

export type PatternToken =
	| {readonly kind: 'text'; readonly text: string}
	| {readonly kind: 'anyRun'}
	| {readonly kind: 'anyOne'};

type Unit = string | typeof ANY_RUN | typeof ANY_ONE;
const ANY_RUN = Symbol('anyRun');
const ANY_ONE = Symbol('anyOne');

/** Tokens of a pattern whose `*` and `?` are wildcards. */
export function wildcardTokens(pattern: string): PatternToken[] {
	const tokens: PatternToken[] = [];
	let text = '';
	for (const char of pattern) {
		if (char === '*' || char === '?') {
			if (text !== '') {
				tokens.push({kind: 'text', text});
				text = '';
			}

			tokens.push(char === '*' ? {kind: 'anyRun'} : {kind: 'anyOne'});
		} else {
			text += char;
		}
	}

	if (text !== '') {
		tokens.push({kind: 'text', text});
	}

	return tokens;
}

export function literalToken(text: string): PatternToken {
	return {kind: 'text', text};
}

/** Whether `value` matches the whole pattern. `ignoreCase` folds both sides (IAM actions). */
export function matchTokens(tokens: readonly PatternToken[], value: string, ignoreCase = false): boolean {
	const units = toUnits(tokens, ignoreCase);
	const chars = Array.from(ignoreCase ? value.toLowerCase() : value);
	return globMatch(units, chars);
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
	return matchTokens(wildcardTokens(pattern), value, ignoreCase);
}

function toUnits(tokens: readonly PatternToken[], ignoreCase: boolean): Unit[] {
	const units: Unit[] = [];
	for (const token of tokens) {
		if (token.kind === 'text') {
			units.push(...Array.from(ignoreCase ? token.text.toLowerCase() : token.text));
		} else {
			units.push(token.kind === 'anyRun' ? ANY_RUN : ANY_ONE);
		}
	}

	return units;
}

/**
 * Linear-backtracking glob match: on a mismatch, retry from the most recent `*` consuming one more
 * character. Worst case O(pattern × value), never exponential.
 */
function globMatch(pattern: readonly Unit[], value: readonly string[]): boolean {
	let p = 0;
	let v = 0;
	let starAt = -1;
	let starValue = 0;
	while (v < value.length) {
		const unit = pattern[p];
		if (unit === ANY_RUN) {
			starAt = p++;
			starValue = v;
		} else if (unit !== undefined && (unit === ANY_ONE || unit === value[v])) {
			p++;
			v++;
		} else if (starAt >= 0) {
			p = starAt + 1;
			v = ++starValue;
		} else {
			return false;
		}
	}

	while (pattern[p] === ANY_RUN) {
		p++;
	}

	return p === pattern.length;
}
