import type {
	AccessKeyRecord,
	AccountState,
	AdminCredentials,
	BucketRecord,
	ManagedPolicyRecord,
	MfaDeviceRecord,
	PolicyVersion,
	TagRecord,
	UserRecord,
} from './records.js';
import {newSessionKey} from './ids.js';
import {
	type GroupSnapshot,
	groupSnapshot,
	type RoleSnapshot,
	readGroup,
	readManagedPolicy,
	readRole,
	roleSnapshot,
} from './snapshot-roles.js';
import {CorruptSnapshotError, SnapshotReader} from './snapshot-reader.js';

export {CorruptSnapshotError} from './snapshot-reader.js';

const FORMAT = 'sts-mfa-sandbox-state';
const VERSION = 1;
const ACCOUNT_ID = /^\d{12}$/;

type PolicySnapshot = {policyName: string; versions: PolicyVersion[]};
type UserSnapshot = Omit<UserRecord, 'policies'> & {policies: PolicySnapshot[]};

/** The JSON form of an account (what --state files hold). Contains the sandbox's own secrets. */
export interface StoreSnapshot {
	readonly format: typeof FORMAT;
	readonly version: typeof VERSION;
	readonly accountId: string;
	readonly createDate?: number;
	readonly admin: AdminCredentials;
	readonly users: UserSnapshot[];
	readonly devices: MfaDeviceRecord[];
	readonly accessKeys: AccessKeyRecord[];
	readonly buckets: BucketRecord[];
	readonly roles: RoleSnapshot[];
	readonly managedPolicies: ManagedPolicyRecord[];
	readonly groups: GroupSnapshot[];
	readonly credentialReportAt?: number;
	/** Keeps sessions valid across restarts; a state without one (older files) gets a new key. */
	readonly sessionKey: string;
}

export function toSnapshot(state: AccountState): StoreSnapshot {
	const users = [...state.users.values()].map(({policies, ...user}) => ({
		...user,
		tags: [...user.tags],
		policies: [...policies].map(([policyName, versions]) => ({policyName, versions: [...versions]})),
	}));
	return structuredClone({
		format: FORMAT,
		version: VERSION,
		accountId: state.accountId,
		createDate: state.createDate,
		admin: state.admin,
		users,
		devices: [...state.devices.values()],
		accessKeys: [...state.accessKeys.values()],
		buckets: [...state.buckets.values()],
		roles: [...state.roles.values()].map(roleSnapshot),
		managedPolicies: [...state.managedPolicies.values()],
		groups: [...state.groups.values()].map(groupSnapshot),
		...(state.credentialReportAt === undefined ? {} : {credentialReportAt: state.credentialReportAt}),
		sessionKey: state.sessionKey,
	});
}

/** Validates every field; `admin` replaces the stored administrator credentials when given. */
export function fromSnapshot(json: unknown, admin?: AdminCredentials): AccountState {
	const root = new SnapshotReader(json, 'state');
	if (root.string('format') !== FORMAT || root.number('version') !== VERSION) {
		throw new CorruptSnapshotError(`it is not a version ${VERSION} sts-mfa sandbox state`);
	}
	const stored = root.object('admin');
	const users = root.list('users').map(readUser);
	const reportAt = root.optionalNumber('credentialReportAt');
	return {
		accountId: root.string('accountId', ACCOUNT_ID),
		// Older state files have none: the oldest thing they hold is the best guess.
		createDate: root.optionalNumber('createDate') ?? Math.min(Date.now(), ...users.map((user) => user.createDate)),
		admin: admin ?? {accessKeyId: stored.string('accessKeyId'), secretAccessKey: stored.string('secretAccessKey')},
		users: new Map(users.map((user) => [user.userName.toLowerCase(), user])),
		devices: keyed(root.list('devices').map(readDevice), (device) => device.serialNumber),
		accessKeys: keyed(root.list('accessKeys').map(readAccessKey), (key) => key.accessKeyId),
		buckets: keyed(root.list('buckets').map(readBucket), (bucket) => bucket.name),
		roles: keyed(root.optionalList('roles').map(readRole), (role) => role.roleName.toLowerCase()),
		managedPolicies: keyed(root.optionalList('managedPolicies').map(readManagedPolicy), (policy) => policy.arn),
		groups: keyed(root.optionalList('groups').map(readGroup), (group) => group.groupName.toLowerCase()),
		...(reportAt === undefined ? {} : {credentialReportAt: reportAt}),
		sessionKey: root.optionalString('sessionKey') ?? newSessionKey(),
	};
}

function keyed<T>(records: T[], keyOf: (record: T) => string): Map<string, T> {
	return new Map(records.map((record) => [keyOf(record), record]));
}

export function readTags(reader: SnapshotReader): TagRecord[] {
	return reader.list('tags').map((tag) => ({key: tag.string('key'), value: tag.string('value')}));
}

function readUser(reader: SnapshotReader): UserRecord {
	const policies = reader.list('policies').map((policy) => {
		const versions = policy
			.list('versions')
			.map((version) => ({document: version.optionalString('document'), changedAt: version.number('changedAt')}));
		return [policy.string('policyName'), versions] as const;
	});
	const permissionsBoundary = reader.optionalString('permissionsBoundary');
	return {
		userName: reader.string('userName'),
		path: reader.string('path'),
		userId: reader.string('userId'),
		arn: reader.string('arn'),
		createDate: reader.number('createDate'),
		tags: readTags(reader),
		policies: new Map(policies),
		attachedPolicies: reader.optionalStringList('attachedPolicies'),
		...(permissionsBoundary === undefined ? {} : {permissionsBoundary}),
	};
}

function readDevice(reader: SnapshotReader): MfaDeviceRecord {
	const enabledFor = reader.optionalString('enabledFor');
	const enableDate = reader.optionalNumber('enableDate');
	const lastAcceptedStep = reader.optionalNumber('lastAcceptedStep');
	return {
		serialNumber: reader.string('serialNumber'),
		path: reader.string('path'),
		name: reader.string('name'),
		seed: reader.string('seed', /^[A-Z2-7]+=*$/),
		tags: readTags(reader),
		...(enabledFor === undefined ? {} : {enabledFor}),
		...(enableDate === undefined ? {} : {enableDate}),
		...(lastAcceptedStep === undefined ? {} : {lastAcceptedStep}),
	};
}

function readAccessKey(reader: SnapshotReader): AccessKeyRecord {
	const status = reader.string('status', /^(Active|Inactive)$/) as AccessKeyRecord['status'];
	return {
		accessKeyId: reader.string('accessKeyId'),
		secretAccessKey: reader.string('secretAccessKey'),
		owner: reader.string('owner'),
		status,
		createDate: reader.number('createDate'),
	};
}

function readBucket(reader: SnapshotReader): BucketRecord {
	return {name: reader.string('name'), creationDate: reader.number('creationDate')};
}
