import type {AwsCredentials, AwsServices, IamRoleService, IamService} from '../aws/types.js';
import {RESOURCE_KINDS, type ResourceKind} from './kinds.js';

/*
 * The create call of each kind in kinds.ts, told to the run's journal: the name of what is about
 * to be created before the call (its id may never arrive), the id it got after it. A run cut short
 * between the two leaves a trail that teardown and `sts-mfa cleanup` follow. Performers create
 * through CREATE only, so a kind's journal entry is written here once.
 */

/** Who makes the call: the operator, or a demo user signing with their own key. Made when first used. */
export interface CreationServices {
	readonly iam: IamService;
	readonly roles: IamRoleService;
}

export interface CreationJournal {
	intend(kind: ResourceKind, name: string): Promise<void>;
	created(kind: ResourceKind, id: string): Promise<void>;
}

/** What a create needs besides its input. */
export interface Creator {
	readonly services: CreationServices;
	readonly journal: CreationJournal;
	readonly signal?: AbortSignal;
}

/** What each kind's create call takes and returns (the AWS calls in aws/types.ts). */
interface Calls {
	user: IamService['createUser'];
	virtualMfaDevice: IamService['createVirtualMfaDevice'];
	accessKey: (input: {userName: string}, signal?: AbortSignal) => ReturnType<IamService['createAccessKey']>;
	userPolicy: IamService['putUserPolicy'];
	role: IamRoleService['createRole'];
	managedPolicy: IamRoleService['createPolicy'];
}

export type CreationInput<K extends ResourceKind> = Parameters<Calls[K]>[0];
export type CreationOutput<K extends ResourceKind> = Awaited<ReturnType<Calls[K]>>;

interface CreateEntry<K extends ResourceKind> {
	/** What the journal names before the call. */
	readonly intent: (input: CreationInput<K>) => string;
	readonly call: (
		services: CreationServices,
		input: CreationInput<K>,
		signal?: AbortSignal,
	) => Promise<CreationOutput<K>>;
	/** The id the journal records after it: what teardown and cleanup delete. */
	readonly id: (output: CreationOutput<K>, input: CreationInput<K>) => string;
}

const CREATE_CALLS: {readonly [K in ResourceKind]: CreateEntry<K>} = {
	user: {
		intent: ({userName}) => userName,
		call: ({iam}, input, signal) => iam.createUser(input, signal),
		id: (user) => user.userName,
	},
	virtualMfaDevice: {
		intent: ({deviceName}) => deviceName,
		call: ({iam}, input, signal) => iam.createVirtualMfaDevice(input, signal),
		id: (device) => device.serialNumber,
	},
	accessKey: {
		// The key's id is AWS's to choose: the journal names whose key it will be.
		intent: ({userName}) => userName,
		call: ({iam}, {userName}, signal) => iam.createAccessKey(userName, signal),
		id: (key) => key.accessKeyId,
	},
	userPolicy: {
		intent: ({policyName}) => policyName,
		call: ({iam}, input, signal) => iam.putUserPolicy(input, signal),
		id: (_put, {policyName}) => policyName,
	},
	role: {
		intent: ({roleName}) => roleName,
		call: ({roles}, input, signal) => roles.createRole(input, signal),
		id: (role) => role.roleName,
	},
	managedPolicy: {
		intent: ({policyName}) => policyName,
		call: ({roles}, input, signal) => roles.createPolicy(input, signal),
		id: (policy) => policy.arn,
	},
};

/** Creates one resource of `kind`, with the journal told before and after. */
export async function createJournaled<K extends ResourceKind>(
	creator: Creator,
	kind: K,
	input: CreationInput<K>,
): Promise<CreationOutput<K>> {
	const entry = CREATE_CALLS[kind] as CreateEntry<K>;
	await creator.journal.intend(kind, entry.intent(input));
	const output = await entry.call(creator.services, input, creator.signal);
	await creator.journal.created(kind, entry.id(output, input));
	return output;
}

type Create = {
	readonly [K in ResourceKind]: (creator: Creator, input: CreationInput<K>) => Promise<CreationOutput<K>>;
};

/** Each kind's journaled create: `CREATE.user(creator, {userName, path, tags})`. */
export const CREATE = Object.fromEntries(
	RESOURCE_KINDS.map((kind) => [kind, (creator: Creator, input: never) => createJournaled(creator, kind, input)]),
) as unknown as Create;

/**
 * The operator's clients, or with `key` the clients that sign with it, each made only when a call
 * needs it (a scenario without a role never makes a client for role calls).
 */
export function servicesOf(services: AwsServices, key?: AwsCredentials): CreationServices {
	return {
		get iam() {
			return key ? services.iam(key, 'demo-user') : services.iam();
		},
		get roles() {
			return key ? services.roles(key, 'demo-user') : services.roles();
		},
	};
}
