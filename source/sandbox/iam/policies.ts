import {parsePolicyDocument} from '../policy/index.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {paginate} from './pagination.js';
import {EXISTING_USER_NAME, POLICY_DOCUMENT, POLICY_NAME} from './params.js';
import {QueryParams} from '../protocol/query-params.js';

export function policyActions(store: SandboxStore): Record<string, ActionSpec> {
	const userAndPolicy = (params: QueryParams) => ({
		userName: params.required('UserName', EXISTING_USER_NAME),
		policyName: params.required('PolicyName', POLICY_NAME),
	});
	return {
		PutUserPolicy: {
			iamAction: 'iam:PutUserPolicy',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const {userName, policyName} = userAndPolicy(params);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				store.users.get(userName); // NoSuchEntity before MalformedPolicyDocument, as IAM orders them
				parsePolicyDocument(document);
				store.inlinePolicies.put({userName, policyName, document}, context.now);
				return {};
			},
		},
		GetUserPolicy: {
			iamAction: 'iam:GetUserPolicy',
			resource: (context) => userResource(store, context),
			run(context) {
				const {userName, policyName} = userAndPolicy(new QueryParams(context.params));
				const document = store.inlinePolicies.get(userName, policyName);
				const user = store.users.get(userName);
				// IAM returns the document URL-encoded (RFC 3986); clients decode it themselves.
				return {body: {UserName: user.userName, PolicyName: policyName, PolicyDocument: encodeURIComponent(document)}};
			},
		},
		ListUserPolicies: {
			iamAction: 'iam:ListUserPolicies',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const names = store.inlinePolicies.list(params.required('UserName', EXISTING_USER_NAME));
				const page = paginate(names, (name) => name, params);
				return {body: {PolicyNames: page.items, ...page.fields}};
			},
		},
		DeleteUserPolicy: {
			iamAction: 'iam:DeleteUserPolicy',
			resource: (context) => userResource(store, context),
			run(context) {
				const {userName, policyName} = userAndPolicy(new QueryParams(context.params));
				store.inlinePolicies.delete(userName, policyName, context.now);
				return {};
			},
		},
	};
}
