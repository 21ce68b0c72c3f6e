import {parsePolicyDocument} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {policyResource} from './managed-policies.js';
import {paginate} from './pagination.js';
import {ARN, BOOLEAN, POLICY_DOCUMENT, POLICY_VERSION_ID} from './params.js';
import {policyVersionShape} from './shapes.js';

/**
 * A managed policy's versions (at most five): requests are judged by the default version, so a new
 * default that drops a permission takes it from every principal the policy is attached to.
 */
export function policyVersionActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => policyResource(store, context);
	const arnAndVersion = (params: QueryParams) => ({
		arn: params.required('PolicyArn', ARN),
		versionId: params.required('VersionId', POLICY_VERSION_ID),
	});
	return {
		CreatePolicyVersion: {
			iamAction: 'iam:CreatePolicyVersion',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const arn = params.required('PolicyArn', ARN);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				const setAsDefault = params.optional('SetAsDefault', BOOLEAN) === 'true';
				store.managedPolicies.get(arn); // NoSuchEntity before MalformedPolicyDocument
				parsePolicyDocument(document);
				const version = store.policyVersions.create(arn, document, setAsDefault, context.now);
				return {body: {PolicyVersion: policyVersionShape(store.managedPolicies.get(arn), version, false)}};
			},
		},
		GetPolicyVersion: {
			iamAction: 'iam:GetPolicyVersion',
			resource,
			run(context) {
				const {arn, versionId} = arnAndVersion(new QueryParams(context.params));
				const version = store.policyVersions.get(arn, versionId);
				return {body: {PolicyVersion: policyVersionShape(store.managedPolicies.get(arn), version, true)}};
			},
		},
		ListPolicyVersions: {
			iamAction: 'iam:ListPolicyVersions',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const policy = store.managedPolicies.get(params.required('PolicyArn', ARN));
				// Newest first, without the documents, as IAM lists them.
				const versions = [...policy.versions]
					.reverse()
					.map((version, index) => ({version, key: String(index).padStart(2, '0')}));
				const page = paginate(versions, (entry) => entry.key, params);
				return {
					body: {Versions: page.items.map((entry) => policyVersionShape(policy, entry.version, false)), ...page.fields},
				};
			},
		},
		SetDefaultPolicyVersion: {
			iamAction: 'iam:SetDefaultPolicyVersion',
			resource,
			run(context) {
				const {arn, versionId} = arnAndVersion(new QueryParams(context.params));
				store.policyVersions.setDefault(arn, versionId, context.now);
				return {};
			},
		},
		DeletePolicyVersion: {
			iamAction: 'iam:DeletePolicyVersion',
			resource,
			run(context) {
				const {arn, versionId} = arnAndVersion(new QueryParams(context.params));
				store.policyVersions.delete(arn, versionId);
				return {};
			},
		},
	};
}
