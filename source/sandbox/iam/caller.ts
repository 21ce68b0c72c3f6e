import type {SandboxStore} from '../store/index.js';
import type {ActionContext} from '../types.js';
import {EXISTING_USER_NAME} from './params.js';
import type {QueryParams} from '../protocol/query-params.js';

/** The user an action is about: UserName when given, otherwise the caller (IAM's convention). */
export function targetUserName(context: ActionContext, params: QueryParams): string | undefined {
	return params.optional('UserName', EXISTING_USER_NAME) ?? context.principal.userName;
}

/**
 * The user ARN that authorization is asked about. Never throws: it runs before validation, so a
 * garbage or unknown name still gets an ARN (and the action then answers ValidationError/NoSuchEntity).
 */
export function userResource(store: SandboxStore, context: ActionContext, userName = context.params.UserName): string {
	const name = userName ?? context.principal.userName;
	if (name === undefined) return context.principal.arn;
	return store.users.find(name)?.arn ?? store.users.arnOf('/', name);
}
