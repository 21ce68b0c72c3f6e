import {parseTrustPolicy} from '../policy/index.js';
import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {paginate} from './pagination.js';
import {tagsPage} from './tags-page.js';
import {ARN, MAX_SESSION_DURATION, PATH, PATH_PREFIX, POLICY_DOCUMENT, ROLE_DESCRIPTION, ROLE_NAME} from './params.js';
import {roleShape} from './shapes.js';

/** The role ARN that authorization is asked about; never throws (it runs before validation). */
export function roleResource(store: SandboxStore, context: ActionContext): string {
	const name = context.params.RoleName ?? '';
	const path = context.params.Path && PATH.pattern?.test(context.params.Path) ? context.params.Path : '/';
	return store.roles.find(name)?.arn ?? store.roles.arnOf(path, name);
}

/**
 * Checks a trust policy against this account (named users and roles must exist) and returns their
 * ids by ARN, which the role keeps so that a namesake created later is not trusted.
 */
export function checkTrustPolicy(store: SandboxStore, document: string): Record<string, string> {
	const ids: Record<string, string> = Object.create(null) as Record<string, string>;
	const known = (arn: string) => {
		const id = store.users.list().find((user) => user.arn === arn)?.userId ?? store.roles.findByArn(arn)?.roleId;
		if (id !== undefined) ids[arn] = id;
		return id !== undefined;
	};
	parseTrustPolicy(document, store.accountId, known);
	return {...ids};
}

export function roleActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => roleResource(store, context);
	return {
		CreateRole: {
			iamAction: 'iam:CreateRole',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const roleName = params.required('RoleName', ROLE_NAME);
				const path = params.optional('Path', PATH) ?? '/';
				const document = params.required('AssumeRolePolicyDocument', POLICY_DOCUMENT);
				const description = params.optional('Description', ROLE_DESCRIPTION);
				const maxSessionDuration = params.optionalInt('MaxSessionDuration', MAX_SESSION_DURATION);
				const permissionsBoundary = params.optional('PermissionsBoundary', ARN);
				const trustPrincipalIds = checkTrustPolicy(store, document);
				if (permissionsBoundary !== undefined) store.managedPolicies.requireAttachable(permissionsBoundary);
				const role = store.roles.create(
					{
						roleName,
						path,
						assumeRolePolicyDocument: document,
						trustPrincipalIds,
						...(description === undefined ? {} : {description}),
						...(maxSessionDuration === undefined ? {} : {maxSessionDuration}),
						...(permissionsBoundary === undefined ? {} : {permissionsBoundary}),
						tags: params.tags(),
					},
					context.now,
				);
				return {body: {Role: roleShape(role, true)}};
			},
		},
		GetRole: {
			iamAction: 'iam:GetRole',
			resource,
			run: (context) => ({body: {Role: roleShape(store.roles.get(roleName(context)), true)}}),
		},
		ListRoles: {
			iamAction: 'iam:ListRoles',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const roles = store.roles.list(params.optional('PathPrefix', PATH_PREFIX));
				const page = paginate(roles, (role) => role.roleName.toLowerCase(), params);
				return {body: {Roles: page.items.map((role) => roleShape(role)), ...page.fields}};
			},
		},
		UpdateAssumeRolePolicy: {
			iamAction: 'iam:UpdateAssumeRolePolicy',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = params.required('RoleName', ROLE_NAME);
				const document = params.required('PolicyDocument', POLICY_DOCUMENT);
				store.roles.get(name);
				store.roles.updateTrust(name, document, checkTrustPolicy(store, document));
				return {};
			},
		},
		DeleteRole: {
			iamAction: 'iam:DeleteRole',
			resource,
			run(context) {
				store.roles.delete(roleName(context));
				return {};
			},
		},
		TagRole: {
			iamAction: 'iam:TagRole',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = params.required('RoleName', ROLE_NAME);
				if (!Object.keys(context.params).some((key) => key.startsWith('Tags.member.'))) params.required('Tags');
				store.roles.tag(name, params.tags());
				return {};
			},
		},
		ListRoleTags: {
			iamAction: 'iam:ListRoleTags',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const role = store.roles.get(params.required('RoleName', ROLE_NAME));
				return tagsPage(role.tags, params);
			},
		},
	};
}

const roleName = (context: ActionContext): string => new QueryParams(context.params).required('RoleName', ROLE_NAME);
