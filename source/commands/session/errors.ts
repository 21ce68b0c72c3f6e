import {StsMfaError} from '../../errors.js';

/**
 * Why `sts-mfa session` could not hand out a session, in words that say what to do. `usage`
 * failures (the request can never work as given: exit 2) differ from failures of the moment
 * (a wrong code, a network error: exit 1).
 */
export class SessionError extends StsMfaError {
	readonly exitCode: 1 | 2;

	constructor(code: string, message: string, options: {usage?: boolean; cause?: unknown} = {}) {
		super(`Session.${code}`, message, {cause: options.cause});
		this.name = 'SessionError';
		this.exitCode = options.usage ? 2 : 1;
	}
}

const USER_ARN = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/;
const MFA_ARN = /^arn:aws[\w-]*:iam::\d{12}:mfa\/.+$/;
const HARDWARE_SERIAL = /^[\w+=/:,.@-]{9,256}$/;

/** Refuses, before any call, a serial that cannot be one: a user's ARN most often. */
export function checkSerial(serial: string, from: string): string {
	const user = USER_ARN.exec(serial);
	if (user) {
		throw new SessionError(
			'UserArnAsSerial',
			`${from} is a user's ARN (${serial}), not an MFA device's: the device's serial looks like arn:aws:iam::${user[1]}:mfa/${user[2]} (leave it out and sts-mfa finds your device)`,
			{usage: true},
		);
	}
	if (!MFA_ARN.test(serial) && !HARDWARE_SERIAL.test(serial)) {
		throw new SessionError(
			'BadSerial',
			`${from} '${serial}' is not an MFA serial: a virtual device's looks like arn:aws:iam::123456789012:mfa/NAME`,
			{usage: true},
		);
	}
	return serial;
}

/** Where source credentials came from, for advice that names it. */
export type SourceOrigin = {readonly kind: 'environment'} | {readonly kind: 'profile'; readonly name: string};

export function longTermKeysNeeded(accessKeyId: string, origin?: SourceOrigin): SessionError {
	const advice =
		origin?.kind === 'environment'
			? "unset AWS_SESSION_TOKEN and set an IAM user's access keys, or pass --profile NAME"
			: origin?.kind === 'profile'
				? `give profile '${origin.name}' an IAM user's access keys (no aws_session_token), or pass --profile with another profile`
				: "use a profile with an IAM user's access keys";
	return new SessionError(
		'SessionCredentialsAsSource',
		`GetSessionToken needs long-term keys, but the source credentials (${accessKeyId}) are themselves a session (they carry a session token): ${advice}`,
		{usage: true},
	);
}

export function noCodeSource(serial: string): SessionError {
	return new SessionError(
		'NoCodeSource',
		`an MFA code is needed for ${serial}, but there is no terminal to ask on: pass --token-code CODE, or --mfa-process CMD (a command that prints the code)`,
		{usage: true},
	);
}
