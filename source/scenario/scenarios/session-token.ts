import type {ScenarioDeclaration} from '../declaration.js';
import {SPEAKER_NOTES} from '../../words/speaker-notes.js';
import {SESSION_SECONDS} from '../effects.js';
import {OPERATOR_ACTIONS} from '../policy.js';
import {
	CREATE_ACCESS_KEY,
	CREATE_MFA_DEVICE,
	CREATE_USER,
	ENABLE_MFA_DEVICE,
	putUserPolicyStep,
	SESSION_WITH_MFA,
	TEARDOWN,
} from './shared-steps.js';

/** The inline policy: S3 bucket listing is allowed only with MFA. */
export const SESSION_TOKEN_POLICY = {
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

const policy = {
	name: 'sts-mfa-list-buckets-with-mfa',
	document: () => JSON.stringify(SESSION_TOKEN_POLICY, null, 2),
	summary: 's3:ListAllMyBuckets only with aws:MultiFactorAuthPresent = true',
};

/** Today's demo: GetSessionToken without a code is denied the listing, with a code it lists. */
export const SESSION_TOKEN = {
	name: 'session-token',
	summary: 'GetSessionToken: a policy allows listing buckets only when the session was issued with MFA',
	userPolicy: policy,
	steps: [
		CREATE_USER,
		CREATE_MFA_DEVICE,
		ENABLE_MFA_DEVICE,
		CREATE_ACCESS_KEY,
		putUserPolicyStep(
			'Require MFA by policy',
			'An inline policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; then we wait until IAM has propagated the key and the policy.',
			policy,
		),
		{
			id: 'sessionWithoutMfa',
			panel: 'denied',
			title: 'Session without MFA',
			explanation:
				'GetSessionToken without a code gives a session where aws:MultiFactorAuthPresent is false, so the listing must be denied.',
			action: {
				kind: 'call',
				effect: ({resources}) =>
					resources.accessKey
						? {type: 'sessionWithoutMfa', credentials: resources.accessKey, durationSeconds: SESSION_SECONDS}
						: {missing: 'the access key'},
			},
		},
		SESSION_WITH_MFA,
		TEARDOWN,
	],
	context: {key: 'aws:MultiFactorAuthPresent', denied: 'false', allowed: 'true'},
	probe: {action: 's3:ListAllMyBuckets', resourceArn: () => 'arn:aws:s3:::*', withoutMfa: 'denied'},
	deniedStep: 'sessionWithoutMfa',
	allowedStep: 'sessionWithMfa',
	deniedBecause:
		'The policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; this session was issued without MFA, so it is false.',
	denialProbe: {
		policies: 'principal',
		action: 's3:ListAllMyBuckets',
		resourceArn: () => 'arn:aws:s3:::*',
	},
	requests: {denied: 'Without MFA: ListBuckets', allowed: 'With MFA: ListBuckets'},
	operatorActions: OPERATOR_ACTIONS,
	speakerNotes: SPEAKER_NOTES['session-token'],
} as const satisfies ScenarioDeclaration;
