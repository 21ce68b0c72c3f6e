/*
 * A statement's Condition block. Clauses (operator × key) AND together; a clause's values OR; a
 * negated operator holds when the key matches none of its values. Context keys are
 * case-insensitive. A key missing from the request makes a clause false, except: …IfExists
 * (true), Null (tests exactly that), negated operators (true, as AWS documents), and
 * ForAllValues (true: every one of no values matches).
 *
 * Fail safe: an operator the engine does not understand can only reach here if a document skipped
 * parsePolicyDocument (which rejects it, like AWS). Such a clause is `unknown`, never true: it
 * keeps an Allow statement from applying and lets a Deny statement apply.
 */
import type {ContextValue} from '../types.js';
import {allOf, anyOf, not, type Truth} from './logic.js';
import type {ActualValue, Expand} from './matchers.js';
import {parseOperator, type BaseOperator, type ParsedOperator} from './operators.js';
import type {ConditionClause, ConditionValue} from './types.js';
import type {ContextLookup} from './variables.js';
import {spend} from './work-meter.js';

export function conditionsHold(clauses: readonly ConditionClause[], lookup: ContextLookup, expand: Expand): Truth {
	return allOf(clauses, (clause) => clauseHolds(clause, lookup, expand));
}

function clauseHolds(clause: ConditionClause, lookup: ContextLookup, expand: Expand): Truth {
	const operator = parseOperator(clause.operator);
	if (operator === undefined) {
		return 'unknown';
	}

	const actual = presentValues(lookup(clause.key));
	if (operator.base === 'Null') {
		return anyOf(clause.values, (value) => nullHolds(value, actual !== undefined));
	}

	if (actual === undefined) {
		return missingKeyOutcome(operator, operator.base);
	}

	return presentKeyOutcome(operator, operator.base, actual, clause.values, expand);
}

/** The context value as a list, or undefined when absent (an empty list counts as absent). */
function presentValues(value: ContextValue | undefined): readonly ActualValue[] | undefined {
	if (value === undefined) {
		return undefined;
	}

	const values: readonly ActualValue[] = typeof value === 'object' ? value : [value];
	return values.length === 0 ? undefined : values;
}

/** Null: true means "the key must be absent", false "must be present". */
function nullHolds(value: ConditionValue, present: boolean): Truth {
	const text = String(value).toLowerCase();
	if (text !== 'true' && text !== 'false') {
		return 'unknown';
	}

	return (text === 'true') !== present;
}

function missingKeyOutcome(operator: ParsedOperator, base: BaseOperator): Truth {
	if (operator.ifExists || operator.qualifier === 'ForAllValues') {
		return true;
	}

	if (operator.qualifier === 'ForAnyValue') {
		return false;
	}

	return base.negated;
}

function presentKeyOutcome(
	operator: ParsedOperator,
	base: BaseOperator,
	actual: readonly ActualValue[],
	expected: readonly ConditionValue[],
	expand: Expand,
): Truth {
	const matchesAny = (value: ActualValue) =>
		anyOf(expected, (wanted) => {
			spend(1);
			return base.matches(value, wanted, expand);
		});
	const holdsFor = (value: ActualValue) => (base.negated ? not(matchesAny(value)) : matchesAny(value));
	switch (operator.qualifier) {
		case 'ForAllValues': {
			return allOf(actual, holdsFor);
		}

		case 'ForAnyValue': {
			return anyOf(actual, holdsFor);
		}

		case undefined: {
			// Unqualified: the key's values taken together, so a negated operator needs no match at all.
			const matched = anyOf(actual, matchesAny);
			return base.negated ? not(matched) : matched;
		}
	}
}
