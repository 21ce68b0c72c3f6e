import {AwsError} from '../../aws/errors.js';
import {longTermKeysNeeded, SessionError} from './errors.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

/** A clock this far off moves every code a time step or more: the server checks codes against its own time. */
const CLOCK_TOLERANCE_MS = 30_000;

export interface RefusalContext {
	readonly serialNumber: string;
	readonly callerArn: string;
	readonly sourceAccessKeyId: string;
	/** Server time minus ours, from the Date header of AWS's answers. */
	readonly clockSkewMs?: number;
}

export function clockNote(skewMs: number | undefined): string | undefined {
	if (skewMs === undefined || Math.abs(skewMs) < CLOCK_TOLERANCE_MS) return undefined;
	const seconds = Math.round(Math.abs(skewMs) / 1000);
	return SESSION_ERRORS.clockOff(seconds, skewMs > 0);
}

function withClock(message: string, skewMs: number | undefined): string {
	const note = clockNote(skewMs);
	return note ? SESSION_ERRORS.alsoClock(message, note) : message;
}

/** Whether the refusal was of the code itself, so that asking for the next code may help. */
export function isCodeRefused(error: unknown): boolean {
	return error instanceof SessionError && error.code === 'Session.CodeRefused';
}

/** GetSessionToken's refusals, as what the user should do about them. */
export function explainRefusal(error: unknown, context: RefusalContext): unknown {
	if (!(error instanceof AwsError)) return error;
	const message = error.message;
	if (/with session credentials/i.test(message)) return longTermKeysNeeded(context.sourceAccessKeyId);
	if (error.kind === 'invalidMfaCode' && /unable to validate|associated with this user/i.test(message)) {
		return new SessionError('DeviceNotYours', SESSION_ERRORS.deviceNotYours(context.serialNumber, context.callerArn), {
			usage: true,
			cause: error,
		});
	}
	if (error.kind === 'invalidMfaCode') {
		return new SessionError(
			'CodeRefused',
			withClock(SESSION_ERRORS.codeRefused(context.serialNumber), context.clockSkewMs),
			{cause: error},
		);
	}
	if (error.kind === 'clockSkew') {
		return new SessionError('ClockOff', clockNote(context.clockSkewMs) ?? SESSION_ERRORS.clockOffAsAwsSays(message), {
			cause: error,
		});
	}
	return error;
}
