/*
 * What the policies themselves say about MFA: whether a statement names an MFA condition key, and
 * the two shapes that look right and are not.
 */
import {parsedPolicy, type PolicyStatement} from '../sandbox/policy/index.js';
import type {Principal, PolicySource} from './types.js';

const PRESENT = 'aws:multifactorauthpresent';
const AGE = 'aws:multifactorauthage';

const isMfaKey = (key: string) => [PRESENT, AGE].includes(key.toLowerCase());

/** The operator without its qualifier and IfExists ("ForAnyValue:BoolIfExists" → "Bool"). */
const baseOperator = (operator: string) => operator.replace(/^For(All|Any)Values?:/, '').replace(/IfExists$/, '');

function documentsOf(principal: Principal): PolicySource[] {
	return [...principal.policies, ...(principal.boundary ? [principal.boundary] : [])];
}

/** The account clearly means MFA to be required: a device, or a statement that names an MFA key. */
export function meansMfa(principal: Principal): boolean {
	if ((principal.credentials?.mfaDevices ?? 0) > 0) return true;
	const sources = [...documentsOf(principal), ...(principal.trust ? [principal.trust] : [])];
	return sources.some(
		(source) => source.text.toLowerCase().includes(PRESENT) || source.text.toLowerCase().includes(AGE),
	);
}

/** `Deny … Bool aws:MultiFactorAuthPresent false`: an absent key (a long-term key) never matches it. */
export function isBoolDenyOnPresence(statement: PolicyStatement): boolean {
	return (
		statement.effect === 'Deny' &&
		statement.conditions.some(
			(clause) =>
				clause.key.toLowerCase() === PRESENT &&
				clause.operator === 'Bool' &&
				clause.values.some((value) => String(value).toLowerCase() === 'false'),
		)
	);
}

/** A statement that compares aws:MultiFactorAuthAge and does not check aws:MultiFactorAuthPresent. */
export function agesWithoutPresence(statement: PolicyStatement): boolean {
	const keys = statement.conditions.map((clause) => ({
		key: clause.key.toLowerCase(),
		base: baseOperator(clause.operator),
	}));
	return (
		keys.some((clause) => clause.key === AGE && clause.base.startsWith('Numeric')) &&
		!keys.some((clause) => clause.key === PRESENT)
	);
}

/** Each identity and boundary statement with its source and index. */
export function statementsOf(
	principal: Principal,
): Array<{source: PolicySource; index: number; statement: PolicyStatement}> {
	return documentsOf(principal).flatMap((source) =>
		parsedPolicy(source.text).statements.map((statement, index) => ({source, index, statement})),
	);
}

export {isMfaKey};
