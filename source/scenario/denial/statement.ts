import type {MatchedStatement} from '../../aws/types.js';
import {statementSpans} from '../../policy-text/positions.js';
import type {DecidingStatement, StatementCondition} from './types.js';

/*
 * From the simulator's MatchedStatement back to the statement it names, in the policy text the
 * demo wrote: by its start position first (AWS counts into the document as it was given), else the
 * first statement with the expected effect. The sandbox answers with the same position scan, so
 * both ends agree on what a line and a column are.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const names = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value]).filter((name): name is string => typeof name === 'string');

function statementsOf(text: string): JsonObject[] {
	try {
		const document: unknown = JSON.parse(text);
		if (!isObject(document)) return [];
		const statement = document.Statement;
		return (Array.isArray(statement) ? statement : [statement]).filter(isObject);
	} catch {
		return [];
	}
}

/** The condition on the proof's key if the statement has one, else its first condition. */
function conditionOf(statement: JsonObject, key: string): StatementCondition | undefined {
	const conditions = Object.entries(isObject(statement.Condition) ? statement.Condition : {}).flatMap(
		([operator, block]) =>
			Object.entries(isObject(block) ? block : {}).map(([key, value]) => ({
				operator,
				key,
				value: (Array.isArray(value) ? value : [value]).map(String).join(', '),
			})),
	);
	return conditions.find((condition) => condition.key.toLowerCase() === key.toLowerCase()) ?? conditions[0];
}

function describe(policyId: string, statement: JsonObject, key: string): DecidingStatement {
	const not = statement.NotAction !== undefined;
	const effect = statement.Effect === 'Allow' || statement.Effect === 'Deny' ? statement.Effect : undefined;
	return {
		policyId,
		sid: typeof statement.Sid === 'string' ? statement.Sid : undefined,
		effect,
		actions: {not, names: names(not ? statement.NotAction : statement.Action)},
		condition: conditionOf(statement, key),
	};
}

/** The statement `matched` points at in `text` (the policy the demo wrote, named `policyId`). */
export function decidingStatement(
	text: string,
	policyId: string,
	matched: MatchedStatement,
	effect: 'Allow' | 'Deny',
	key: string,
): DecidingStatement {
	if (matched.sourcePolicyId !== policyId) return {policyId: matched.sourcePolicyId};
	const statements = statementsOf(text);
	const spans = statementSpans(text);
	const byPosition = spans.findIndex(
		(span) => span.start.line === matched.start?.line && span.start.column === matched.start?.column,
	);
	const index = byPosition >= 0 ? byPosition : statements.findIndex((statement) => statement.Effect === effect);
	const statement = statements[index];
	return statement ? describe(policyId, statement, key) : {policyId};
}
