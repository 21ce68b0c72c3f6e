/** The IAM actions every scenario performs with the operator's credentials (checked in preflight on AWS). */
export const OPERATOR_ACTIONS = [
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
