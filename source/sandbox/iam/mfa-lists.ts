import type {AssignmentStatus, SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {targetUserName, userResource} from './caller.js';
import {paginate} from './pagination.js';
import {tagsPage} from './tags-page.js';
import {ASSIGNMENT_STATUS, SERIAL_NUMBER} from './params.js';
import {QueryParams} from '../protocol/query-params.js';
import {isoDate, virtualDeviceShape} from './shapes.js';

export function mfaListActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		ListMFADevices: {
			iamAction: 'iam:ListMFADevices',
			resource: (context) => userResource(store, context),
			run(context) {
				const params = new QueryParams(context.params);
				const userName = targetUserName(context, params);
				// The administrator (root) has no modelled MFA devices of its own.
				const user = userName === undefined ? undefined : store.users.get(userName);
				const devices = user ? store.mfaDevices.enabledFor(user.userName) : [];
				const page = paginate(devices, (device) => device.serialNumber, params);
				const entries = page.items.map((device) => ({
					UserName: user?.userName,
					SerialNumber: device.serialNumber,
					EnableDate: isoDate(device.enableDate ?? 0),
				}));
				return {body: {MFADevices: entries, ...page.fields}};
			},
		},
		ListMFADeviceTags: {
			iamAction: 'iam:ListMFADeviceTags',
			resource: (context) => context.params.SerialNumber ?? '*',
			run(context) {
				const params = new QueryParams(context.params);
				const device = store.mfaDevices.get(params.required('SerialNumber', SERIAL_NUMBER));
				return tagsPage(device.tags, params);
			},
		},
		TagMFADevice: {
			iamAction: 'iam:TagMFADevice',
			resource: (context) => context.params.SerialNumber ?? '*',
			run(context) {
				const params = new QueryParams(context.params);
				const serialNumber = params.required('SerialNumber', SERIAL_NUMBER);
				if (!Object.keys(context.params).some((key) => key.startsWith('Tags.member.'))) params.required('Tags');
				store.mfaDevices.tag(serialNumber, params.tags());
				return {};
			},
		},
		ListVirtualMFADevices: {
			iamAction: 'iam:ListVirtualMFADevices',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const status = (params.optional('AssignmentStatus', ASSIGNMENT_STATUS) ?? 'Any') as AssignmentStatus;
				const page = paginate(store.mfaDevices.list(status), (device) => device.serialNumber, params);
				const entries = page.items.map((device) => {
					const user = device.enabledFor === undefined ? undefined : store.users.find(device.enabledFor);
					return virtualDeviceShape(device, user);
				});
				return {body: {VirtualMFADevices: entries, ...page.fields}};
			},
		},
	};
}
