import {
	explain,
	type Explanation,
	missingContextKeys,
	parsedPolicy,
	statementSpans,
	type AuthorizationRequest,
	type PolicyDocument,
	type StatementSpan,
} from '../policy/index.js';
import {spend} from '../policy/work-meter.js';
import type {QueryParams} from '../protocol/query-params.js';
import {contextFrom} from './simulate-context.js';
import {simulatorPage} from './simulate-page.js';

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
	// Results keep the request's order: action by action, each over the resources.
	const named = resources.length > 0;
	const perAction = named ? resources.length : 1;
	const resultAt = (index: number) => {
		const action = actions[Math.floor(index / perAction)]!;
		const resource = named ? resources[index % perAction]! : '*';
		const outcome = evaluateOne(policies, {action, resource, context});
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
	};
	return simulatorPage(actions.length * perAction, resultAt, params);
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

/** Each policy's statement positions, found once per request (a scan of the whole text). */
const spansOf = new WeakMap<SimulatedPolicy, StatementSpan[]>();

function matchedStatement(source: SimulatedPolicy, statement: number) {
	let spans = spansOf.get(source);
	if (spans === undefined) {
		spend(source.text.length);
		spans = statementSpans(source.text);
		spansOf.set(source, spans);
	}
	const span = spans[statement];
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
