import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {ARN, EXISTING_USER_NAME, ROLE_NAME} from './params.js';
import {roleResource} from './roles.js';

/**
 * Permissions boundaries: a managed policy that sets the most a user or role may do. Evaluation
 * needs the boundary to allow as well as an identity policy (see SandboxStore.permissionsOf).
 */
export function boundaryActions(store: SandboxStore): Record<string, ActionSpec> {
	const forUser = (context: ActionContext) => userResource(store, context);
	const forRole = (context: ActionContext) => roleResource(store, context);
	const nameOf = (kind: 'user' | 'role', params: QueryParams) =>
		kind === 'user' ? params.required('UserName', EXISTING_USER_NAME) : params.required('RoleName', ROLE_NAME);
	const put = (kind: 'user' | 'role', iamAction: string, resource: ActionSpec['resource']): ActionSpec => ({
		iamAction,
		resource,
		run(context) {
			const params = new QueryParams(context.params);
			const name = nameOf(kind, params);
			store.managedPolicies.setBoundary(kind, name, params.required('PermissionsBoundary', ARN));
			return {};
		},
	});
	const remove = (kind: 'user' | 'role', iamAction: string, resource: ActionSpec['resource']): ActionSpec => ({
		iamAction,
		resource,
		run(context) {
			store.managedPolicies.setBoundary(kind, nameOf(kind, new QueryParams(context.params)), undefined);
			return {};
		},
	});
	return {
		PutUserPermissionsBoundary: put('user', 'iam:PutUserPermissionsBoundary', forUser),
		DeleteUserPermissionsBoundary: remove('user', 'iam:DeleteUserPermissionsBoundary', forUser),
		PutRolePermissionsBoundary: put('role', 'iam:PutRolePermissionsBoundary', forRole),
		DeleteRolePermissionsBoundary: remove('role', 'iam:DeleteRolePermissionsBoundary', forRole),
	};
}
