/*
 * The policy simulator's MissingContextValues: the condition keys of the statements that concern
 * the request (their action and resource match) that the request's context does not supply. Such
 * a statement's conditions were judged on an absent key, which is the hint a simulator user needs
 * (aws:MultiFactorAuthPresent in the MFA policies).
 */
import type {RequestContext} from '../types.js';
import {contextLookup} from './context.js';
import {actionMatches, type AuthorizationRequest, resourceMatches} from './evaluate.js';
import type {Expand} from './matchers.js';
import type {PolicyDocument} from './types.js';
import {expandVariables} from './variables.js';

/** Keys as first written in the policies, each once whatever its case, in order of appearance. */
export function missingContextKeys(policies: readonly PolicyDocument[], request: AuthorizationRequest): string[] {
	const lookup = contextLookup(request.context);
	const missing = new Map<string, string>();
	for (const policy of policies) {
		const expand: Expand = (text) => expandVariables(text, policy.version, lookup);
		for (const statement of policy.statements) {
			if (actionMatches(statement, request.action) !== true) continue;
			if (resourceMatches(statement, request.resource, expand) === false) continue;
			for (const clause of statement.conditions) {
				const key = clause.key.toLowerCase();
				if (!supplied(request.context, key) && !missing.has(key)) missing.set(key, clause.key);
			}
		}
	}
	return [...missing.values()];
}

function supplied(context: RequestContext, lowerKey: string): boolean {
	return Object.keys(context).some((key) => key.toLowerCase() === lowerKey && context[key] !== undefined);
}
