import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {AttacheeKind} from '../store/managed-policies.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {groupResource} from './groups.js';
import {paginate} from './pagination.js';
import {
	ARN,
	ENTITY_FILTER,
	EXISTING_USER_NAME,
	GROUP_NAME,
	PATH,
	POLICY_PATH,
	POLICY_USAGE_FILTER,
	ROLE_NAME,
} from './params.js';
import {roleResource} from './roles.js';

type Kind = AttacheeKind;

/** Attaching managed policies to users, roles and groups, and listing who has what. */
export function attachmentActions(store: SandboxStore): Record<string, ActionSpec> {
	const forUser = (context: ActionContext) => userResource(store, context);
	const forRole = (context: ActionContext) => roleResource(store, context);
	const forGroup = (context: ActionContext) => groupResource(store, context);
	return {
		AttachUserPolicy: attach(store, 'user', forUser),
		DetachUserPolicy: detach(store, 'user', forUser),
		ListAttachedUserPolicies: listAttached(store, 'user', forUser),
		AttachRolePolicy: attach(store, 'role', forRole),
		DetachRolePolicy: detach(store, 'role', forRole),
		ListAttachedRolePolicies: listAttached(store, 'role', forRole),
		AttachGroupPolicy: attach(store, 'group', forGroup),
		DetachGroupPolicy: detach(store, 'group', forGroup),
		ListAttachedGroupPolicies: listAttached(store, 'group', forGroup),
		ListEntitiesForPolicy: {
			iamAction: 'iam:ListEntitiesForPolicy',
			resource: (context) => context.params.PolicyArn ?? '*',
			run: (context) => ({body: entitiesForPolicy(store, new QueryParams(context.params))}),
		},
	};
}

interface Entity {
	readonly kind: Kind;
	readonly name: string;
	readonly id: string;
	readonly path: string;
}

/** ListEntitiesForPolicy: attached (PermissionsPolicy) or bounded (PermissionsBoundary) entities, or both. */
function entitiesForPolicy(store: SandboxStore, params: QueryParams): Record<string, unknown> {
	const arn = params.required('PolicyArn', ARN);
	const filter = params.optional('EntityFilter', ENTITY_FILTER);
	const pathPrefix = params.optional('PathPrefix', PATH) ?? '/';
	const usage = params.optional('PolicyUsageFilter', POLICY_USAGE_FILTER);
	store.managedPolicies.get(arn);
	const attached = store.managedPolicies.entitiesOf(arn);
	const bounded = (entity: {permissionsBoundary?: string}) => entity.permissionsBoundary === arn;
	const byUsage = {
		users: usage === 'PermissionsBoundary' ? [] : attached.users,
		roles: usage === 'PermissionsBoundary' ? [] : attached.roles,
		groups: usage === 'PermissionsBoundary' ? [] : attached.groups,
	};
	if (usage !== 'PermissionsPolicy') {
		byUsage.users = [...new Set([...byUsage.users, ...store.users.list().filter(bounded)])];
		byUsage.roles = [...new Set([...byUsage.roles, ...store.roles.list().filter(bounded)])];
	}
	const wanted = (kind: string) => filter === undefined || filter === kind;
	const entities: Entity[] = [
		...(wanted('Group') ? byUsage.groups : []).map((g) => ({
			kind: 'group' as const,
			name: g.groupName,
			id: g.groupId,
			path: g.path,
		})),
		...(wanted('User') ? byUsage.users : []).map((u) => ({
			kind: 'user' as const,
			name: u.userName,
			id: u.userId,
			path: u.path,
		})),
		...(wanted('Role') ? byUsage.roles : []).map((r) => ({
			kind: 'role' as const,
			name: r.roleName,
			id: r.roleId,
			path: r.path,
		})),
	]
		.filter((entity) => entity.path.startsWith(pathPrefix))
		.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
	const page = paginate(entities, keyOf, params);
	const of = (kind: Kind, field: string) =>
		page.items
			.filter((entity) => entity.kind === kind)
			.map((entity) => ({[`${field}Name`]: entity.name, [`${field}Id`]: entity.id}));
	return {
		PolicyGroups: of('group', 'Group'),
		PolicyUsers: of('user', 'User'),
		PolicyRoles: of('role', 'Role'),
		...page.fields,
	};
}

const keyOf = (entity: Entity): string => `${entity.kind[0]}/${entity.name.toLowerCase()}`;

const ENTITY_WORDS = {user: 'User', role: 'Role', group: 'Group'} as const;

function nameOf(kind: Kind, params: QueryParams): string {
	if (kind === 'user') return params.required('UserName', EXISTING_USER_NAME);
	return kind === 'role' ? params.required('RoleName', ROLE_NAME) : params.required('GroupName', GROUP_NAME);
}

function attach(store: SandboxStore, kind: Kind, resource: (context: ActionContext) => string): ActionSpec {
	return {
		iamAction: `iam:Attach${ENTITY_WORDS[kind]}Policy`,
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
		iamAction: `iam:Detach${ENTITY_WORDS[kind]}Policy`,
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
		iamAction: `iam:ListAttached${ENTITY_WORDS[kind]}Policies`,
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
