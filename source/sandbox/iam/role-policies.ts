import {parsePolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {paginate} from './pagination.js';
import {POLICY_DOCUMENT, POLICY_NAME, ROLE_NAME} from './params.js';
import {roleResource} from './roles.js';

/** A role's inline policies: PutRolePolicy, GetRolePolicy, ListRolePolicies, DeleteRolePolicy. */
export function rolePolicyActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => roleResource(store, context);
	const roleAndPolicy = (params: QueryParams) => ({
		roleName: params.required('RoleName', ROLE_NAME),
		policyName: params.required('PolicyName', POLICY_NAME),
	});
	return {
		PutRolePolicy: {
			iamAction: 'iam:PutRolePolicy',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const {roleName, policyName} = roleAndPolicy(params);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				store.roles.get(roleName); // NoSuchEntity before MalformedPolicyDocument, as IAM orders them
				parsePolicyDocument(document);
				store.roles.putPolicy(roleName, policyName, document);
				return {};
			},
		},
		GetRolePolicy: {
			iamAction: 'iam:GetRolePolicy',
			resource,
			run(context) {
				const {roleName, policyName} = roleAndPolicy(new QueryParams(context.params));
				const document = store.roles.getPolicy(roleName, policyName);
				const role = store.roles.get(roleName);
				// URL-encoded (RFC 3986), as IAM returns policy documents.
				return {body: {RoleName: role.roleName, PolicyName: policyName, PolicyDocument: encodeURIComponent(document)}};
			},
		},
		ListRolePolicies: {
			iamAction: 'iam:ListRolePolicies',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const names = store.roles.listPolicies(params.required('RoleName', ROLE_NAME));
				const page = paginate(names, (name) => name, params);
				return {body: {PolicyNames: page.items, ...page.fields}};
			},
		},
		DeleteRolePolicy: {
			iamAction: 'iam:DeleteRolePolicy',
			resource,
			run(context) {
				const {roleName, policyName} = roleAndPolicy(new QueryParams(context.params));
				store.roles.deletePolicy(roleName, policyName);
				return {};
			},
		},
	};
}
