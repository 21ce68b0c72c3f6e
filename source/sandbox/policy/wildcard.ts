/*
 * IAM wildcard matching (`*` any run, `?` exactly one character) without regular expressions, so
 * no character of a name or a pattern can ever be read as syntax: `.`, `+`, `(`, `[`, `\`, `$` are
 * plain characters here. Patterns are token lists so that text substituted from a policy variable
 * stays literal even when it contains `*` or `?`.
 */

import type {Truth} from './logic.js';
import {spend, stepsLeft} from './work-meter.js';

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

/**
 * Whether `value` matches the whole pattern. `ignoreCase` folds both sides (IAM actions).
 * 'unknown' when the match would take more than its step budget (see globMatch).
 */
export function matchTokens(tokens: readonly PatternToken[], value: string, ignoreCase = false): Truth {
	spend(tokens.length + value.length);
	return globMatch(toUnits(tokens, ignoreCase), valueUnits(value, ignoreCase));
}

/**
 * The same for a pattern written as one string (no substituted text), compiled once: a policy's
 * patterns are matched against every action and resource of a request, and rebuilding a pattern's
 * units each time (an array per character) was most of a simulator page's time, and its garbage.
 */
export function matchPattern(pattern: string, value: string, ignoreCase = false): Truth {
	const compiled = compiledPattern(pattern, ignoreCase);
	spend(compiled.tokenCount + value.length);
	return globMatch(compiled.units, valueUnits(value, ignoreCase));
}

/** For actions and principals, whose patterns and values are short: a match over budget is no match. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
	return matchPattern(pattern, value, ignoreCase) === true;
}

interface CompiledPattern {
	readonly units: readonly Unit[];
	readonly tokenCount: number;
}

/** Compiled patterns kept, in units: far more than any set of policies in use needs; past it, the cache starts again. */
const MAX_COMPILED_UNITS = 1_000_000;
const compiledPatterns = new Map<string, CompiledPattern>();
let compiledUnits = 0;

function compiledPattern(pattern: string, ignoreCase: boolean): CompiledPattern {
	const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
	let compiled = compiledPatterns.get(key);
	if (compiled === undefined) {
		const tokens = wildcardTokens(pattern);
		compiled = {units: toUnits(tokens, ignoreCase), tokenCount: tokens.length};
		if (compiledUnits + compiled.units.length > MAX_COMPILED_UNITS) {
			compiledPatterns.clear();
			compiledUnits = 0;
		}
		compiledPatterns.set(key, compiled);
		compiledUnits += compiled.units.length;
	}
	return compiled;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A value's characters (code points, as `?` counts them): the string itself when each is one UTF-16 unit. */
function valueUnits(value: string, ignoreCase: boolean): ArrayLike<string> {
	const folded = ignoreCase ? value.toLowerCase() : value;
	return SURROGATE.test(folded) ? Array.from(folded) : folded;
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
 * Steps a match may take beyond linear: a few milliseconds (below a request's budget, work-meter.ts). Ordinary patterns finish in about
 * pattern + value steps; only patterns built to backtrack (many `*` before a late mismatch, run
 * against a long value) reach the bound.
 */
const EXTRA_STEPS = 100_000;

/**
 * Linear-backtracking glob match: on a mismatch, retry from the most recent `*` consuming one more
 * character. Worst case O(pattern × value), never exponential; and bounded: past its step budget
 * the answer is 'unknown', which the evaluator settles fail-safe (an Allow does not apply, a Deny
 * does), so one request cannot hold the event loop for seconds.
 */
function globMatch(pattern: readonly Unit[], value: ArrayLike<string>): Truth {
	const ownBudget = EXTRA_STEPS + 4 * (pattern.length + value.length);
	// The request's budget (work-meter.ts) is charged once, after the loop, for what it used.
	const budget = Math.min(ownBudget, stepsLeft());
	const {outcome, steps} = globSteps(pattern, value, budget);
	spend(outcome === 'unknown' && budget < ownBudget ? steps + 1 : steps);
	return outcome;
}

function globSteps(
	pattern: readonly Unit[],
	value: ArrayLike<string>,
	budget: number,
): {outcome: Truth; steps: number} {
	let p = 0;
	let v = 0;
	let starAt = -1;
	let starValue = 0;
	let steps = 0;
	while (v < value.length) {
		if (++steps > budget) {
			return {outcome: 'unknown', steps: budget};
		}

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
			return {outcome: false, steps};
		}
	}

	while (pattern[p] === ANY_RUN) {
		p++;
	}

	return {outcome: p === pattern.length, steps};
}
