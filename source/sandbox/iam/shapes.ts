import type {
	GroupRecord,
	ManagedPolicyRecord,
	ManagedPolicyVersionRecord,
	MfaDeviceRecord,
	RoleRecord,
	TagRecord,
	UserRecord,
} from '../store/records.js';

/* Result shapes as botocore's iam model names them. Dates go out as ISO 8601 strings. */

export const isoDate = (epochMs: number): string => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const tagsShape = (tags: readonly TagRecord[]) => tags.map((tag) => ({Key: tag.key, Value: tag.value}));

/** AttachedPermissionsBoundary: present only when the user or role has one. */
export function boundaryShape(arn: string | undefined): Record<string, unknown> {
	return arn === undefined
		? {}
		: {PermissionsBoundary: {PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn}};
}

/** `detailed`: GetUser and CreateUser return the boundary and tags; ListUsers does not. */
export function userShape(user: UserRecord, detailed = false): Record<string, unknown> {
	return {
		Path: user.path,
		UserName: user.userName,
		UserId: user.userId,
		Arn: user.arn,
		CreateDate: isoDate(user.createDate),
		...(detailed ? boundaryShape(user.permissionsBoundary) : {}),
		...(detailed && user.tags.length > 0 ? {Tags: tagsShape(user.tags)} : {}),
	};
}

export function groupShape(group: GroupRecord): Record<string, unknown> {
	return {
		Path: group.path,
		GroupName: group.groupName,
		GroupId: group.groupId,
		Arn: group.arn,
		CreateDate: isoDate(group.createDate),
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

/** Role documents go out URL-encoded (RFC 3986), as IAM sends them; `detailed` for CreateRole and GetRole. */
export function roleShape(role: RoleRecord, detailed = false): Record<string, unknown> {
	return {
		Path: role.path,
		RoleName: role.roleName,
		RoleId: role.roleId,
		Arn: role.arn,
		CreateDate: isoDate(role.createDate),
		AssumeRolePolicyDocument: encodeURIComponent(role.assumeRolePolicyDocument),
		...(role.description === undefined ? {} : {Description: role.description}),
		MaxSessionDuration: role.maxSessionDuration,
		...(detailed ? boundaryShape(role.permissionsBoundary) : {}),
		...(detailed && role.tags.length > 0 ? {Tags: tagsShape(role.tags)} : {}),
	};
}

/** A customer managed policy; `detailed` (GetPolicy) adds its description and tags. */
export function managedPolicyShape(
	policy: ManagedPolicyRecord,
	counts: {attachments: number; boundaries: number},
	detailed = false,
): Record<string, unknown> {
	return {
		PolicyName: policy.policyName,
		PolicyId: policy.policyId,
		Arn: policy.arn,
		Path: policy.path,
		DefaultVersionId: policy.defaultVersionId,
		AttachmentCount: counts.attachments,
		PermissionsBoundaryUsageCount: counts.boundaries,
		IsAttachable: true,
		...(detailed && policy.description !== undefined ? {Description: policy.description} : {}),
		CreateDate: isoDate(policy.createDate),
		UpdateDate: isoDate(policy.updateDate),
		...(detailed && policy.tags.length > 0 ? {Tags: tagsShape(policy.tags)} : {}),
	};
}

/** PolicyVersion; `withDocument` (GetPolicyVersion, CreatePolicyVersion's is without) URL-encodes it as IAM does. */
export function policyVersionShape(
	policy: ManagedPolicyRecord,
	version: ManagedPolicyVersionRecord,
	withDocument: boolean,
): Record<string, unknown> {
	return {
		...(withDocument ? {Document: encodeURIComponent(version.document)} : {}),
		VersionId: version.versionId,
		IsDefaultVersion: version.versionId === policy.defaultVersionId,
		CreateDate: isoDate(version.createDate),
	};
}
