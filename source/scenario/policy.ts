/** The inline policy the demo attaches: S3 bucket listing is allowed only with MFA. */
export const MFA_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'ListBucketsOnlyWithMfa',
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: 'arn:aws:s3:::*',
			// Bool, not BoolIfExists: long-term keys (key absent) must be denied as well.
			Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
} as const;

export const MFA_POLICY_DOCUMENT = JSON.stringify(MFA_POLICY, null, 2);

export const WITHOUT_MFA_EXPLANATION =
	'The policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; this session was issued without MFA, so it is false.';

/** Every IAM action the demo performs with the operator's credentials (checked in preflight on AWS). */
export const DEMO_ACTIONS = [
	'iam:CreateUser',
	'iam:TagUser',
	'iam:CreateVirtualMFADevice',
	'iam:TagMFADevice',
	'iam:EnableMFADevice',
	'iam:CreateAccessKey',
	'iam:PutUserPolicy',
	'iam:SimulatePrincipalPolicy',
	'iam:ListAccessKeys',
	'iam:DeleteUserPolicy',
	'iam:DeleteAccessKey',
	'iam:DeactivateMFADevice',
	'iam:DeleteVirtualMFADevice',
	'iam:DeleteUser',
] as const;

/**
 * The ARN the policy simulator accepts for a caller: an assumed-role session is simulated as its
 * role; a root caller cannot be simulated at all (undefined).
 */
export function simulationSourceArn(callerArn: string): string | undefined {
	if (/^arn:aws[\w-]*:iam::\d+:root$/.test(callerArn)) return undefined;
	const assumed = /^arn:(aws[\w-]*):sts::(\d+):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
	if (assumed) return `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}`;
	if (/^arn:aws[\w-]*:sts::/.test(callerArn)) return undefined;
	return callerArn;
}

export function isRootArn(callerArn: string): boolean {
	return /^arn:aws[\w-]*:iam::\d+:root$/.test(callerArn);
}
