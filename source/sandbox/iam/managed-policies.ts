import {parsePolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {paginate} from './pagination.js';
import {tagsPage} from './tags-page.js';
import {ARN, BOOLEAN, POLICY_DESCRIPTION, POLICY_DOCUMENT, POLICY_NAME, POLICY_PATH, POLICY_SCOPE} from './params.js';
import {managedPolicyShape} from './shapes.js';

/** A managed policy as GetPolicy and ListPolicies answer it, with its attachment and boundary counts. */
export function policyShape(store: SandboxStore, arn: string, detailed = false): Record<string, unknown> {
	const counts = {
		attachments: store.managedPolicies.attachmentCount(arn),
		boundaries: store.managedPolicies.boundaryUsageCount(arn),
	};
	return managedPolicyShape(store.managedPolicies.get(arn), counts, detailed);
}

/** The policy ARN authorization is asked about; never throws. */
export const policyResource = (store: SandboxStore, context: ActionContext): string =>
	context.params.PolicyArn ??
	store.managedPolicies.arnOf(
		context.params.Path && POLICY_PATH.pattern?.test(context.params.Path) ? context.params.Path : '/',
		context.params.PolicyName ?? '',
	);

/**
 * Customer managed policies (their versions are in policy-versions.ts). AWS managed policies are
 * not modelled, so Scope=AWS lists none.
 */
export function managedPolicyActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => policyResource(store, context);
	const shape = (arn: string, detailed = false) => policyShape(store, arn, detailed);
	return {
		CreatePolicy: {
			iamAction: 'iam:CreatePolicy',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const policyName = params.required('PolicyName', POLICY_NAME);
				const path = params.optional('Path', POLICY_PATH) ?? '/';
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				const description = params.optional('Description', POLICY_DESCRIPTION);
				parsePolicyDocument(document);
				const input = {policyName, path, document, tags: params.tags()};
				const policy = store.managedPolicies.create(
					description === undefined ? input : {...input, description},
					context.now,
				);
				const {Description: _description, ...created} = shape(policy.arn, true);
				return {body: {Policy: created}};
			},
		},
		GetPolicy: {
			iamAction: 'iam:GetPolicy',
			resource,
			run: (context) => ({body: {Policy: shape(policyArn(context), true)}}),
		},
		ListPolicies: {
			iamAction: 'iam:ListPolicies',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const scope = params.optional('Scope', POLICY_SCOPE) ?? 'All';
				const onlyAttached = params.optional('OnlyAttached', BOOLEAN) === 'true';
				const pathPrefix = params.optional('PathPrefix', POLICY_PATH);
				const policies =
					scope === 'AWS'
						? []
						: store.managedPolicies.list({onlyAttached, ...(pathPrefix === undefined ? {} : {pathPrefix})});
				const page = paginate(policies, (policy) => policy.policyName, params);
				return {body: {Policies: page.items.map((policy) => shape(policy.arn)), ...page.fields}};
			},
		},
		ListPolicyTags: {
			iamAction: 'iam:ListPolicyTags',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const policy = store.managedPolicies.get(params.required('PolicyArn', ARN));
				return tagsPage(policy.tags, params);
			},
		},
		DeletePolicy: {
			iamAction: 'iam:DeletePolicy',
			resource,
			run(context) {
				store.managedPolicies.delete(policyArn(context));
				return {};
			},
		},
	};
}

const policyArn = (context: ActionContext): string => new QueryParams(context.params).required('PolicyArn', ARN);
