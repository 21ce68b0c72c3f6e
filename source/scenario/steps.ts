import type {StepId} from './types.js';

/** The demo's steps, in order, as every view and the plain log name them. */
export const STEPS: readonly {readonly id: StepId; readonly title: string; readonly explanation: string}[] = [
	{
		id: 'createUser',
		title: 'Create a demo IAM user',
		explanation:
			"A fresh IAM user under the /sts-mfa/ path, tagged with this run's id, so nothing else in the account is touched.",
	},
	{
		id: 'createMfaDevice',
		title: 'Create a virtual MFA device',
		explanation:
			'IAM returns a Base32 seed and a QR code of it; an authenticator app scans the QR code and derives a new 6-digit code every 30 seconds.',
	},
	{
		id: 'enableMfaDevice',
		title: 'Enable the MFA device with two consecutive codes',
		explanation:
			'Two codes from consecutive 30-second steps prove the authenticator holds the seed and its clock agrees with AWS.',
	},
	{
		id: 'createAccessKey',
		title: 'Create an access key for the user',
		explanation: 'A long-term key the demo signs with; the secret is shown by AWS once and kept only in memory.',
	},
	{
		id: 'putUserPolicy',
		title: 'Attach a policy that requires MFA',
		explanation:
			'An inline policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; then we wait until IAM has propagated the key and the policy.',
	},
	{
		id: 'sessionWithoutMfa',
		title: 'Get a session without MFA and list buckets',
		explanation:
			'GetSessionToken without a code gives a session where aws:MultiFactorAuthPresent is false, so the listing must be denied.',
	},
	{
		id: 'sessionWithMfa',
		title: 'Get a session with a fresh MFA code and list buckets',
		explanation:
			'GetSessionToken with the device serial and a fresh code gives a session where aws:MultiFactorAuthPresent is true, so the listing is allowed.',
	},
	{
		id: 'teardown',
		title: 'Tear everything down',
		explanation:
			'Delete the inline policy and access key, deactivate and delete the MFA device, then delete the user; "already gone" counts as done.',
	},
];

/** The step that follows `step` in the demo, or undefined after the last one. */
export function stepAfter(step: StepId): StepId | undefined {
	const index = STEPS.findIndex((entry) => entry.id === step);
	return STEPS[index + 1]?.id;
}
