/*
 * The stolen-key scenario's policies (issue 27). The declaration itself (steps, what each creates,
 * the two parts that act) joins them here once the one-file declaration shape lands; until then
 * they are proven against the sandbox by test/sandbox/e2e/stolen-key-story.test.ts.
 */

/** What each policy keeps behind MFA: the action the attacker is after. */
const PROTECTED_ACTION = 's3:ListAllMyBuckets';

/** MFA self-service: what a user without MFA may still do, in the tutorial policy Duo reviewed. */
const DUO_ERA_SELF_SERVICE = [
	'iam:CreateVirtualMFADevice',
	'iam:DeactivateMFADevice',
	'iam:DeleteVirtualMFADevice',
	'iam:EnableMFADevice',
	'iam:ListMFADevices',
	'iam:ListVirtualMFADevices',
	'iam:ResyncMFADevice',
	'sts:GetSessionToken',
];

const OWN_MFA_RESOURCES = ['arn:aws:iam::*:mfa/*', 'arn:aws:iam::*:user/${aws:username}'];

/**
 * The self-manage policy as Duo Security found it ("Potential Gaps in Suggested Amazon Web
 * Services' Security Policies for MFA"), reduced to its MFA statements: DeactivateMFADevice is
 * allowed, and left out of the Deny, without MFA (Duo's first gap); everything else, here the
 * listing of buckets, is denied until the request carries MFA.
 */
export const DUO_ERA_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{Sid: 'AllowListingBuckets', Effect: 'Allow', Action: PROTECTED_ACTION, Resource: '*'},
		{
			Sid: 'AllowIndividualUserToManageTheirOwnMFA',
			Effect: 'Allow',
			Action: [
				'iam:CreateVirtualMFADevice',
				'iam:DeleteVirtualMFADevice',
				'iam:EnableMFADevice',
				'iam:ListMFADevices',
				'iam:ResyncMFADevice',
			],
			Resource: OWN_MFA_RESOURCES,
		},
		{
			Sid: 'AllowIndividualUserToDeactivateOnlyTheirOwnMFA',
			Effect: 'Allow',
			Action: 'iam:DeactivateMFADevice',
			Resource: OWN_MFA_RESOURCES,
		},
		{
			Sid: 'BlockMostAccessUnlessSignedInWithMFA',
			Effect: 'Deny',
			NotAction: DUO_ERA_SELF_SERVICE,
			Resource: '*',
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
} as const;

/**
 * The IAM User Guide's policy today ("Allows MFA-authenticated IAM users to manage their own MFA
 * device"), with the same Allow for the listing: DeactivateMFADevice is no longer among the
 * actions the Deny spares, so without MFA it is denied.
 */
export const USER_GUIDE_POLICY = {
	Version: '2012-10-17',
	Statement: [
		{Sid: 'AllowListingBuckets', Effect: 'Allow', Action: PROTECTED_ACTION, Resource: '*'},
		{
			Sid: 'AllowManageOwnVirtualMFADevice',
			Effect: 'Allow',
			Action: 'iam:CreateVirtualMFADevice',
			Resource: 'arn:aws:iam::*:mfa/*',
		},
		{
			Sid: 'AllowManageOwnUserMFA',
			Effect: 'Allow',
			Action: [
				'iam:DeactivateMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:GetMFADevice',
				'iam:ListMFADevices',
				'iam:ResyncMFADevice',
			],
			Resource: 'arn:aws:iam::*:user/${aws:username}',
		},
		{
			Sid: 'DenyAllExceptListedIfNoMFA',
			Effect: 'Deny',
			NotAction: [
				'iam:CreateVirtualMFADevice',
				'iam:EnableMFADevice',
				'iam:GetUser',
				'iam:ListMFADevices',
				'iam:ListVirtualMFADevices',
				'iam:ResyncMFADevice',
				'sts:GetSessionToken',
			],
			Resource: '*',
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
} as const;

/**
 * The fix for the gap AWS's 2023 guard leaves (a key that leaks before its user's first device):
 * a request signed with a long-term key has no aws:MultiFactorAuthPresent at all (the IAM User
 * Guide's condition keys), and Null true matches exactly that, so nobody enrols a device with the
 * key alone; the user enrols from the console, whose session carries the key (false).
 */
export const FIXED_POLICY = {
	...DUO_ERA_POLICY,
	Statement: [
		...DUO_ERA_POLICY.Statement,
		{
			Sid: 'DenyEnrollingWithLongTermKey',
			Effect: 'Deny',
			Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'],
			Resource: '*',
			Condition: {Null: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
} as const;
