import type {Secret} from '../secret.js';

/*
 * The narrow service layer: one interface per AWS service listing only the calls sts-mfa makes.
 * The scenario runner and the cleanup command talk to AWS through these and nothing else, so the
 * adapters (SDK v3) can be exercised against the sandbox and the rest can be tested without AWS.
 * Every call takes an AbortSignal: leaving the state that started a call aborts it.
 */

export interface AwsCredentials {
	readonly accessKeyId: string;
	readonly secretAccessKey: Secret;
	readonly sessionToken?: Secret;
	readonly expiration?: Date;
}

export interface SessionCredentials extends AwsCredentials {
	readonly sessionToken: Secret;
	readonly expiration: Date;
}

export interface CallerIdentity {
	readonly account: string;
	readonly arn: string;
	readonly userId: string;
}

export interface Tag {
	readonly key: string;
	readonly value: string;
}

export interface IamUser {
	readonly userName: string;
	readonly userId: string;
	readonly arn: string;
	readonly path: string;
	readonly createDate?: Date;
}

export interface VirtualMfaDevice {
	readonly serialNumber: string;
	/** Base32 seed; present only in the answer to CreateVirtualMFADevice. */
	readonly seed?: Secret;
	/** The user the device is enabled for, if any. */
	readonly userName?: string;
}

export interface AccessKeyMetadata {
	readonly accessKeyId: string;
	readonly status: 'Active' | 'Inactive';
	readonly createDate?: Date;
}

export interface NewAccessKey {
	readonly accessKeyId: string;
	readonly secretAccessKey: Secret;
}

export interface Bucket {
	readonly name: string;
	readonly creationDate?: Date;
}

export interface SimulationResult {
	readonly action: string;
	readonly decision: 'allowed' | 'implicitDeny' | 'explicitDeny';
}

/** A request-context value for the policy simulator, e.g. aws:MultiFactorAuthPresent = true. */
export interface SimulationContextEntry {
	readonly key: string;
	readonly type: 'boolean' | 'string' | 'numeric';
	readonly values: readonly string[];
}

/** Where a matched statement sits in its policy's text (lines and columns from 1). */
export interface PolicyPosition {
	readonly line: number;
	readonly column: number;
}

/** One of the simulator's MatchedStatements: which statement of which policy decided. */
export interface MatchedStatement {
	/** The policy's name for an inline policy, "PolicyInputList.N" for a given one. */
	readonly sourcePolicyId: string;
	/** user, group, role, aws-managed, user-managed, resource or none. */
	readonly sourcePolicyType: string;
	readonly start?: PolicyPosition;
	readonly end?: PolicyPosition;
}

/** A simulator answer with its reasons. */
export interface ExplainedSimulation extends SimulationResult {
	/** The Deny statements for an explicit deny, the Allow statements for an allow, none otherwise. */
	readonly matchedStatements: readonly MatchedStatement[];
	/** Context keys the policies use that the request did not give. */
	readonly missingContextValues: readonly string[];
}

/** The policy simulator with its reasons (the operator's credentials): why a request is decided. */
export interface PolicySimulatorService {
	simulatePrincipalPolicy(
		input: {
			policySourceArn: string;
			actions: readonly string[];
			resourceArns?: readonly string[];
			contextEntries?: readonly SimulationContextEntry[];
		},
		signal?: AbortSignal,
	): Promise<ExplainedSimulation[]>;
	simulateCustomPolicy(
		input: {
			policies: readonly string[];
			actions: readonly string[];
			resourceArns?: readonly string[];
			contextEntries?: readonly SimulationContextEntry[];
			callerArn?: string;
		},
		signal?: AbortSignal,
	): Promise<ExplainedSimulation[]>;
}

export interface IamService {
	createUser(input: {userName: string; path: string; tags: Tag[]}, signal?: AbortSignal): Promise<IamUser>;
	getUser(userName: string, signal?: AbortSignal): Promise<IamUser>;
	/** All users under a path prefix (follows pagination). */
	listUsers(pathPrefix: string, signal?: AbortSignal): Promise<IamUser[]>;
	listUserTags(userName: string, signal?: AbortSignal): Promise<Tag[]>;
	deleteUser(userName: string, signal?: AbortSignal): Promise<void>;

	createVirtualMfaDevice(
		input: {deviceName: string; path: string; tags: Tag[]},
		signal?: AbortSignal,
	): Promise<VirtualMfaDevice & {seed: Secret}>;
	enableMfaDevice(
		input: {userName: string; serialNumber: string; code1: string; code2: string},
		signal?: AbortSignal,
	): Promise<void>;
	/** MFA devices enabled for the user (follows pagination). */
	listMfaDevices(userName: string, signal?: AbortSignal): Promise<VirtualMfaDevice[]>;
	/** Every virtual MFA device in the account, assigned or not (follows pagination). */
	listVirtualMfaDevices(signal?: AbortSignal): Promise<VirtualMfaDevice[]>;
	deactivateMfaDevice(input: {userName: string; serialNumber: string}, signal?: AbortSignal): Promise<void>;
	deleteVirtualMfaDevice(serialNumber: string, signal?: AbortSignal): Promise<void>;
	/** Tags a virtual device (the stolen-key scenario marks the attacker's device as the run's). */
	tagMfaDevice(input: {serialNumber: string; tags: Tag[]}, signal?: AbortSignal): Promise<void>;
	/** A virtual device's own tags (follows pagination): what tells cleanup whose device it is. */
	listMfaDeviceTags(serialNumber: string, signal?: AbortSignal): Promise<Tag[]>;

	createAccessKey(userName: string, signal?: AbortSignal): Promise<NewAccessKey>;
	listAccessKeys(userName: string, signal?: AbortSignal): Promise<AccessKeyMetadata[]>;
	deleteAccessKey(input: {userName: string; accessKeyId: string}, signal?: AbortSignal): Promise<void>;

	putUserPolicy(
		input: {userName: string; policyName: string; policyDocument: string},
		signal?: AbortSignal,
	): Promise<void>;
	listUserPolicies(userName: string, signal?: AbortSignal): Promise<string[]>;
	deleteUserPolicy(input: {userName: string; policyName: string}, signal?: AbortSignal): Promise<void>;

	/** Preflight on real accounts: which of these actions the caller may perform. */
	simulatePrincipalPolicy(
		input: {
			policySourceArn: string;
			actions: string[];
			resourceArns?: readonly string[];
			contextEntries?: readonly SimulationContextEntry[];
		},
		signal?: AbortSignal,
	): Promise<SimulationResult[]>;
}

export interface IamRole {
	readonly roleName: string;
	readonly arn: string;
	readonly path: string;
	/** As ListRoles reports it: how old an untracked leftover is. */
	readonly createDate?: Date;
}

export interface ManagedPolicy {
	readonly policyName: string;
	readonly arn: string;
	readonly createDate?: Date;
}

/** The role and customer-managed-policy calls of the assume-role scenario and its cleanup. */
export interface IamRoleService {
	createRole(
		input: {roleName: string; path: string; trustPolicy: string; tags: readonly Tag[]},
		signal?: AbortSignal,
	): Promise<IamRole>;
	createPolicy(
		input: {policyName: string; path: string; document: string; tags: readonly Tag[]},
		signal?: AbortSignal,
	): Promise<ManagedPolicy>;
	attachRolePolicy(input: {roleName: string; policyArn: string}, signal?: AbortSignal): Promise<void>;
	detachRolePolicy(input: {roleName: string; policyArn: string}, signal?: AbortSignal): Promise<void>;
	/** ARNs of the managed policies attached to the role (follows pagination). */
	listAttachedRolePolicies(roleName: string, signal?: AbortSignal): Promise<string[]>;
	listRolePolicies(roleName: string, signal?: AbortSignal): Promise<string[]>;
	deleteRolePolicy(input: {roleName: string; policyName: string}, signal?: AbortSignal): Promise<void>;
	deleteRole(roleName: string, signal?: AbortSignal): Promise<void>;
	listRoles(pathPrefix: string, signal?: AbortSignal): Promise<IamRole[]>;
	/** Customer managed policies under a path prefix (follows pagination). */
	listPolicies(pathPrefix: string, signal?: AbortSignal): Promise<ManagedPolicy[]>;
	/** Version ids other than the default one: IAM deletes a policy only without them. */
	listNonDefaultPolicyVersions(policyArn: string, signal?: AbortSignal): Promise<string[]>;
	deletePolicyVersion(input: {policyArn: string; versionId: string}, signal?: AbortSignal): Promise<void>;
	deletePolicy(policyArn: string, signal?: AbortSignal): Promise<void>;
	/** The role's own tags (follows pagination): what makes it sts-mfa's, for cleanup. */
	listRoleTags(roleName: string, signal?: AbortSignal): Promise<Tag[]>;
	listPolicyTags(policyArn: string, signal?: AbortSignal): Promise<Tag[]>;
}

export interface RoleSessionCredentials extends SessionCredentials {
	/** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
	readonly assumedRoleArn: string;
}

export interface StsService {
	getCallerIdentity(signal?: AbortSignal): Promise<CallerIdentity>;
	getSessionToken(
		input: {durationSeconds?: number; serialNumber?: string; tokenCode?: string},
		signal?: AbortSignal,
	): Promise<SessionCredentials>;
	assumeRole(
		input: {
			roleArn: string;
			roleSessionName: string;
			durationSeconds?: number;
			serialNumber?: string;
			tokenCode?: string;
		},
		signal?: AbortSignal,
	): Promise<RoleSessionCredentials>;
}

export interface S3Service {
	listBuckets(signal?: AbortSignal): Promise<Bucket[]>;
}

export type TrailAttributeKey = 'EventName' | 'AccessKeyId' | 'Username' | 'EventSource';

export interface TrailLookup {
	readonly attribute: {readonly key: TrailAttributeKey; readonly value: string};
	readonly startTime?: Date;
}

/** A CloudTrail record, with the fields a defender reads, checked against CloudTrail's record contents. */
export interface TrailRecord {
	readonly eventName: string;
	readonly eventSource: string;
	readonly eventTime: Date;
	readonly sourceIPAddress: string;
	readonly errorCode?: string;
	readonly errorMessage?: string;
	readonly userIdentity: {
		readonly type: string;
		readonly arn: string;
		readonly accountId: string;
		readonly accessKeyId: string;
		/** Only for temporary credentials: a long-term key's record has none. */
		readonly mfaAuthenticated?: 'true' | 'false';
	};
}

export interface TrailService {
	/** The matching records, most recent first; `unreadable` counts those that did not fit the record's shape. */
	lookupEvents(lookup: TrailLookup, signal?: AbortSignal): Promise<{records: TrailRecord[]; unreadable: number}>;
}

/** One AWS call as the trace panel shows it. Parameters are already redacted. */
export interface TraceEntry {
	readonly id: number;
	readonly service: 'iam' | 'sts' | 's3';
	readonly operation: string;
	/** Which credentials signed it: the operator's, the demo user's key, or a session. */
	readonly principal: 'operator' | 'demo-user' | 'session' | 'mfa-session' | 'role-session';
	readonly params: Record<string, unknown>;
	readonly outcome: 'ok' | 'error';
	readonly errorCode?: string;
	readonly ms: number;
	readonly at: Date;
}

export type TraceListener = (entry: TraceEntry) => void;

/**
 * Where the services point and with which credentials. `operator` clients use the target's
 * credentials (the standard chain, a profile, or the sandbox's administrator); `as(credentials)`
 * gives clients signed with the demo user's key or a session.
 */
export interface AwsServices {
	readonly region: string;
	readonly endpoint?: string;
	/** `principal` labels the trace; by default 'operator', 'demo-user' or 'session' from the credentials. */
	iam(credentials?: AwsCredentials, principal?: TraceEntry['principal']): IamService;
	/** IAM's role and managed-policy calls (the operator's, unless credentials are given). */
	roles(credentials?: AwsCredentials, principal?: TraceEntry['principal']): IamRoleService;
	sts(credentials?: AwsCredentials, principal?: TraceEntry['principal']): StsService;
	/** The policy simulator with MatchedStatements, signed with the operator's credentials. */
	simulator(): PolicySimulatorService;
	s3(credentials?: AwsCredentials, principal?: TraceEntry['principal']): S3Service;
	/** CloudTrail's event history, read with the operator's credentials. */
	trail(): TrailService;
	/** The server's clock skew in ms, measured from the last response's Date header, if known. */
	clockSkewMs(): number | undefined;
}
