import {StsMfaError} from '../../errors.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

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
		throw new SessionError('UserArnAsSerial', SESSION_ERRORS.userArnAsSerial(from, serial, user[1]!, user[2]!), {
			usage: true,
		});
	}
	if (!MFA_ARN.test(serial) && !HARDWARE_SERIAL.test(serial)) {
		throw new SessionError('BadSerial', SESSION_ERRORS.notASerial(from, serial), {usage: true});
	}
	return serial;
}

/** Where source credentials came from, for advice that names it. */
export type SourceOrigin = {readonly kind: 'environment'} | {readonly kind: 'profile'; readonly name: string};

export function longTermKeysNeeded(accessKeyId: string, origin?: SourceOrigin): SessionError {
	const advice =
		origin?.kind === 'environment'
			? SESSION_ERRORS.longTermKeysAdvice.environment
			: origin?.kind === 'profile'
				? SESSION_ERRORS.longTermKeysAdvice.profile(origin.name)
				: SESSION_ERRORS.longTermKeysAdvice.unknown;
	return new SessionError('SessionCredentialsAsSource', SESSION_ERRORS.longTermKeysNeeded(accessKeyId, advice), {
		usage: true,
	});
}

export function noCodeSource(serial: string): SessionError {
	return new SessionError('NoCodeSource', SESSION_ERRORS.noTerminalFor(serial), {usage: true});
}
