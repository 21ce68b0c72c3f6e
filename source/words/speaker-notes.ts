import type {ScenarioName} from '../scenario/declaration.js';
import type {StepId} from '../scenario/types.js';

/*
 * Speaker notes, declared with each scenario (its speakerNotes field): what to say while a step is
 * on the dashboard, and what to point at. Only `sts-mfa presenter` shows them.
 */

type Notes = {readonly [step in StepId]?: string};

const SHARED: Notes = {
	createUser:
		'A throwaway IAM user, tagged with this run: nothing else in the account is touched. Point at the path /sts-mfa/ and the tags; they are how teardown and cleanup find it.',
	createMfaDevice:
		'A virtual MFA device is a shared secret, the seed. Point at the QR code: it holds the seed, so anyone who photographs it has the device. That is why s hides it.',
	enableMfaDevice:
		'Two consecutive codes prove the phone holds the seed and its clock agrees with AWS. Type them by hand from the code below, or press a.',
	createAccessKey:
		'The long-term key the demo signs with. Say that the secret is shown once, and that this key alone is what a leaked laptop or CI log gives an attacker.',
	sessionWithMfa:
		'A fresh code turns the same key into a session with aws:MultiFactorAuthPresent true. Point at the AWS calls panel: same user, same request, now allowed.',
	teardown:
		'Everything the run made is deleted in IAM order: policy, key, device (deactivated first), user. Point at the summary: proved, and nothing left behind.',
};

export const SPEAKER_NOTES: {readonly [name in ScenarioName]: Notes} = {
	'session-token': {
		...SHARED,
		putUserPolicy:
			'The policy allows listing buckets only if aws:MultiFactorAuthPresent is true. Point at the Bool condition in the Resources panel, then at the wait: IAM is eventually consistent.',
		sessionWithoutMfa:
			'Ask the room first: will a session without a code list the buckets? It is issued, but its context says no MFA, so the listing is denied. Point at the deciding statement the simulator found.',
	},
	'assume-role': {
		...SHARED,
		putUserPolicy:
			'The user may call sts:AssumeRole on the demo role, and nothing else. The MFA condition is not here: it is in the role’s trust policy.',
		createRole:
			'The role trusts the demo user only with aws:MultiFactorAuthPresent true; its managed policy lists the buckets. Point at the trust policy’s condition.',
		assumeRoleWithoutMfa:
			'AssumeRole without a serial and code: the trust policy refuses it, so the user never gets the role’s permissions. Point at AccessDenied in the AWS calls.',
		assumeRoleWithMfa:
			'The same AssumeRole with a fresh code: the role’s session lists the buckets. Point at the assumed-role ARN.',
	},
	'force-mfa': {
		...SHARED,
		putUserPolicy:
			'The IAM User Guide’s force-MFA policy: an Allow, and a Deny of everything except MFA self-service under BoolIfExists false. Point at IfExists.',
		listWithLongTermKey:
			'A request signed with the access key itself carries no MFA key at all; BoolIfExists matches an absent key, so the Deny applies even to the long-term key.',
	},
};
