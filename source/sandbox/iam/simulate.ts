import {SandboxError} from '../errors.js';
import {explain, parsedPolicy, parsePolicyDocument, statementSpans, type PolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {paginate} from './pagination.js';
import {ACTION_NAME, ARN, POLICY_DOCUMENT} from './params.js';
import {contextFrom} from './simulate-context.js';

const DECISIONS = {allow: 'allowed', explicitDeny: 'explicitDeny', implicitDeny: 'implicitDeny'} as const;
/** botocore: ResourceNameType, 1–2048 characters (an ARN or "*"). */
const RESOURCE_ARN = {min: 1, max: 2048};

/** A policy the simulator evaluates, named as its MatchedStatements name it. */
interface SimulatedPolicy {
	readonly id: string;
	readonly type: 'user' | 'role' | 'user-managed' | 'none';
	readonly text: string;
	readonly document: PolicyDocument;
}

/**
 * SimulatePrincipalPolicy (a user or a role: its inline and attached policies, the user's
 * propagation-delayed as real requests see them) and SimulateCustomPolicy (the policies given).
 * The same engine as real requests, so preflight and "is the policy in force yet?" checks mean
 * something here; MatchedStatements say which statement of which policy decided.
 */
export function simulateActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		SimulatePrincipalPolicy: {
			iamAction: 'iam:SimulatePrincipalPolicy',
			resource: (context) => context.params.PolicySourceArn ?? '*',
			run(context) {
				const params = new QueryParams(context.params);
				const sourceArn = params.required('PolicySourceArn', ARN);
				const actions = actionNames(params);
				const policies = [...principalPolicies(store, sourceArn, context.now), ...givenPolicies(params, false)];
				return {body: simulate(policies, actions, params)};
			},
		},
		SimulateCustomPolicy: {
			iamAction: 'iam:SimulateCustomPolicy',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const actions = actionNames(params);
				return {body: simulate(givenPolicies(params, true), actions, params)};
			},
		},
	};
}

function actionNames(params: QueryParams): string[] {
	const actions = params.list('ActionNames', ACTION_NAME);
	if (actions.length === 0) params.required('ActionNames');
	return actions;
}

function principalPolicies(store: SandboxStore, arn: string, now: number): SimulatedPolicy[] {
	const managed = (names: readonly {policyName: string; document: string}[]) =>
		names.map((policy) => sourced(policy.policyName, 'user-managed', policy.document));
	const user = store.users.list().find((candidate) => candidate.arn === arn);
	if (user) {
		const inline = store.inlinePolicies.textsInForce(user, now);
		return [
			...inline.map((policy) => sourced(policy.policyName, 'user', policy.document)),
			...managed(store.managedPolicies.attachedTo('user', user.userName)),
		];
	}
	const role = store.roles.findByArn(arn);
	if (role) {
		return [
			...[...role.policies].map(([name, text]) => sourced(name, 'role', text)),
			...managed(store.managedPolicies.attachedTo('role', role.roleName)),
		];
	}
	const kind = arn.includes(':role/') ? 'role' : 'user';
	throw new SandboxError('NoSuchEntity', `The ${kind} with ARN ${arn} cannot be found.`, 404);
}

/** PolicyInputList.member.N, validated as IAM validates any identity policy. */
function givenPolicies(params: QueryParams, required: boolean): SimulatedPolicy[] {
	const texts = params.list('PolicyInputList', POLICY_DOCUMENT);
	if (required && texts.length === 0) params.required('PolicyInputList');
	return texts.map((text, index) => {
		parsePolicyDocument(text);
		return sourced(`PolicyInputList.${index + 1}`, 'none', text);
	});
}

const sourced = (id: string, type: SimulatedPolicy['type'], text: string): SimulatedPolicy => ({
	id,
	type,
	text,
	document: parsedPolicy(text),
});

function simulate(policies: readonly SimulatedPolicy[], actions: readonly string[], params: QueryParams) {
	const context = contextFrom(params);
	// Each requested resource is simulated on its own ("*" when none is given, as AWS does), so a
	// policy that names arn:aws:s3:::* is judged against that ARN, not against "*".
	const resources = params.list('ResourceArns', RESOURCE_ARN);
	const results = actions.flatMap((action) =>
		(resources.length > 0 ? resources : ['*']).map((resource) => {
			const {decision, matched} = explain(policies, {action, resource, context});
			return {
				EvalActionName: action,
				EvalResourceName: resource,
				EvalDecision: DECISIONS[decision],
				MatchedStatements: matched.map(({source, statement}) => matchedStatement(source, statement)),
				MissingContextValues: [],
			};
		}),
	);
	// Results keep the request's order; the page key is the position (zero-padded, so it sorts).
	const positioned = results.map((result, index) => ({result, key: String(index).padStart(6, '0')}));
	const page = paginate(positioned, (entry) => entry.key, params);
	return {EvaluationResults: page.items.map((entry) => entry.result), ...page.fields};
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
