import type {MfaDeviceRecord, TagRecord, UserRecord} from '../store/records.js';

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
