/*
 * The answers `check` reads from IAM, as botocore's iam 2010-05-08 model documents them (lengths,
 * patterns, enums, required members), checked before anything in them is evaluated or printed. The
 * SDK turns XML into objects but checks none of this: an endpoint pretending to be AWS could send a
 * name with a terminal escape in it, or a page that never ends.
 */
import {z} from 'zod';

const pattern = (source: string) => new RegExp(`^(?:${source})$`, 'u');
const text = (min: number, max: number, source?: string) => {
	const sized = z.string().min(min).max(max);
	return source === undefined ? sized : sized.regex(pattern(source));
};

/** userNameType, roleNameType (64), groupNameType and policyNameType (128): [\w+=,.@-]+ */
const userName = text(1, 64, String.raw`[\w+=,.@-]+`);
const roleName = userName;
const groupName = text(1, 128, String.raw`[\w+=,.@-]+`);
const policyName = text(1, 128, String.raw`[\w+=,.@-]+`);
/** arnType: 20–2048, no pattern; an ARN is printed, so control characters are refused too. */
const arn = text(20, 2048, String.raw`arn:[\u0021-\u007E]+`);
/** policyDocumentType: 1–131072 of tab, newline, return and U+0020–U+00FF (URL-encoded on the wire). */
const policyDocument = text(1, 131_072, String.raw`[\u0009\u000A\u000D\u0020-\u00FF]+`);
const marker = z.string().min(1).max(320).optional();

const policyDetail = z.object({PolicyName: policyName, PolicyDocument: policyDocument});
const attachedPolicy = z.object({PolicyName: policyName, PolicyArn: arn});
const boundary = z.object({
	PermissionsBoundaryType: z.enum(['PermissionsBoundaryPolicy']).optional(),
	PermissionsBoundaryArn: arn,
});

export const userDetail = z.object({
	UserName: userName,
	Arn: arn,
	UserPolicyList: z.array(policyDetail).optional(),
	GroupList: z.array(groupName).optional(),
	AttachedManagedPolicies: z.array(attachedPolicy).optional(),
	PermissionsBoundary: boundary.optional(),
});

export const groupDetail = z.object({
	GroupName: groupName,
	Arn: arn,
	GroupPolicyList: z.array(policyDetail).optional(),
	AttachedManagedPolicies: z.array(attachedPolicy).optional(),
});

export const roleDetail = z.object({
	RoleName: roleName,
	Arn: arn,
	AssumeRolePolicyDocument: policyDocument.optional(),
	RolePolicyList: z.array(policyDetail).optional(),
	AttachedManagedPolicies: z.array(attachedPolicy).optional(),
	PermissionsBoundary: boundary.optional(),
});

export const managedPolicyDetail = z.object({
	PolicyName: policyName,
	Arn: arn,
	DefaultVersionId: text(2, 128, String.raw`v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`).optional(),
	PolicyVersionList: z
		.array(
			z.object({
				Document: policyDocument.optional(),
				VersionId: text(2, 128, String.raw`v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`).optional(),
				IsDefaultVersion: z.boolean().optional(),
			}),
		)
		.optional(),
});

export const authorizationDetailsPage = z.object({
	UserDetailList: z.array(userDetail).optional(),
	GroupDetailList: z.array(groupDetail).optional(),
	RoleDetailList: z.array(roleDetail).optional(),
	Policies: z.array(managedPolicyDetail).optional(),
	IsTruncated: z.boolean().optional(),
	Marker: marker,
});

export const mfaDevicesPage = z.object({
	MFADevices: z.array(
		z.object({UserName: userName, SerialNumber: text(9, 256, String.raw`[\w+=/:,.@-]+`), EnableDate: z.date()}),
	),
	IsTruncated: z.boolean().optional(),
	Marker: marker,
});

export const accessKeysPage = z.object({
	AccessKeyMetadata: z.array(
		z.object({
			UserName: userName.optional(),
			AccessKeyId: text(16, 128, String.raw`[\w]+`).optional(),
			Status: z.enum(['Active', 'Inactive', 'Expired']).optional(),
		}),
	),
	IsTruncated: z.boolean().optional(),
	Marker: marker,
});

export const generateReport = z.object({State: z.enum(['STARTED', 'INPROGRESS', 'COMPLETE']).optional()});
export const credentialReport = z.object({
	Content: z.instanceof(Uint8Array),
	ReportFormat: z.enum(['text/csv']).optional(),
});

const position = z.object({Line: z.number().int().min(1), Column: z.number().int().min(0)});
const statement = z.object({
	SourcePolicyId: z.string().max(2048).optional(),
	SourcePolicyType: z.enum(['user', 'group', 'role', 'aws-managed', 'user-managed', 'resource', 'none']).optional(),
	StartPosition: position.optional(),
	EndPosition: position.optional(),
});
/** EvaluationResult: EvalActionName (ActionNameType 3–128) and EvalDecision are required. */
export const simulationPage = z.object({
	EvaluationResults: z
		.array(
			z.object({
				EvalActionName: text(3, 128),
				EvalResourceName: text(1, 2048).optional(),
				EvalDecision: z.enum(['allowed', 'explicitDeny', 'implicitDeny']),
				MatchedStatements: z.array(statement).optional(),
				ResourceSpecificResults: z
					.array(
						z.object({
							EvalResourceDecision: z.enum(['allowed', 'explicitDeny', 'implicitDeny']),
							MatchedStatements: z.array(statement).optional(),
						}),
					)
					.optional(),
			}),
		)
		.optional(),
	IsTruncated: z.boolean().optional(),
	Marker: marker,
});

/** The credential report's columns that `check` reads (IAM User Guide, "Getting credential reports"). */
export const credentialReportRow = z.object({
	user: z.string().min(1).max(64),
	password_enabled: z.enum(['true', 'false', 'not_supported', 'N/A']),
	mfa_active: z.enum(['true', 'false']),
});
