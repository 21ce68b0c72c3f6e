/*
 * The IAM condition operators this engine knows, and how an operator name decomposes:
 * `[ForAllValues:|ForAnyValue:]Base[IfExists]`. A name that does not decompose into a known base
 * operator is not an operator: the parser rejects it (MalformedPolicyDocument, as AWS does) and
 * the evaluator treats it as unknown (never as satisfied).
 */
import {
	arnMatches,
	binaryEquals,
	boolEquals,
	dateCompare,
	ipInRange,
	numericCompare,
	stringEquals,
	stringEqualsIgnoreCase,
	stringLike,
	type ValueMatcher,
} from './matchers.js';

export interface BaseOperator {
	readonly name: string;
	/** Negated operators hold when the key matches none of the values (and when it is absent). */
	readonly negated: boolean;
	readonly matches: ValueMatcher;
}

export interface ParsedOperator {
	readonly qualifier?: 'ForAllValues' | 'ForAnyValue';
	readonly base: BaseOperator | 'Null';
	readonly ifExists: boolean;
}

const bases: readonly BaseOperator[] = [
	{name: 'StringEquals', negated: false, matches: stringEquals},
	{name: 'StringNotEquals', negated: true, matches: stringEquals},
	{name: 'StringEqualsIgnoreCase', negated: false, matches: stringEqualsIgnoreCase},
	{name: 'StringNotEqualsIgnoreCase', negated: true, matches: stringEqualsIgnoreCase},
	{name: 'StringLike', negated: false, matches: stringLike},
	{name: 'StringNotLike', negated: true, matches: stringLike},
	{name: 'NumericEquals', negated: false, matches: numericCompare('eq')},
	{name: 'NumericNotEquals', negated: true, matches: numericCompare('eq')},
	{name: 'NumericLessThan', negated: false, matches: numericCompare('lt')},
	{name: 'NumericLessThanEquals', negated: false, matches: numericCompare('le')},
	{name: 'NumericGreaterThan', negated: false, matches: numericCompare('gt')},
	{name: 'NumericGreaterThanEquals', negated: false, matches: numericCompare('ge')},
	{name: 'DateEquals', negated: false, matches: dateCompare('eq')},
	{name: 'DateNotEquals', negated: true, matches: dateCompare('eq')},
	{name: 'DateLessThan', negated: false, matches: dateCompare('lt')},
	{name: 'DateLessThanEquals', negated: false, matches: dateCompare('le')},
	{name: 'DateGreaterThan', negated: false, matches: dateCompare('gt')},
	{name: 'DateGreaterThanEquals', negated: false, matches: dateCompare('ge')},
	{name: 'Bool', negated: false, matches: boolEquals},
	{name: 'BinaryEquals', negated: false, matches: binaryEquals},
	{name: 'IpAddress', negated: false, matches: ipInRange},
	{name: 'NotIpAddress', negated: true, matches: ipInRange},
	{name: 'ArnEquals', negated: false, matches: arnMatches},
	{name: 'ArnLike', negated: false, matches: arnMatches},
	{name: 'ArnNotEquals', negated: true, matches: arnMatches},
	{name: 'ArnNotLike', negated: true, matches: arnMatches},
];

const basesByName = new Map(bases.map((base) => [base.name.toLowerCase(), base]));
const IF_EXISTS = 'ifexists';

/** The operator's parts, or undefined when the name is not a valid IAM condition operator. */
export function parseOperator(name: string): ParsedOperator | undefined {
	const colon = name.indexOf(':');
	const prefix = colon < 0 ? undefined : name.slice(0, colon).toLowerCase();
	const qualifier = prefix === 'forallvalues' ? 'ForAllValues' : prefix === 'foranyvalue' ? 'ForAnyValue' : undefined;
	if (prefix !== undefined && qualifier === undefined) {
		return undefined;
	}

	let rest = name.slice(colon + 1).toLowerCase();
	const ifExists = rest.endsWith(IF_EXISTS);
	if (ifExists) {
		rest = rest.slice(0, -IF_EXISTS.length);
	}

	if (rest === 'null') {
		// Null tests presence itself, so it takes neither IfExists nor a set qualifier.
		return ifExists || qualifier ? undefined : {base: 'Null', ifExists: false};
	}

	const base = basesByName.get(rest);
	if (base === undefined) {
		return undefined;
	}

	return qualifier ? {qualifier, base, ifExists} : {base, ifExists};
}
