import type {PolicyDeclaration, StepDeclaration} from '../declaration.js';
import {SESSION_SECONDS} from '../effects.js';

/* The steps every scenario shares, written once: the user, its MFA device, its key, its policy, teardown. */

export const CREATE_USER: StepDeclaration = {
	id: 'createUser',
	title: 'Create a demo IAM user',
	explanation:
		"A fresh IAM user under the /sts-mfa/ path, tagged with this run's id, so nothing else in the account is touched.",
	action: {
		kind: 'call',
		effect: ({names}) => ({type: 'createUser', userName: names.userName, path: names.path, tags: names.tags}),
	},
	panel: 'user',
	creates: [{kind: 'user', name: (names) => `${names.path}${names.userName}`}],
};

export const CREATE_MFA_DEVICE: StepDeclaration = {
	id: 'createMfaDevice',
	title: 'Create an MFA device',
	explanation:
		'IAM returns a Base32 seed and a QR code of it; an authenticator app scans the QR code and derives a new 6-digit code every 30 seconds.',
	action: {
		kind: 'call',
		effect: ({names}) => ({type: 'createMfaDevice', deviceName: names.deviceName, path: names.path, tags: names.tags}),
	},
	panel: 'mfaDevice',
	creates: [{kind: 'virtualMfaDevice', name: (names) => names.deviceName}],
};

export const ENABLE_MFA_DEVICE: StepDeclaration = {
	id: 'enableMfaDevice',
	title: 'Enable MFA device',
	explanation:
		'Two codes from consecutive 30-second steps prove the authenticator holds the seed and its clock agrees with AWS.',
	action: {
		kind: 'codes',
		purpose: 'enable',
		needed: 2,
		effect: ({names}, device, [code1 = '', code2 = '']) => ({
			type: 'enableMfaDevice',
			userName: names.userName,
			serialNumber: device.serialNumber,
			codes: [code1, code2],
		}),
	},
	panel: 'mfaDevice',
};

export const CREATE_ACCESS_KEY: StepDeclaration = {
	id: 'createAccessKey',
	title: 'Create an access key',
	explanation: 'A long-term key the demo signs with; the secret is shown by AWS once and kept only in memory.',
	action: {
		kind: 'call',
		effect: ({names, resources}) =>
			resources.user ? {type: 'createAccessKey', userName: names.userName} : {missing: 'the demo user'},
	},
	panel: 'accessKey',
	creates: [{kind: 'accessKey', name: (names) => names.userName}],
};

/** Attaches the scenario's inline policy to the demo user, then waits for IAM to propagate it. */
export function putUserPolicyStep(title: string, explanation: string, policy: PolicyDeclaration): StepDeclaration {
	return {
		id: 'putUserPolicy',
		title,
		explanation,
		action: {
			kind: 'call',
			effect: ({names, resources, identity}) =>
				resources.user
					? {
							type: 'putUserPolicy',
							userName: names.userName,
							// The run's names (from the scenario) are what teardown, the journal and the screen use too.
							policyName: names.policyName,
							policyDocument: policy.document(names, identity?.account ?? ''),
						}
					: {missing: 'the demo user'},
		},
		panel: 'policy',
		creates: [{kind: 'userPolicy', name: (names) => names.policyName}],
	};
}

/** GetSessionToken with a fresh code from the device, then ListBuckets with the session. */
export const SESSION_WITH_MFA: StepDeclaration = {
	id: 'sessionWithMfa',
	title: 'Session with MFA',
	explanation:
		'GetSessionToken with the device serial and a fresh code gives a session where aws:MultiFactorAuthPresent is true, so the listing is allowed.',
	action: {
		kind: 'codes',
		purpose: 'session',
		needed: 1,
		effect: ({resources}, device, [tokenCode = '']) =>
			resources.accessKey
				? {
						type: 'sessionWithMfa',
						credentials: resources.accessKey,
						serialNumber: device.serialNumber,
						tokenCode,
						durationSeconds: SESSION_SECONDS,
					}
				: {missing: 'the access key'},
	},
	panel: 'allowed',
};

export const TEARDOWN: StepDeclaration = {
	id: 'teardown',
	title: 'Tear everything down',
	explanation:
		'Delete what the run created in the order IAM requires, the user and its device last; "already gone" counts as done.',
	action: {kind: 'teardown'},
	panel: 'teardown',
};
