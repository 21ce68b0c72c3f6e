import {
	explain,
	type Explanation,
	missingContextKeys,
	parsedPolicy,
	statementSpans,
	type AuthorizationRequest,
	type PolicyDocument,
} from '../policy/index.js';
import type {QueryParams} from '../protocol/query-params.js';
import {paginate} from './pagination.js';
import {contextFrom} from './simulate-context.js';

const DECISIONS = {allow: 'allowed', explicitDeny: 'explicitDeny', implicitDeny: 'implicitDeny'} as const;
/** botocore: ResourceNameType, 1–2048 characters (an ARN or "*"). */
const RESOURCE_ARN = {min: 1, max: 2048};

/** A policy the simulator evaluates, named as its MatchedStatements name it. */
export interface SimulatedPolicy {
	readonly id: string;
	readonly type: 'user' | 'group' | 'role' | 'user-managed' | 'none';
	readonly text: string;
	readonly document: PolicyDocument;
}

export interface SimulatedPolicies {
	readonly identity: readonly SimulatedPolicy[];
	readonly boundary?: SimulatedPolicy;
}

export const sourced = (id: string, type: SimulatedPolicy['type'], text: string): SimulatedPolicy => ({
	id,
	type,
	text,
	document: parsedPolicy(text),
});

/**
 * One EvaluationResult per action and resource ("*" when none is given, as AWS does). With a
 * boundary, an action needs both the identity policies and the boundary to allow it; an explicit
 * deny in either denies. Missing context keys go in MissingContextValues for "*", and under
 * ResourceSpecificResults when resources are named, as the API reference says.
 */
export function simulate(policies: SimulatedPolicies, actions: readonly string[], params: QueryParams) {
	const context = contextFrom(params);
	const resources = params.list('ResourceArns', RESOURCE_ARN);
	const results = actions.flatMap((action) =>
		(resources.length > 0 ? resources : ['*']).map((resource) => {
			const outcome = evaluateOne(policies, {action, resource, context});
			const named = resources.length > 0;
			return {
				EvalActionName: action,
				EvalResourceName: resource,
				EvalDecision: DECISIONS[outcome.decision],
				MatchedStatements: outcome.matched,
				MissingContextValues: named ? [] : outcome.missing,
				...outcome.boundaryDetail,
				...(named
					? {
							ResourceSpecificResults: [
								{
									EvalResourceName: resource,
									EvalResourceDecision: DECISIONS[outcome.decision],
									MatchedStatements: outcome.matched,
									MissingContextValues: outcome.missing,
									...outcome.boundaryDetail,
								},
							],
						}
					: {}),
			};
		}),
	);
	// Results keep the request's order; the page key is the position (zero-padded, so it sorts).
	const positioned = results.map((result, index) => ({result, key: String(index).padStart(6, '0')}));
	const page = paginate(positioned, (entry) => entry.key, params);
	return {EvaluationResults: page.items.map((entry) => entry.result), ...page.fields};
}

function evaluateOne(policies: SimulatedPolicies, request: AuthorizationRequest) {
	const byIdentity = explain(policies.identity, request);
	const byBoundary = policies.boundary ? explain([policies.boundary], request) : undefined;
	const all = [...policies.identity, ...(policies.boundary ? [policies.boundary] : [])];
	const missing = missingContextKeys(
		all.map((policy) => policy.document),
		request,
	);
	const boundaryDetail = byBoundary
		? {PermissionsBoundaryDecisionDetail: {AllowedByPermissionsBoundary: byBoundary.decision === 'allow'}}
		: {};
	return {...combined(byIdentity, byBoundary), missing, boundaryDetail};
}

/** The decision and the statements that made it: the denies of both, the identity's allows, or none. */
function combined(identity: Explanation<SimulatedPolicy>, boundary: Explanation<SimulatedPolicy> | undefined) {
	const statements = (explanation: Explanation<SimulatedPolicy> | undefined) =>
		(explanation?.matched ?? []).map(({source, statement}) => matchedStatement(source, statement));
	if (identity.decision === 'explicitDeny' || boundary?.decision === 'explicitDeny') {
		const denying = [identity, boundary].filter((explanation) => explanation?.decision === 'explicitDeny');
		return {decision: 'explicitDeny' as const, matched: denying.flatMap(statements)};
	}
	if (identity.decision === 'allow' && (boundary === undefined || boundary.decision === 'allow')) {
		return {decision: 'allow' as const, matched: statements(identity)};
	}
	// As for an implicit deny by the identity policies alone, no statement decided it;
	// PermissionsBoundaryDecisionDetail says whether the boundary was what fell short.
	return {decision: 'implicitDeny' as const, matched: []};
}

function matchedStatement(source: SimulatedPolicy, statement: number) {
	const span = statementSpans(source.text)[statement];
	return {
		SourcePolicyId: source.id,
		SourcePolicyType: source.type,
		...(span
			? {
					StartPosition: {Line: span.start.line, Column: span.start.column},
					EndPosition: {Line: span.end.line, Column: span.end.column},
				}
			: {}),
	};
}
