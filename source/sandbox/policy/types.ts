/** The parsed, validated form of an IAM identity policy (what parsePolicyDocument returns). */

export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** A value written in a Condition block (JSON strings, numbers and booleans are all allowed). */
export type ConditionValue = string | number | boolean;

/** One `operator → key → values` entry of a Condition block; all clauses of a statement AND. */
export interface ConditionClause {
	/** The operator exactly as written, e.g. "ForAnyValue:StringLikeIfExists". */
	readonly operator: string;
	readonly key: string;
	/** Several values OR (negated operators: the key must match none of them). */
	readonly values: readonly ConditionValue[];
}

export interface PolicyStatement {
	readonly sid?: string;
	readonly effect: 'Allow' | 'Deny';
	/** Exactly one of action / notAction is set. */
	readonly action?: readonly string[];
	readonly notAction?: readonly string[];
	/** Exactly one of resource / notResource is set. */
	readonly resource?: readonly string[];
	readonly notResource?: readonly string[];
	readonly conditions: readonly ConditionClause[];
}

export interface PolicyDocument {
	/** "2008-10-17" when the document names none, as on AWS (policy variables are then literal). */
	readonly version: PolicyVersion;
	readonly id?: string;
	readonly statements: readonly PolicyStatement[];
}

export type Decision = 'allow' | 'explicitDeny' | 'implicitDeny';
