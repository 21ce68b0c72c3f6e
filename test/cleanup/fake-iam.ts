import {AwsError, type AwsErrorKind} from '../../source/aws/errors.js';
import type {
	AccessKeyMetadata,
	IamRoleService,
	IamService,
	IamUser,
	NewAccessKey,
	Tag,
	VirtualMfaDevice,
} from '../../source/aws/types.js';
import {Secret} from '../../source/secret.js';

/*
 * An in-memory IamService that behaves like IAM where cleanup depends on it: NoSuchEntity for
 * missing things, DeleteConflict while a user still has attachments or a device is assigned.
 * It logs every call, and a test can make any call fail.
 */

interface FakeUser {
	user: IamUser;
	tags: Tag[];
	policies: Map<string, string>;
	keys: AccessKeyMetadata[];
	mfa: string[];
}

export const ACCOUNT = '123456789012';
const CREATED_BY: Tag = {key: 'sts-mfa:created-by', value: 'sts-mfa'};

function failure(kind: AwsErrorKind, operation: string, message: string): AwsError {
	const awsCode =
		{notFound: 'NoSuchEntity', conflict: 'DeleteConflict', accessDenied: 'AccessDenied'}[kind as string] ??
		'ServiceFailure';
	return new AwsError({kind, message, service: 'iam', operation, awsCode});
}

export class FakeIam implements IamService {
	readonly calls: string[] = [];
	readonly users = new Map<string, FakeUser>();
	/** serial → assigned user name (undefined when free). */
	readonly devices = new Map<string, string | undefined>();
	readonly seeds = new Map<string, Secret>();
	/** serial → the device's own tags. */
	readonly deviceTags = new Map<string, Tag[]>();
	/** "operation" or "operation:id" → the error that call throws. */
	readonly failures = new Map<string, AwsError>();
	#keyCounter = 0;

	failOn(
		call: string,
		kind: AwsErrorKind = 'accessDenied',
		message = `User is not authorized to perform ${call}`,
	): void {
		this.failures.set(call, failure(kind, call.split(':')[0]!, message));
	}

	#call(operation: string, id?: string): void {
		this.calls.push(id === undefined ? operation : `${operation}:${id}`);
		const injected = (id !== undefined && this.failures.get(`${operation}:${id}`)) || this.failures.get(operation);
		if (injected) throw injected;
	}

	#user(operation: string, userName: string): FakeUser {
		const found = this.users.get(userName);
		if (!found) throw failure('notFound', operation, `The user with name ${userName} cannot be found.`);
		return found;
	}

	/** Test setup: a user as a demo run leaves it, with whatever attachments the test names. */
	addDemoUser(
		userName: string,
		options: {path?: string; tags?: Tag[]; policies?: string[]; keys?: number; mfa?: boolean; createDate?: Date} = {},
	): {keyIds: string[]; serial?: string} {
		const path = options.path ?? '/sts-mfa/';
		const tags = options.tags ?? [CREATED_BY];
		const user: IamUser = {
			userName,
			userId: `AIDA${userName.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
			arn: `arn:aws:iam::${ACCOUNT}:user${path}${userName}`,
			path,
			createDate: options.createDate ?? new Date(),
		};
		const entry: FakeUser = {
			user,
			tags,
			policies: new Map((options.policies ?? []).map((name) => [name, '{}'])),
			keys: [],
			mfa: [],
		};
		this.users.set(userName, entry);
		for (let index = 0; index < (options.keys ?? 0); index++)
			entry.keys.push({accessKeyId: this.#nextKeyId(), status: 'Active'});
		let serial: string | undefined;
		if (options.mfa) {
			serial = this.addDevice(`${userName}-mfa`, path, tags);
			this.devices.set(serial, userName);
			entry.mfa.push(serial);
		}
		return {keyIds: entry.keys.map((key) => key.accessKeyId), serial};
	}

	addDevice(deviceName: string, path = '/sts-mfa/', tags: Tag[] = [CREATED_BY]): string {
		const serial = `arn:aws:iam::${ACCOUNT}:mfa${path}${deviceName}`;
		this.devices.set(serial, undefined);
		this.deviceTags.set(serial, tags);
		return serial;
	}

	#nextKeyId(): string {
		this.#keyCounter += 1;
		return `AKIAFAKE${String(this.#keyCounter).padStart(12, '0')}`;
	}

	/** Everything still in the fake account, for asserting that cleanup left nothing. */
	inventory(): string[] {
		const items: string[] = [];
		for (const [name, user] of this.users) {
			items.push(
				`user:${name}`,
				...[...user.policies.keys()].map((p) => `policy:${p}`),
				...user.keys.map((k) => `key:${k.accessKeyId}`),
			);
		}
		return [...items, ...[...this.devices.keys()].map((serial) => `device:${serial}`)];
	}

	async createUser(input: {userName: string; path: string; tags: Tag[]}): Promise<IamUser> {
		this.#call('createUser', input.userName);
		this.addDemoUser(input.userName, {path: input.path, tags: input.tags});
		return this.users.get(input.userName)!.user;
	}

	async getUser(userName: string): Promise<IamUser> {
		this.#call('getUser', userName);
		return this.#user('getUser', userName).user;
	}

	async listUsers(pathPrefix: string): Promise<IamUser[]> {
		this.#call('listUsers', pathPrefix);
		return [...this.users.values()].map((entry) => entry.user).filter((user) => user.path.startsWith(pathPrefix));
	}

	async listUserTags(userName: string): Promise<Tag[]> {
		this.#call('listUserTags', userName);
		return [...this.#user('listUserTags', userName).tags];
	}

	async deleteUser(userName: string): Promise<void> {
		this.#call('deleteUser', userName);
		const user = this.#user('deleteUser', userName);
		if (user.policies.size > 0 || user.keys.length > 0 || user.mfa.length > 0) {
			throw failure('conflict', 'deleteUser', 'Cannot delete entity, must remove attachments first.');
		}
		this.users.delete(userName);
	}

	async createVirtualMfaDevice(input: {
		deviceName: string;
		path: string;
		tags: Tag[];
	}): Promise<VirtualMfaDevice & {seed: Secret}> {
		this.#call('createVirtualMfaDevice', input.deviceName);
		const serialNumber = this.addDevice(input.deviceName, input.path, input.tags);
		const seed = new Secret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
		this.seeds.set(serialNumber, seed);
		return {serialNumber, seed};
	}

	async enableMfaDevice(input: {userName: string; serialNumber: string}): Promise<void> {
		this.#call('enableMfaDevice', input.serialNumber);
		this.#user('enableMfaDevice', input.userName).mfa.push(input.serialNumber);
		this.devices.set(input.serialNumber, input.userName);
	}

	async listMfaDevices(userName: string): Promise<VirtualMfaDevice[]> {
		this.#call('listMfaDevices', userName);
		return this.#user('listMfaDevices', userName).mfa.map((serialNumber) => ({serialNumber, userName}));
	}

	async listVirtualMfaDevices(): Promise<VirtualMfaDevice[]> {
		this.#call('listVirtualMfaDevices');
		return [...this.devices].map(([serialNumber, userName]) =>
			userName === undefined ? {serialNumber} : {serialNumber, userName},
		);
	}

	async deactivateMfaDevice(input: {userName: string; serialNumber: string}): Promise<void> {
		this.#call('deactivateMfaDevice', input.serialNumber);
		const user = this.#user('deactivateMfaDevice', input.userName);
		if (!user.mfa.includes(input.serialNumber))
			throw failure('notFound', 'deactivateMfaDevice', 'MFA device not found for user');
		user.mfa = user.mfa.filter((serial) => serial !== input.serialNumber);
		this.devices.set(input.serialNumber, undefined);
	}

	async tagMfaDevice(input: {serialNumber: string; tags: Tag[]}): Promise<void> {
		this.#call('tagMfaDevice', input.serialNumber);
		if (!this.devices.has(input.serialNumber))
			throw failure(
				'notFound',
				'tagMfaDevice',
				`VirtualMFADevice with serial number ${input.serialNumber} doesn't exist.`,
			);
		this.deviceTags.set(input.serialNumber, [...(this.deviceTags.get(input.serialNumber) ?? []), ...input.tags]);
	}

	async listMfaDeviceTags(serialNumber: string): Promise<Tag[]> {
		this.#call('listMfaDeviceTags', serialNumber);
		const tags = this.deviceTags.get(serialNumber);
		if (!this.devices.has(serialNumber) || !tags)
			throw failure(
				'notFound',
				'listMfaDeviceTags',
				`VirtualMFADevice with serial number ${serialNumber} doesn't exist.`,
			);
		return [...tags];
	}

	async deleteVirtualMfaDevice(serialNumber: string): Promise<void> {
		this.#call('deleteVirtualMfaDevice', serialNumber);
		if (!this.devices.has(serialNumber))
			throw failure(
				'notFound',
				'deleteVirtualMfaDevice',
				`VirtualMFADevice with serial number ${serialNumber} doesn't exist.`,
			);
		if (this.devices.get(serialNumber) !== undefined)
			throw failure('conflict', 'deleteVirtualMfaDevice', 'MFA device is still in use.');
		this.devices.delete(serialNumber);
		this.deviceTags.delete(serialNumber);
	}

	async createAccessKey(userName: string): Promise<NewAccessKey> {
		this.#call('createAccessKey', userName);
		const accessKeyId = this.#nextKeyId();
		this.#user('createAccessKey', userName).keys.push({accessKeyId, status: 'Active'});
		return {accessKeyId, secretAccessKey: new Secret(`fake-secret-${accessKeyId}-wJalrXUtnFEMI/K7MDENG`)};
	}

	async listAccessKeys(userName: string): Promise<AccessKeyMetadata[]> {
		this.#call('listAccessKeys', userName);
		return [...this.#user('listAccessKeys', userName).keys];
	}

	async deleteAccessKey(input: {userName: string; accessKeyId: string}): Promise<void> {
		this.#call('deleteAccessKey', input.accessKeyId);
		const user = this.#user('deleteAccessKey', input.userName);
		if (!user.keys.some((key) => key.accessKeyId === input.accessKeyId)) {
			throw failure('notFound', 'deleteAccessKey', `The Access Key with id ${input.accessKeyId} cannot be found.`);
		}
		user.keys = user.keys.filter((key) => key.accessKeyId !== input.accessKeyId);
	}

	async putUserPolicy(input: {userName: string; policyName: string; policyDocument: string}): Promise<void> {
		this.#call('putUserPolicy', input.policyName);
		this.#user('putUserPolicy', input.userName).policies.set(input.policyName, input.policyDocument);
	}

	async listUserPolicies(userName: string): Promise<string[]> {
		this.#call('listUserPolicies', userName);
		return [...this.#user('listUserPolicies', userName).policies.keys()];
	}

	async deleteUserPolicy(input: {userName: string; policyName: string}): Promise<void> {
		this.#call('deleteUserPolicy', input.policyName);
		const user = this.#user('deleteUserPolicy', input.userName);
		if (!user.policies.delete(input.policyName))
			throw failure('notFound', 'deleteUserPolicy', `The user policy with name ${input.policyName} cannot be found.`);
	}

	async simulatePrincipalPolicy(): Promise<never> {
		this.#call('simulatePrincipalPolicy');
		throw failure('accessDenied', 'simulatePrincipalPolicy', 'not used by cleanup');
	}
}

/** An account with no roles or managed policies: the user-and-device tests need nothing more. */
export const NO_ROLES: IamRoleService = {
	listRoles: async () => [],
	listPolicies: async () => [],
	listRoleTags: async () => [],
	listPolicyTags: async () => [],
	listAttachedRolePolicies: async () => [],
	listRolePolicies: async () => [],
	listNonDefaultPolicyVersions: async () => [],
	createRole: unexpected('createRole'),
	createPolicy: unexpected('createPolicy'),
	attachRolePolicy: unexpected('attachRolePolicy'),
	detachRolePolicy: unexpected('detachRolePolicy'),
	deleteRolePolicy: unexpected('deleteRolePolicy'),
	deleteRole: unexpected('deleteRole'),
	deletePolicyVersion: unexpected('deletePolicyVersion'),
	deletePolicy: unexpected('deletePolicy'),
};

function unexpected(call: string): () => Promise<never> {
	return async () => {
		throw new Error(`${call} was not expected: this account has no roles or managed policies`);
	};
}

/** What cleanup connects to: this fake IAM, with no roles or managed policies. */
export const servicesOf = (iam: IamService) => ({iam, roles: NO_ROLES});
