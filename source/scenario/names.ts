import {randomBytes} from 'node:crypto';
import {Secret} from '../secret.js';
import type {ScenarioName} from './declaration.js';
import {DEFAULT_SCENARIO, scenarioOf} from './scenarios/index.js';
import type {DemoNames} from './types.js';

/** A short id that makes this run's resources recognisable: 8 lowercase letters and digits. */
export function newRunId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** Every name a run uses: one IAM path, the run id in each name, and tags that say who made it. */
export function demoNames(runId: string, scenario: ScenarioName = DEFAULT_SCENARIO): DemoNames {
	return {
		runId,
		path: '/sts-mfa/',
		userName: `sts-mfa-demo-${runId}`,
		deviceName: `sts-mfa-demo-${runId}`,
		policyName: scenarioOf({scenario: scenario}).userPolicy.name,
		roleName: `sts-mfa-demo-${runId}`,
		// Managed policy names are unique in the account: the run id keeps runs apart.
		managedPolicyName: `sts-mfa-list-buckets-${runId}`,
		tags: [
			{key: 'sts-mfa:run', value: runId},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		],
	};
}

/** Byte capacity of a version-6 QR code at error-correction level L (41 modules). */
export const QR_VERSION_6_BYTES = 134;

/**
 * The otpauth URI an authenticator app scans: AWS's documented form (NAME@ACCOUNT with the seed)
 * plus a short issuer. The console's own form, with "Amazon%20Web%20Services" twice, is about 180
 * bytes — a version-8 code, 27 rows in half blocks, too tall for an 80x24 terminal. This one stays
 * within version 6 (23 rows with its quiet zone) for the demo's names and AWS's 64-character seeds.
 */
export function otpauthUri(deviceName: string, account: string, seed: Secret): Secret {
	return new Secret(`otpauth://totp/${encodeURIComponent(deviceName)}@${account}?secret=${seed.reveal()}&issuer=AWS`);
}

/** A user's, role's or customer managed policy's ARN, as IAM derives it from the path and name. */
export function iamArn(account: string, kind: 'user' | 'role' | 'policy', path: string, name: string): string {
	return `arn:aws:iam::${account}:${kind}${path}${name}`;
}

/** A virtual device's serial number as IAM derives it from the path and name. */
export function mfaSerialNumber(account: string, path: string, deviceName: string): string {
	return `arn:aws:iam::${account}:mfa${path}${deviceName}`;
}
