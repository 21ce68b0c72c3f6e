import {randomBytes} from 'node:crypto';
import {Secret} from '../secret.js';
import type {DemoNames} from './types.js';

/** A short id that makes this run's resources recognisable: 8 lowercase letters and digits. */
export function newRunId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** Every name a run uses: one IAM path, the run id in each name, and tags that say who made it. */
export function demoNames(runId: string): DemoNames {
	return {
		runId,
		path: '/sts-mfa/',
		userName: `sts-mfa-demo-${runId}`,
		deviceName: `sts-mfa-demo-${runId}`,
		policyName: 'sts-mfa-list-buckets-with-mfa',
		tags: [
			{key: 'sts-mfa:run', value: runId},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		],
	};
}

/** The otpauth URI an authenticator app scans, in the form the AWS console's QR code uses. */
export function otpauthUri(deviceName: string, account: string, seed: Secret): Secret {
	const issuer = encodeURIComponent('Amazon Web Services');
	return new Secret(`otpauth://totp/${issuer}:${encodeURIComponent(deviceName)}@${account}?secret=${seed.reveal()}&issuer=${issuer}`);
}

/** A virtual device's serial number as IAM derives it from the path and name. */
export function mfaSerialNumber(account: string, path: string, deviceName: string): string {
	return `arn:aws:iam::${account}:mfa${path}${deviceName}`;
}
