import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	DeactivateMFADeviceCommand,
	DeleteAccessKeyCommand,
	DeleteUserCommand,
	DeleteUserPolicyCommand,
	DeleteVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
	GetUserCommand,
	ListAccessKeysCommand,
	ListMFADeviceTagsCommand,
	TagMFADeviceCommand,
	ListMFADevicesCommand,
	ListUserPoliciesCommand,
	ListUserTagsCommand,
	ListUsersCommand,
	ListVirtualMFADevicesCommand,
	PutUserPolicyCommand,
	SimulatePrincipalPolicyCommand,
	type IAMClient,
	type User,
} from '@aws-sdk/client-iam';
import {Secret} from '../secret.js';
import {iamCall as call, sdkTags} from './iam-call.js';
import {collectPages} from './paginate.js';
import type {IamService, IamUser, SimulationResult} from './types.js';

function toUser(user: User | undefined): IamUser {
	return {
		userName: user?.UserName ?? '',
		userId: user?.UserId ?? '',
		arn: user?.Arn ?? '',
		path: user?.Path ?? '/',
		createDate: user?.CreateDate,
	};
}

/** The Base32 seed arrives as the bytes of its ASCII text. */
function seedText(bytes: Uint8Array | undefined): string {
	return bytes ? new TextDecoder().decode(bytes) : '';
}

function toDecision(decision: string | undefined): SimulationResult['decision'] {
	return decision === 'allowed' || decision === 'explicitDeny' ? decision : 'implicitDeny';
}

/** IamService over an SDK v3 IAMClient: each call is one command; lists follow Marker/IsTruncated. */
export function createIamService(client: IAMClient): IamService {
	return {
		async createUser({userName, path, tags}, signal) {
			const output = await call('CreateUser', signal, (o) =>
				client.send(
					new CreateUserCommand({
						UserName: userName,
						Path: path,
						Tags: sdkTags(tags),
					}),
					o,
				),
			);
			return toUser(output.User);
		},
		async getUser(userName, signal) {
			const output = await call('GetUser', signal, (o) => client.send(new GetUserCommand({UserName: userName}), o));
			return toUser(output.User);
		},
		listUsers: (pathPrefix, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListUsers', signal, (o) =>
					client.send(new ListUsersCommand({PathPrefix: pathPrefix, Marker: marker}), o),
				);
				return {items: (page.Users ?? []).map(toUser), marker: page.IsTruncated ? page.Marker : undefined};
			}),
		listUserTags: (userName, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListUserTags', signal, (o) =>
					client.send(new ListUserTagsCommand({UserName: userName, Marker: marker}), o),
				);
				return {
					items: (page.Tags ?? []).map((t) => ({key: t.Key ?? '', value: t.Value ?? ''})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
		listMfaDeviceTags: (serialNumber, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListMFADeviceTags', signal, (o) =>
					client.send(new ListMFADeviceTagsCommand({SerialNumber: serialNumber, Marker: marker}), o),
				);
				return {
					items: (page.Tags ?? []).map((t) => ({key: t.Key ?? '', value: t.Value ?? ''})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
		async deleteUser(userName, signal) {
			await call('DeleteUser', signal, (o) => client.send(new DeleteUserCommand({UserName: userName}), o));
		},

		async createVirtualMfaDevice({deviceName, path, tags}, signal) {
			const output = await call('CreateVirtualMFADevice', signal, (o) =>
				client.send(
					new CreateVirtualMFADeviceCommand({
						VirtualMFADeviceName: deviceName,
						Path: path,
						Tags: sdkTags(tags),
					}),
					o,
				),
			);
			const device = output.VirtualMFADevice;
			return {serialNumber: device?.SerialNumber ?? '', seed: new Secret(seedText(device?.Base32StringSeed))};
		},
		async tagMfaDevice({serialNumber, tags}, signal) {
			await call('TagMFADevice', signal, (o) =>
				client.send(new TagMFADeviceCommand({SerialNumber: serialNumber, Tags: sdkTags(tags)}), o),
			);
		},
		async enableMfaDevice({userName, serialNumber, code1, code2}, signal) {
			await call('EnableMFADevice', signal, (o) =>
				client.send(
					new EnableMFADeviceCommand({
						UserName: userName,
						SerialNumber: serialNumber,
						AuthenticationCode1: code1,
						AuthenticationCode2: code2,
					}),
					o,
				),
			);
		},
		listMfaDevices: (userName, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListMFADevices', signal, (o) =>
					client.send(new ListMFADevicesCommand({UserName: userName, Marker: marker}), o),
				);
				return {
					items: (page.MFADevices ?? []).map((d) => ({serialNumber: d.SerialNumber ?? '', userName: d.UserName})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
		listVirtualMfaDevices: (signal) =>
			collectPages(async (marker) => {
				const page = await call('ListVirtualMFADevices', signal, (o) =>
					client.send(new ListVirtualMFADevicesCommand({Marker: marker}), o),
				);
				return {
					items: (page.VirtualMFADevices ?? []).map((d) => ({
						serialNumber: d.SerialNumber ?? '',
						userName: d.User?.UserName,
					})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
		async deactivateMfaDevice({userName, serialNumber}, signal) {
			await call('DeactivateMFADevice', signal, (o) =>
				client.send(new DeactivateMFADeviceCommand({UserName: userName, SerialNumber: serialNumber}), o),
			);
		},
		async deleteVirtualMfaDevice(serialNumber, signal) {
			await call('DeleteVirtualMFADevice', signal, (o) =>
				client.send(new DeleteVirtualMFADeviceCommand({SerialNumber: serialNumber}), o),
			);
		},

		async createAccessKey(userName, signal) {
			const output = await call('CreateAccessKey', signal, (o) =>
				client.send(new CreateAccessKeyCommand({UserName: userName}), o),
			);
			return {
				accessKeyId: output.AccessKey?.AccessKeyId ?? '',
				secretAccessKey: new Secret(output.AccessKey?.SecretAccessKey ?? ''),
			};
		},
		listAccessKeys: (userName, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListAccessKeys', signal, (o) =>
					client.send(new ListAccessKeysCommand({UserName: userName, Marker: marker}), o),
				);
				return {
					items: (page.AccessKeyMetadata ?? []).map((k) => ({
						accessKeyId: k.AccessKeyId ?? '',
						status: k.Status === 'Inactive' ? ('Inactive' as const) : ('Active' as const),
						createDate: k.CreateDate,
					})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
		async deleteAccessKey({userName, accessKeyId}, signal) {
			await call('DeleteAccessKey', signal, (o) =>
				client.send(new DeleteAccessKeyCommand({UserName: userName, AccessKeyId: accessKeyId}), o),
			);
		},

		async putUserPolicy({userName, policyName, policyDocument}, signal) {
			await call('PutUserPolicy', signal, (o) =>
				client.send(
					new PutUserPolicyCommand({UserName: userName, PolicyName: policyName, PolicyDocument: policyDocument}),
					o,
				),
			);
		},
		listUserPolicies: (userName, signal) =>
			collectPages(async (marker) => {
				const page = await call('ListUserPolicies', signal, (o) =>
					client.send(new ListUserPoliciesCommand({UserName: userName, Marker: marker}), o),
				);
				return {items: page.PolicyNames ?? [], marker: page.IsTruncated ? page.Marker : undefined};
			}),
		async deleteUserPolicy({userName, policyName}, signal) {
			await call('DeleteUserPolicy', signal, (o) =>
				client.send(new DeleteUserPolicyCommand({UserName: userName, PolicyName: policyName}), o),
			);
		},

		simulatePrincipalPolicy: ({policySourceArn, actions, resourceArns, contextEntries}, signal) =>
			collectPages(async (marker) => {
				const page = await call('SimulatePrincipalPolicy', signal, (o) =>
					client.send(
						new SimulatePrincipalPolicyCommand({
							PolicySourceArn: policySourceArn,
							ActionNames: actions,
							ResourceArns: resourceArns ? [...resourceArns] : undefined,
							ContextEntries: contextEntries?.map((e) => ({
								ContextKeyName: e.key,
								ContextKeyType: e.type,
								ContextKeyValues: [...e.values],
							})),
							Marker: marker,
						}),
						o,
					),
				);
				return {
					items: (page.EvaluationResults ?? []).map((r) => ({
						action: r.EvalActionName ?? '',
						decision: toDecision(r.EvalDecision),
					})),
					marker: page.IsTruncated ? page.Marker : undefined,
				};
			}),
	};
}
