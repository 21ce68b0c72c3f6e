import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {paginate} from './pagination.js';
import {ARN, ENTITY_FILTER, EXISTING_USER_NAME, PATH, POLICY_PATH, ROLE_NAME} from './params.js';
import {roleResource} from './roles.js';

type Kind = 'user' | 'role';

/** Attaching managed policies to users and roles, and listing who has what. */
export function attachmentActions(store: SandboxStore): Record<string, ActionSpec> {
	const forUser = (context: ActionContext) => userResource(store, context);
	const forRole = (context: ActionContext) => roleResource(store, context);
	return {
		AttachUserPolicy: attach(store, 'user', forUser),
		DetachUserPolicy: detach(store, 'user', forUser),
		ListAttachedUserPolicies: listAttached(store, 'user', forUser),
		AttachRolePolicy: attach(store, 'role', forRole),
		DetachRolePolicy: detach(store, 'role', forRole),
		ListAttachedRolePolicies: listAttached(store, 'role', forRole),
		ListEntitiesForPolicy: {
			iamAction: 'iam:ListEntitiesForPolicy',
			resource: (context) => context.params.PolicyArn ?? '*',
			run(context) {
				const params = new QueryParams(context.params);
				const arn = params.required('PolicyArn', ARN);
				const filter = params.optional('EntityFilter', ENTITY_FILTER);
				const pathPrefix = params.optional('PathPrefix', PATH) ?? '/';
				store.managedPolicies.get(arn);
				const {users, roles} = store.managedPolicies.entitiesOf(arn);
				const entries = [
					...(filter === undefined || filter === 'User' ? users : [])
						.filter((user) => user.path.startsWith(pathPrefix))
						.map((user) => ({key: `u/${user.userName.toLowerCase()}`, user})),
					...(filter === undefined || filter === 'Role' ? roles : [])
						.filter((role) => role.path.startsWith(pathPrefix))
						.map((role) => ({key: `r/${role.roleName.toLowerCase()}`, role})),
				].sort((a, b) => (a.key < b.key ? -1 : 1));
				const page = paginate(entries, (entry) => entry.key, params);
				const body = {
					PolicyGroups: [],
					PolicyUsers: page.items.flatMap((entry) =>
						'user' in entry ? [{UserName: entry.user.userName, UserId: entry.user.userId}] : [],
					),
					PolicyRoles: page.items.flatMap((entry) =>
						'role' in entry ? [{RoleName: entry.role.roleName, RoleId: entry.role.roleId}] : [],
					),
					...page.fields,
				};
				return {body};
			},
		},
	};
}

const nameOf = (kind: Kind, params: QueryParams): string =>
	kind === 'user' ? params.required('UserName', EXISTING_USER_NAME) : params.required('RoleName', ROLE_NAME);

const entity = (kind: Kind) => (kind === 'user' ? 'User' : 'Role');

function attach(store: SandboxStore, kind: Kind, resource: (context: ActionContext) => string): ActionSpec {
	return {
		iamAction: `iam:Attach${entity(kind)}Policy`,
		resource,
		run(context) {
			const params = new QueryParams(context.params);
			const name = nameOf(kind, params);
			store.managedPolicies.attach(kind, name, params.required('PolicyArn', ARN));
			return {};
		},
	};
}

function detach(store: SandboxStore, kind: Kind, resource: (context: ActionContext) => string): ActionSpec {
	return {
		iamAction: `iam:Detach${entity(kind)}Policy`,
		resource,
		run(context) {
			const params = new QueryParams(context.params);
			const name = nameOf(kind, params);
			store.managedPolicies.detach(kind, name, params.required('PolicyArn', ARN));
			return {};
		},
	};
}

function listAttached(store: SandboxStore, kind: Kind, resource: (context: ActionContext) => string): ActionSpec {
	return {
		iamAction: `iam:ListAttached${entity(kind)}Policies`,
		resource,
		run(context) {
			const params = new QueryParams(context.params);
			const name = nameOf(kind, params);
			const pathPrefix = params.optional('PathPrefix', POLICY_PATH) ?? '/';
			const attached = store.managedPolicies
				.attachedTo(kind, name)
				.filter((policy) => policy.path.startsWith(pathPrefix))
				.sort((a, b) => (a.policyName < b.policyName ? -1 : 1));
			const page = paginate(attached, (policy) => policy.policyName, params);
			const entries = page.items.map((policy) => ({PolicyName: policy.policyName, PolicyArn: policy.arn}));
			return {body: {AttachedPolicies: entries, ...page.fields}};
		},
	};
}
