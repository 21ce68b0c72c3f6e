/*
 * Identity-policy evaluation: an explicit Deny anywhere wins, else an applicable Allow allows,
 * else the request is implicitly denied. A statement applies when its Action/NotAction,
 * Resource/NotResource and every condition hold. Whatever the engine cannot decide (see logic.ts)
 * applies for Deny and not for Allow.
 */
import type {RequestContext} from '../types.js';
import {conditionsHold} from './conditions.js';
import {contextLookup} from './context.js';
import {allOf, anyOf, not, type Truth} from './logic.js';
import type {Expand} from './matchers.js';
import type {Decision, PolicyDocument, PolicyStatement} from './types.js';
import {expandVariables, matchSegments, type ContextLookup} from './variables.js';
import {wildcardMatch} from './wildcard.js';
import {spend} from './work-meter.js';

export interface AuthorizationRequest {
	/** e.g. "s3:ListAllMyBuckets" (matched case-insensitively). */
	readonly action: string;
	/** The resource ARN (matched case-sensitively). */
	readonly resource: string;
	readonly context: RequestContext;
}

export function evaluate(policies: readonly PolicyDocument[], request: AuthorizationRequest): Decision {
	const lookup = contextLookup(request.context);
	let allowed = false;
	for (const policy of policies) {
		const expand: Expand = (text) => expandVariables(text, policy.version, lookup);
		for (const statement of policy.statements) {
			const applies = statementApplies(statement, request, lookup, expand);
			if (statement.effect === 'Deny' && applies !== false) {
				return 'explicitDeny';
			}

			allowed ||= statement.effect === 'Allow' && applies === true;
		}
	}

	return allowed ? 'allow' : 'implicitDeny';
}

export function statementApplies(
	statement: PolicyStatement,
	request: AuthorizationRequest,
	lookup: ContextLookup,
	expand: Expand,
): Truth {
	spend(1);
	const parts: Array<() => Truth> = [
		() => actionMatches(statement, request.action),
		() => resourceMatches(statement, request.resource, expand),
		() => conditionsHold(statement.conditions, lookup, expand),
	];
	return allOf(parts, (part) => part());
}

export function actionMatches(statement: PolicyStatement, action: string): Truth {
	const matchesAny = (patterns: readonly string[]) => patterns.some((pattern) => wildcardMatch(pattern, action, true));
	if (statement.notAction !== undefined) {
		return !matchesAny(statement.notAction);
	}

	return matchesAny(statement.action ?? []);
}

/** Policy variables in a resource that cannot be resolved leave the match undecided. */
export function resourceMatches(statement: PolicyStatement, resource: string, expand: Expand): Truth {
	const matchesAny = (patterns: readonly string[]) =>
		anyOf(patterns, (pattern) => {
			const segments = expand(pattern);
			return segments === undefined ? 'unknown' : matchSegments(segments, resource);
		});
	if (statement.notResource !== undefined) {
		return not(matchesAny(statement.notResource));
	}

	return matchesAny(statement.resource ?? []);
}
