import {SandboxError} from '../errors.js';
import {parsePolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {NamedPolicy, PolicyTexts, SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {ACTION_NAME, ARN, POLICY_DOCUMENT} from './params.js';
import {type SimulatedPolicies, type SimulatedPolicy, simulate, sourced} from './simulate-results.js';

/**
 * SimulatePrincipalPolicy (a user — its inline, attached and groups' policies, the user's inline
 * ones propagation-delayed as real requests see them — or a role, each with its permissions
 * boundary) and SimulateCustomPolicy (the policies given). The same engine as real requests, so
 * preflight and "is the policy in force yet?" checks mean something here.
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
				const principal = principalPolicies(store, sourceArn, context.now);
				const given = givenPolicies(params, false);
				const boundary = givenBoundary(params) ?? principal.boundary;
				const policies: SimulatedPolicies = {
					identity: [...principal.identity, ...given],
					...(boundary === undefined ? {} : {boundary}),
				};
				return simulate(policies, actions, params).then((body) => ({body}));
			},
		},
		SimulateCustomPolicy: {
			iamAction: 'iam:SimulateCustomPolicy',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const actions = actionNames(params);
				const identity = givenPolicies(params, true);
				const boundary = givenBoundary(params);
				return simulate(boundary === undefined ? {identity} : {identity, boundary}, actions, params).then((body) => ({
					body,
				}));
			},
		},
	};
}

function actionNames(params: QueryParams): string[] {
	const actions = params.list('ActionNames', ACTION_NAME);
	if (actions.length === 0) params.required('ActionNames');
	return actions;
}

function principalPolicies(
	store: SandboxStore,
	arn: string,
	now: number,
): {identity: SimulatedPolicy[]; boundary?: SimulatedPolicy} {
	const user = store.users.list().find((candidate) => candidate.arn === arn);
	const role = user ? undefined : store.roles.findByArn(arn);
	const texts: PolicyTexts | undefined = user
		? store.userTexts(user.userName, now)
		: role
			? store.roleTexts(role.roleName)
			: undefined;
	if (!texts) {
		const kind = arn.includes(':role/') ? 'role' : 'user';
		throw new SandboxError('NoSuchEntity', `The ${kind} with ARN ${arn} cannot be found.`, 404);
	}
	const named = (policy: NamedPolicy) => sourced(policy.policyName, policy.type, policy.document);
	const identity = texts.identity.map(named);
	return texts.boundary === undefined ? {identity} : {identity, boundary: named(texts.boundary)};
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

/** PermissionsBoundaryPolicyInputList: one boundary at most, which replaces the entity's own. */
function givenBoundary(params: QueryParams): SimulatedPolicy | undefined {
	const texts = params.list('PermissionsBoundaryPolicyInputList', POLICY_DOCUMENT);
	if (texts.length > 1) {
		throw new SandboxError(
			'InvalidInput',
			'Only one permissions boundary policy may be given (PermissionsBoundaryPolicyInputList).',
		);
	}
	const [text] = texts;
	if (text === undefined) return undefined;
	parsePolicyDocument(text);
	return sourced('PermissionsBoundaryPolicyInputList.1', 'none', text);
}
