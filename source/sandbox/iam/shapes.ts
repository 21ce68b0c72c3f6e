import type {ManagedPolicyRecord, MfaDeviceRecord, RoleRecord, TagRecord, UserRecord} from '../store/records.js';

/* Result shapes as botocore's iam model names them. Dates go out as ISO 8601 strings. */

export const isoDate = (epochMs: number): string => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const tagsShape = (tags: readonly TagRecord[]) => tags.map((tag) => ({Key: tag.key, Value: tag.value}));

/** `withTags`: GetUser and CreateUser return the tags; ListUsers does not. */
export function userShape(user: UserRecord, withTags = false): Record<string, unknown> {
	return {
		Path: user.path,
		UserName: user.userName,
		UserId: user.userId,
		Arn: user.arn,
		CreateDate: isoDate(user.createDate),
		...(withTags && user.tags.length > 0 ? {Tags: tagsShape(user.tags)} : {}),
	};
}

/** ListVirtualMFADevices' entry: the user only when assigned; never the seed or the QR code. */
export function virtualDeviceShape(device: MfaDeviceRecord, user: UserRecord | undefined): Record<string, unknown> {
	return {
		SerialNumber: device.serialNumber,
		...(user ? {User: userShape(user)} : {}),
		...(device.enableDate === undefined ? {} : {EnableDate: isoDate(device.enableDate)}),
		...(device.tags.length > 0 ? {Tags: tagsShape(device.tags)} : {}),
	};
}

/** Role documents go out URL-encoded (RFC 3986), as IAM sends them; `withTags` for CreateRole and GetRole. */
export function roleShape(role: RoleRecord, withTags = false): Record<string, unknown> {
	return {
		Path: role.path,
		RoleName: role.roleName,
		RoleId: role.roleId,
		Arn: role.arn,
		CreateDate: isoDate(role.createDate),
		AssumeRolePolicyDocument: encodeURIComponent(role.assumeRolePolicyDocument),
		...(role.description === undefined ? {} : {Description: role.description}),
		MaxSessionDuration: role.maxSessionDuration,
		...(withTags && role.tags.length > 0 ? {Tags: tagsShape(role.tags)} : {}),
	};
}

/** A customer managed policy; `detailed` (GetPolicy) adds its description and tags. */
export function managedPolicyShape(
	policy: ManagedPolicyRecord,
	attachmentCount: number,
	detailed = false,
): Record<string, unknown> {
	return {
		PolicyName: policy.policyName,
		PolicyId: policy.policyId,
		Arn: policy.arn,
		Path: policy.path,
		DefaultVersionId: 'v1',
		AttachmentCount: attachmentCount,
		PermissionsBoundaryUsageCount: 0,
		IsAttachable: true,
		...(detailed && policy.description !== undefined ? {Description: policy.description} : {}),
		CreateDate: isoDate(policy.createDate),
		UpdateDate: isoDate(policy.createDate),
		...(detailed && policy.tags.length > 0 ? {Tags: tagsShape(policy.tags)} : {}),
	};
}
