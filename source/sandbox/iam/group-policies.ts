import {parsePolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {groupResource} from './groups.js';
import {paginate} from './pagination.js';
import {GROUP_NAME, POLICY_DOCUMENT, POLICY_NAME} from './params.js';

/** A group's inline policies: PutGroupPolicy, GetGroupPolicy, ListGroupPolicies, DeleteGroupPolicy. */
export function groupPolicyActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => groupResource(store, context);
	const groupAndPolicy = (params: QueryParams) => ({
		groupName: params.required('GroupName', GROUP_NAME),
		policyName: params.required('PolicyName', POLICY_NAME),
	});
	return {
		PutGroupPolicy: {
			iamAction: 'iam:PutGroupPolicy',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const {groupName, policyName} = groupAndPolicy(params);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				store.groups.get(groupName); // NoSuchEntity before MalformedPolicyDocument, as IAM orders them
				parsePolicyDocument(document);
				store.groups.putPolicy(groupName, policyName, document);
				return {};
			},
		},
		GetGroupPolicy: {
			iamAction: 'iam:GetGroupPolicy',
			resource,
			run(context) {
				const {groupName, policyName} = groupAndPolicy(new QueryParams(context.params));
				const document = store.groups.getPolicy(groupName, policyName);
				const group = store.groups.get(groupName);
				return {
					body: {GroupName: group.groupName, PolicyName: policyName, PolicyDocument: encodeURIComponent(document)},
				};
			},
		},
		ListGroupPolicies: {
			iamAction: 'iam:ListGroupPolicies',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const names = store.groups.listPolicies(params.required('GroupName', GROUP_NAME));
				const page = paginate(names, (name) => name, params);
				return {body: {PolicyNames: page.items, ...page.fields}};
			},
		},
		DeleteGroupPolicy: {
			iamAction: 'iam:DeleteGroupPolicy',
			resource,
			run(context) {
				const {groupName, policyName} = groupAndPolicy(new QueryParams(context.params));
				store.groups.deletePolicy(groupName, policyName);
				return {};
			},
		},
	};
}
