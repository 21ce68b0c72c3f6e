import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {targetUserName, userResource} from './caller.js';
import {paginate} from './pagination.js';
import {tagsPage} from './tags-page.js';
import {ARN, EXISTING_USER_NAME, PATH, PATH_PREFIX, USER_NAME} from './params.js';
import {QueryParams} from '../protocol/query-params.js';
import {userShape} from './shapes.js';

const ACCOUNT_WIDE = () => '*';

export function userActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		CreateUser: {
			iamAction: 'iam:CreateUser',
			resource: (context) => store.users.arnOf(pathOrRoot(context.params.Path), context.params.UserName ?? ''),
			run(context) {
				const params = new QueryParams(context.params);
				const userName = params.required('UserName', USER_NAME);
				const path = params.optional('Path', PATH) ?? '/';
				const permissionsBoundary = params.optional('PermissionsBoundary', ARN);
				if (permissionsBoundary !== undefined) store.managedPolicies.requireAttachable(permissionsBoundary);
				const input = {userName, path, tags: params.tags()};
				const user = store.users.create(
					permissionsBoundary === undefined ? input : {...input, permissionsBoundary},
					context.now,
				);
				return {body: {User: userShape(user, true)}};
			},
		},
		GetUser: {
			iamAction: 'iam:GetUser',
			resource: (context) => userResource(store, context),
			run: (context) => ({body: {User: getUser(store, context)}}),
		},
		ListUsers: {
			iamAction: 'iam:ListUsers',
			resource: ACCOUNT_WIDE,
			run(context) {
				const params = new QueryParams(context.params);
				const users = store.users.list(params.optional('PathPrefix', PATH_PREFIX));
				const page = paginate(users, (user) => user.userName.toLowerCase(), params);
				return {body: {Users: page.items.map((user) => userShape(user)), ...page.fields}};
			},
		},
		DeleteUser: {
			iamAction: 'iam:DeleteUser',
			resource: (context) => userResource(store, context),
			run(context) {
				store.users.delete(new QueryParams(context.params).required('UserName', EXISTING_USER_NAME));
				return {};
			},
		},
		TagUser: {
			iamAction: 'iam:TagUser',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const userName = params.required('UserName', EXISTING_USER_NAME);
				if (!Object.keys(context.params).some((key) => key.startsWith('Tags.member.'))) params.required('Tags');
				store.users.tag(userName, params.tags());
				return {};
			},
		},
		ListUserTags: {
			iamAction: 'iam:ListUserTags',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const user = store.users.get(params.required('UserName', EXISTING_USER_NAME));
				return tagsPage(user.tags, params);
			},
		},
	};
}

/** Without UserName, the caller; the administrator is the account's root user. */
function getUser(store: SandboxStore, context: ActionContext): Record<string, unknown> {
	const params = new QueryParams(context.params);
	const userName = targetUserName(context, params);
	if (userName === undefined) return {UserId: context.principal.userId, Arn: context.principal.arn};
	return userShape(store.users.get(userName), true);
}

/** For the resource ARN only: a path that would fail validation still makes an ARN. */
const pathOrRoot = (path: string | undefined): string => (path && PATH.pattern?.test(path) ? path : '/');
