import {parsePolicyDocument} from '../policy/index.js';
import {type Constraint, QueryParams} from '../protocol/query-params.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {paginate} from './pagination.js';
import {POLICY_DOCUMENT, POLICY_NAME} from './params.js';

/** A role or group directory, as far as its inline policies go (the store's RoleDirectory, GroupDirectory). */
export interface InlinePolicyHolder {
	/** The entity's name as it was created (NoSuchEntity when there is none). */
	nameOf(name: string): string;
	putPolicy(name: string, policyName: string, document: string): void;
	getPolicy(name: string, policyName: string): string;
	listPolicies(name: string): string[];
	deletePolicy(name: string, policyName: string): void;
}

/** Put/Get/List/Delete{Role,Group}Policy: the same four operations over either kind of entity. */
export function inlinePolicyActions(
	kind: 'Role' | 'Group',
	holder: InlinePolicyHolder,
	nameConstraint: Constraint,
	resource: (context: ActionContext) => string,
): Record<string, ActionSpec> {
	const nameParameter = `${kind}Name`;
	const named = (params: QueryParams) => ({
		name: params.required(nameParameter, nameConstraint),
		policyName: params.required('PolicyName', POLICY_NAME),
	});
	return {
		[`Put${kind}Policy`]: {
			iamAction: `iam:Put${kind}Policy`,
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const {name, policyName} = named(params);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				holder.nameOf(name); // NoSuchEntity before MalformedPolicyDocument, as IAM orders them
				parsePolicyDocument(document);
				holder.putPolicy(name, policyName, document);
				return {};
			},
		},
		[`Get${kind}Policy`]: {
			iamAction: `iam:Get${kind}Policy`,
			resource,
			run(context) {
				const {name, policyName} = named(new QueryParams(context.params));
				const document = holder.getPolicy(name, policyName);
				// URL-encoded (RFC 3986), as IAM returns policy documents.
				const body = {
					[nameParameter]: holder.nameOf(name),
					PolicyName: policyName,
					PolicyDocument: encodeURIComponent(document),
				};
				return {body};
			},
		},
		[`List${kind}Policies`]: {
			iamAction: `iam:List${kind}Policies`,
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const page = paginate(
					holder.listPolicies(params.required(nameParameter, nameConstraint)),
					(name) => name,
					params,
				);
				return {body: {PolicyNames: page.items, ...page.fields}};
			},
		},
		[`Delete${kind}Policy`]: {
			iamAction: `iam:Delete${kind}Policy`,
			resource,
			run(context) {
				const {name, policyName} = named(new QueryParams(context.params));
				holder.deletePolicy(name, policyName);
				return {};
			},
		},
	};
}
