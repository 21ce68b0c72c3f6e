import {SandboxError} from '../errors.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {targetUserName, userResource} from './caller.js';
import {paginate} from './pagination.js';
import {ACCESS_KEY_ID, EXISTING_USER_NAME} from './params.js';
import {QueryParams} from '../protocol/query-params.js';
import {isoDate} from './shapes.js';

/** Root access keys are not modelled: the administrator must say whose key it means. */
const needsUserName = () =>
	new SandboxError('ValidationError', 'Must specify userName when calling with non-User credentials');

export function accessKeyActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		CreateAccessKey: {
			iamAction: 'iam:CreateAccessKey',
			resource: (context) => userResource(store, context),
			run(context) {
				const userName = targetUserName(context, new QueryParams(context.params));
				if (userName === undefined) throw needsUserName();
				const key = store.accessKeys.create(userName, context.now);
				const user = store.users.get(userName);
				const accessKey = {
					UserName: user.userName,
					AccessKeyId: key.accessKeyId,
					Status: key.status,
					SecretAccessKey: key.secretAccessKey,
					CreateDate: isoDate(key.createDate),
				};
				return {body: {AccessKey: accessKey}};
			},
		},
		ListAccessKeys: {
			iamAction: 'iam:ListAccessKeys',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const userName = targetUserName(context, params);
				const user = userName === undefined ? undefined : store.users.get(userName);
				const keys = user ? store.accessKeys.listFor(user.userName) : [];
				const page = paginate(keys, (key) => `${String(key.createDate).padStart(16, '0')}/${key.accessKeyId}`, params);
				const metadata = page.items.map((key) => ({
					UserName: user?.userName,
					AccessKeyId: key.accessKeyId,
					Status: key.status,
					CreateDate: isoDate(key.createDate),
				}));
				return {body: {AccessKeyMetadata: metadata, ...page.fields}};
			},
		},
		DeleteAccessKey: {
			iamAction: 'iam:DeleteAccessKey',
			resource: (context) =>
				userResource(
					store,
					context,
					context.params.UserName ?? store.accessKeys.ownerOf(context.params.AccessKeyId ?? ''),
				),
			run(context) {
				const params = new QueryParams(context.params);
				const accessKeyId = params.required('AccessKeyId', ACCESS_KEY_ID);
				const userName =
					params.optional('UserName', EXISTING_USER_NAME) ??
					store.accessKeys.ownerOf(accessKeyId) ??
					context.principal.userName;
				if (userName === undefined) {
					throw new SandboxError('NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`, 404);
				}
				store.accessKeys.delete(userName, accessKeyId);
				return {};
			},
		},
	};
}
