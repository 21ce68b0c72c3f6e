import type {ScenarioDeclaration} from '../declaration.js';
import {SPEAKER_NOTES} from '../../words/speaker-notes.js';
import {SESSION_SECONDS} from '../effects.js';
import {iamArn} from '../names.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import type {DemoNames, ScenarioState} from '../types.js';
import {
	CREATE_ACCESS_KEY,
	CREATE_MFA_DEVICE,
	CREATE_USER,
	ENABLE_MFA_DEVICE,
	putUserPolicyStep,
	TEARDOWN,
} from './shared-steps.js';

const roleArn = (names: DemoNames, account: string) => iamArn(account, 'role', names.path, names.roleName);
const accountOf = (state: ScenarioState) => state.identity?.account ?? '';

/** The role's trust policy: the demo user may assume it, only with MFA (AWS's assume_role_mfa example). */
export function trustPolicy(names: DemoNames, account: string): string {
	const statement = {
		Sid: 'AssumeOnlyWithMfa',
		Effect: 'Allow',
		Principal: {AWS: iamArn(account, 'user', names.path, names.userName)},
		Action: 'sts:AssumeRole',
		Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
	};
	return JSON.stringify({Version: '2012-10-17', Statement: [statement]}, null, 2);
}

/** The managed policy attached to the role: what its sessions may do. */
export const ROLE_POLICY_DOCUMENT = JSON.stringify(
	{
		Version: '2012-10-17',
		Statement: [{Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'}],
	},
	null,
	2,
);

const policy = {
	name: 'sts-mfa-may-assume-role',
	document: (names: DemoNames, account: string) =>
		JSON.stringify(
			{
				Version: '2012-10-17',
				Statement: [
					{Sid: 'MayAssumeTheDemoRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn(names, account)},
				],
			},
			null,
			2,
		),
	summary: 'sts:AssumeRole on the demo role (the role itself requires MFA)',
};

/** The role's session name: what `assumed-role/ROLE/SESSION` shows. */
export const ROLE_SESSION_NAME = 'sts-mfa-demo';

/** The seed page's outline: AssumeRole without MFA is refused by the trust policy, with a code it works. */
export const ASSUME_ROLE = {
	name: 'assume-role',
	summary: 'AssumeRole: the role trusts the user only with MFA; its managed policy lists the buckets',
	userPolicy: policy,
	steps: [
		CREATE_USER,
		CREATE_MFA_DEVICE,
		ENABLE_MFA_DEVICE,
		CREATE_ACCESS_KEY,
		{
			id: 'createRole',
			panel: 'role',
			title: 'Create a role for MFA',
			explanation:
				'A managed policy allowing s3:ListAllMyBuckets, attached to a new role whose trust policy lets the demo user assume it only when aws:MultiFactorAuthPresent is true.',
			action: {
				kind: 'call',
				effect: (state) =>
					state.resources.user && state.identity
						? {
								type: 'createRole',
								roleName: state.names.roleName,
								policyName: state.names.managedPolicyName,
								path: state.names.path,
								tags: state.names.tags,
								trustPolicy: trustPolicy(state.names, accountOf(state)),
								policyDocument: ROLE_POLICY_DOCUMENT,
							}
						: {missing: 'the demo user'},
			},
			// The managed policy first: attaching it to the role needs its ARN.
			creates: [
				{kind: 'managedPolicy', name: (names) => names.managedPolicyName},
				{kind: 'role', name: (names) => `${names.path}${names.roleName}`},
			],
		},
		putUserPolicyStep(
			'Allow AssumeRole',
			"An inline policy allows sts:AssumeRole on the role, with no condition: the role's trust policy is what asks for MFA. Then we wait for IAM to propagate it.",
			policy,
		),
		{
			id: 'assumeRoleWithoutMfa',
			panel: 'denied',
			title: 'Assume without MFA',
			explanation:
				"AssumeRole signed with the user's key but without a code: the trust policy's condition aws:MultiFactorAuthPresent true fails, so STS refuses.",
			action: {
				kind: 'call',
				effect: ({resources}) =>
					resources.accessKey && resources.role
						? {
								type: 'assumeRoleWithoutMfa',
								credentials: resources.accessKey,
								roleArn: resources.role.arn,
								roleSessionName: ROLE_SESSION_NAME,
								durationSeconds: SESSION_SECONDS,
							}
						: {missing: resources.accessKey ? 'the role' : 'the access key'},
			},
		},
		{
			id: 'assumeRoleWithMfa',
			panel: 'allowed',
			title: 'Assume with MFA',
			explanation:
				"AssumeRole with the device serial and a fresh code: the trust policy lets the user in, and the role's credentials (assumed-role/ROLE/SESSION) list the buckets.",
			action: {
				kind: 'codes',
				purpose: 'session',
				needed: 1,
				effect: ({resources}, device, [tokenCode = '']) =>
					resources.accessKey && resources.role
						? {
								type: 'assumeRoleWithMfa',
								credentials: resources.accessKey,
								roleArn: resources.role.arn,
								roleSessionName: ROLE_SESSION_NAME,
								durationSeconds: SESSION_SECONDS,
								serialNumber: device.serialNumber,
								tokenCode,
							}
						: {missing: resources.accessKey ? 'the role' : 'the access key'},
			},
		},
		TEARDOWN,
	],
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
	probe: {
		action: 'sts:AssumeRole',
		resourceArn: (state) => roleArn(state.names, accountOf(state)),
		withoutMfa: 'allowed',
	},
	deniedStep: 'assumeRoleWithoutMfa',
	allowedStep: 'assumeRoleWithMfa',
	deniedBecause:
		"The role's trust policy allows sts:AssumeRole for the demo user only when aws:MultiFactorAuthPresent is true; a request signed with the long-term key and no code has no such key, so the condition fails.",
	denialProbe: {
		policies: 'trust',
		action: 'sts:AssumeRole',
		resourceArn: (state) => state.resources.role?.arn ?? roleArn(state.names, accountOf(state)),
	},
	requests: {denied: 'AssumeRole without MFA', allowed: 'AssumeRole with MFA, then ListBuckets'},
	operatorActions: [
		...OPERATOR_ACTIONS,
		'iam:SimulateCustomPolicy',
		'iam:CreatePolicy',
		'iam:CreateRole',
		'iam:TagRole',
		'iam:TagPolicy',
		'iam:AttachRolePolicy',
		'iam:DetachRolePolicy',
		'iam:ListAttachedRolePolicies',
		'iam:ListRolePolicies',
		'iam:DeleteRolePolicy',
		'iam:DeleteRole',
		'iam:ListPolicyVersions',
		'iam:DeletePolicyVersion',
		'iam:DeletePolicy',
	],
	speakerNotes: SPEAKER_NOTES['assume-role'],
} as const satisfies ScenarioDeclaration;
