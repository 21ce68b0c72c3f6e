import {randomUUID} from 'node:crypto';
import type {AnsweredRequest} from '../router.js';
import type {ActionContext, Principal} from '../types.js';

/*
 * A CloudTrail record of one answered request, with the fields a defender reads (AWS's CloudTrail
 * record contents): who (userIdentity), what (eventSource, eventName), from where
 * (sourceIPAddress), and how it ended (errorCode, errorMessage). Never a secret: request
 * parameters are copied only from a list of names that carry none (no MFA code, no policy text).
 */

export interface TrailEvent {
	/** Insertion order, for pagination. */
	readonly sequence: number;
	readonly eventId: string;
	readonly eventTime: number;
	readonly eventName: string;
	readonly eventSource: string;
	readonly readOnly: boolean;
	readonly accessKeyId: string;
	/** LookupEvents' Username: the user's name, the role session's name, or "root". */
	readonly username: string;
	readonly resources: readonly {readonly type: string; readonly name: string}[];
	/** The record, as CloudTrail writes it (LookupEvents returns it as a JSON string). */
	readonly record: Readonly<Record<string, unknown>>;
}

/** Parameters copied into requestParameters, and the resource each names (LookupEvents' Resources). */
const SAFE_PARAMETERS: Readonly<Record<string, string | undefined>> = {
	UserName: 'AWS::IAM::User',
	SerialNumber: 'AWS::IAM::MFADevice',
	VirtualMFADeviceName: undefined,
	RoleName: 'AWS::IAM::Role',
	RoleArn: 'AWS::IAM::Role',
	RoleSessionName: undefined,
	PolicyName: undefined,
	PolicyArn: 'AWS::IAM::Policy',
	PolicySourceArn: undefined,
	Bucket: 'AWS::S3::Bucket',
	DurationSeconds: undefined,
	MaxItems: undefined,
	Marker: undefined,
};
/** A request's values are bounded by the body limit; a record keeps far less of each. */
const MAX_VALUE_LENGTH = 256;
const MAX_MESSAGE_LENGTH = 1024;

const SOURCES = {
	iam: 'iam.amazonaws.com',
	sts: 'sts.amazonaws.com',
	s3: 's3.amazonaws.com',
	cloudtrail: 'cloudtrail.amazonaws.com',
} as const;

export function trailEventOf(answered: AnsweredRequest, sequence: number): TrailEvent {
	const {context, error} = answered;
	const eventId = randomUUID();
	const parameters = safeParameters(context);
	const record = {
		eventVersion: '1.08',
		userIdentity: userIdentity(context.principal),
		eventTime: isoSeconds(context.now),
		eventSource: SOURCES[context.service],
		eventName: context.action,
		awsRegion: context.region ?? 'us-east-1',
		sourceIPAddress: answered.sourceIp,
		userAgent: clip(answered.userAgent ?? '', MAX_VALUE_LENGTH),
		...(error ? {errorCode: error.awsCode, errorMessage: clip(error.message, MAX_MESSAGE_LENGTH)} : {}),
		requestParameters: Object.keys(parameters).length > 0 ? parameters : null,
		responseElements: null,
		requestID: context.requestId,
		eventID: eventId,
		readOnly: isReadOnly(context.action),
		eventType: 'AwsApiCall',
		managementEvent: true,
		recipientAccountId: context.principal.accountId,
		eventCategory: 'Management',
	};
	return {
		sequence,
		eventId,
		eventTime: context.now,
		eventName: context.action,
		eventSource: SOURCES[context.service],
		readOnly: record.readOnly,
		accessKeyId: context.principal.accessKeyId,
		username: usernameOf(context.principal),
		resources: resourcesOf(context),
		record,
	};
}

function userIdentity(principal: Principal): Record<string, unknown> {
	const identity: Record<string, unknown> = {
		type: principal.role ? 'AssumedRole' : principal.kind === 'admin' || !principal.userName ? 'Root' : 'IAMUser',
		principalId: principal.userId,
		arn: principal.arn,
		accountId: principal.accountId,
		accessKeyId: principal.accessKeyId,
	};
	if (identity.type === 'IAMUser') identity.userName = principal.userName;
	if (principal.kind === 'session' && principal.session) identity.sessionContext = sessionContext(principal);
	return identity;
}

/** Present only for temporary credentials: a long-term key has no session, so no mfaAuthenticated. */
function sessionContext(principal: Principal): Record<string, unknown> {
	const session = principal.session!;
	const attributes = {
		...(session.issuedAt === undefined ? {} : {creationDate: isoSeconds(session.issuedAt)}),
		mfaAuthenticated: String(session.mfaAuthenticatedAt !== undefined),
	};
	if (!principal.role) return {attributes};
	const {role} = principal;
	const sessionIssuer = {
		type: 'Role',
		principalId: role.roleId,
		arn: role.arn,
		accountId: principal.accountId,
		userName: role.roleName,
	};
	return {sessionIssuer, attributes};
}

function usernameOf(principal: Principal): string {
	if (principal.role) return principal.role.sessionName;
	return principal.kind === 'admin' || !principal.userName ? 'root' : principal.userName;
}

function safeParameters(context: ActionContext): Record<string, string> {
	const parameters: Record<string, string> = {};
	for (const [name, value] of Object.entries(context.params)) {
		if (!Object.hasOwn(SAFE_PARAMETERS, name)) continue;
		parameters[`${name[0]!.toLowerCase()}${name.slice(1)}`] = clip(value, MAX_VALUE_LENGTH);
	}
	return parameters;
}

function resourcesOf(context: ActionContext): TrailEvent['resources'] {
	const resources: {type: string; name: string}[] = [];
	for (const [name, value] of Object.entries(context.params)) {
		const type = Object.hasOwn(SAFE_PARAMETERS, name) ? SAFE_PARAMETERS[name] : undefined;
		if (type) resources.push({type, name: clip(value, MAX_VALUE_LENGTH)});
	}
	return resources;
}

/** Reads, by the operation's name: Get…, List…, Describe…, Lookup…, Simulate…, Head…. */
function isReadOnly(action: string): boolean {
	return /^(Get|List|Describe|Lookup|Simulate|Head)/.test(action);
}

function clip(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** CloudTrail writes times as 2023-04-25T10:00:00Z, without milliseconds. */
export function isoSeconds(epochMs: number): string {
	return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
