import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {paginate} from './pagination.js';
import {EXISTING_USER_NAME, GROUP_NAME, PATH, PATH_PREFIX} from './params.js';
import {groupShape, userShape} from './shapes.js';

/** The group ARN authorization is asked about; never throws (it runs before validation). */
export function groupResource(store: SandboxStore, context: ActionContext): string {
	const name = context.params.GroupName ?? '';
	const path = context.params.Path && PATH.pattern?.test(context.params.Path) ? context.params.Path : '/';
	return store.groups.find(name)?.arn ?? store.groups.arnOf(path, name);
}

const groupName = (params: QueryParams): string => params.required('GroupName', GROUP_NAME);
const userName = (params: QueryParams): string => params.required('UserName', EXISTING_USER_NAME);

/** Groups and their members: CreateGroup, GetGroup, ListGroups, DeleteGroup, membership. */
export function groupActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => groupResource(store, context);
	return {
		CreateGroup: {
			iamAction: 'iam:CreateGroup',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = groupName(params);
				const path = params.optional('Path', PATH) ?? '/';
				return {body: {Group: groupShape(store.groups.create({groupName: name, path}, context.now))}};
			},
		},
		GetGroup: {
			iamAction: 'iam:GetGroup',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const group = store.groups.get(groupName(params));
				const page = paginate(store.groups.membersOf(group.groupName), (user) => user.userName.toLowerCase(), params);
				return {body: {Group: groupShape(group), Users: page.items.map((user) => userShape(user)), ...page.fields}};
			},
		},
		ListGroups: {
			iamAction: 'iam:ListGroups',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const groups = store.groups.list(params.optional('PathPrefix', PATH_PREFIX));
				const page = paginate(groups, (group) => group.groupName.toLowerCase(), params);
				return {body: {Groups: page.items.map(groupShape), ...page.fields}};
			},
		},
		DeleteGroup: {
			iamAction: 'iam:DeleteGroup',
			resource,
			run(context) {
				store.groups.delete(groupName(new QueryParams(context.params)));
				return {};
			},
		},
		AddUserToGroup: {
			iamAction: 'iam:AddUserToGroup',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				store.groups.addUser(groupName(params), userName(params));
				return {};
			},
		},
		RemoveUserFromGroup: {
			iamAction: 'iam:RemoveUserFromGroup',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				store.groups.removeUser(groupName(params), userName(params));
				return {};
			},
		},
		ListGroupsForUser: {
			iamAction: 'iam:ListGroupsForUser',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const user = store.users.get(userName(params));
				const page = paginate(store.groups.groupsOf(user.userName), (group) => group.groupName.toLowerCase(), params);
				return {body: {Groups: page.items.map(groupShape), ...page.fields}};
			},
		},
	};
}
