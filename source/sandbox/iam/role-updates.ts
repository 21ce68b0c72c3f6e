import {QueryParams, TAG_KEY, validationError} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionSpec} from '../types.js';
import {MAX_SESSION_DURATION, ROLE_DESCRIPTION, ROLE_NAME} from './params.js';
import {roleResource} from './roles.js';
import {roleShape} from './shapes.js';

/** botocore: tagKeyListType holds at most 50 keys. */
const MAX_TAG_KEYS = 50;

/** UpdateRole (MaxSessionDuration, which AssumeRole then follows, and Description), UpdateRoleDescription, UntagRole. */
export function roleUpdateActions(store: SandboxStore): Record<string, ActionSpec> {
	const resource = (context: ActionContext) => roleResource(store, context);
	return {
		UpdateRole: {
			iamAction: 'iam:UpdateRole',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = params.required('RoleName', ROLE_NAME);
				const description = params.optional('Description', ROLE_DESCRIPTION);
				const maxSessionDuration = params.optionalInt('MaxSessionDuration', MAX_SESSION_DURATION);
				store.roles.update(name, {
					...(description === undefined ? {} : {description}),
					...(maxSessionDuration === undefined ? {} : {maxSessionDuration}),
				});
				// UpdateRoleResponse is an empty structure: <UpdateRoleResult/>.
				return {body: {}};
			},
		},
		UpdateRoleDescription: {
			iamAction: 'iam:UpdateRoleDescription',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = params.required('RoleName', ROLE_NAME);
				const description = params.required('Description', ROLE_DESCRIPTION);
				return {body: {Role: roleShape(store.roles.update(name, {description}), true)}};
			},
		},
		UntagRole: {
			iamAction: 'iam:UntagRole',
			resource,
			run(context) {
				const params = new QueryParams(context.params);
				const name = params.required('RoleName', ROLE_NAME);
				const keys = params.list('TagKeys', TAG_KEY);
				if (keys.length === 0) params.required('TagKeys');
				if (keys.length > MAX_TAG_KEYS) {
					throw validationError(undefined, 'tagKeys', `Member must have length less than or equal to ${MAX_TAG_KEYS}`);
				}
				store.roles.untag(name, keys);
				return {};
			},
		},
	};
}
