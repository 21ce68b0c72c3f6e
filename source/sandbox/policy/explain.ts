/*
 * The evaluation with its reasons, for the policy simulator: the same decision as evaluate(), and
 * the statements that made it (the Deny statements that applied for an explicit deny, the Allow
 * statements that applied for an allow, none for an implicit deny), each with its policy.
 */
import {contextLookup} from './context.js';
import {statementApplies, type AuthorizationRequest} from './evaluate.js';
import type {Expand} from './matchers.js';
import type {Decision, PolicyDocument} from './types.js';
import {expandVariables} from './variables.js';

export interface MatchedStatement<Source> {
	readonly source: Source;
	/** The statement's index in its document. */
	readonly statement: number;
}

export interface Explanation<Source> {
	readonly decision: Decision;
	readonly matched: ReadonlyArray<MatchedStatement<Source>>;
}

export function explain<Source extends {readonly document: PolicyDocument}>(
	policies: readonly Source[],
	request: AuthorizationRequest,
): Explanation<Source> {
	const lookup = contextLookup(request.context);
	const denies: Array<MatchedStatement<Source>> = [];
	const allows: Array<MatchedStatement<Source>> = [];
	for (const source of policies) {
		const {document} = source;
		const expand: Expand = (text) => expandVariables(text, document.version, lookup);
		document.statements.forEach((statement, index) => {
			const applies = statementApplies(statement, request, lookup, expand);
			if (statement.effect === 'Deny' && applies !== false) denies.push({source, statement: index});
			if (statement.effect === 'Allow' && applies === true) allows.push({source, statement: index});
		});
	}
	if (denies.length > 0) return {decision: 'explicitDeny', matched: denies};
	return allows.length > 0 ? {decision: 'allow', matched: allows} : {decision: 'implicitDeny', matched: []};
}
