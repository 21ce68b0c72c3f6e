import {AwsError} from '../../aws/errors.js';
import type {SessionArgs} from './args.js';
import type {CodeSource} from './code-source.js';
import {checkSerial, SessionError} from './errors.js';
import {explainRefusal, isCodeRefused} from './explain.js';
import type {CachedSession} from './session.js';
import {openSourceAccount, type SourceAccount} from './source-credentials.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

/*
 * A cache miss: the source credentials from the SDK's chain, the device, a code, GetSessionToken.
 * This module is loaded only then; it is what brings in the AWS SDK.
 */

export interface NewSessionInput {
	readonly args: SessionArgs;
	readonly profile?: string;
	/** The profile's mfa_serial, if it has one. */
	readonly profileSerial?: string;
	/** An endpoint_url from the profile (the SDK reads one from the environment itself). */
	readonly endpoint?: string;
	readonly codes: CodeSource;
}

// A person at the prompt may try again after a refused code; three tries, as a bank's card reader allows.
const PROMPT_ATTEMPTS = 3;

function noDevice(arn: string): SessionError {
	return new SessionError('NoMfaDevice', SESSION_ERRORS.noDevice(arn), {usage: true});
}

/** The device to use, or the caller's devices to pick from. */
async function candidateDevices(input: NewSessionInput, account: SourceAccount): Promise<string[]> {
	if (input.args.serial !== undefined) return [checkSerial(input.args.serial, SESSION_ERRORS.serialFrom.option)];
	if (input.profileSerial !== undefined)
		return [checkSerial(input.profileSerial, SESSION_ERRORS.serialFrom.theProfile)];
	let devices: string[];
	try {
		devices = await account.listMfaDevices();
	} catch (error) {
		if (error instanceof AwsError && error.kind === 'accessDenied') {
			throw new SessionError('CannotListDevices', SESSION_ERRORS.cannotListDevices(account.arn), {
				usage: true,
				cause: error,
			});
		}
		throw error;
	}
	if (devices.length === 0) throw noDevice(account.arn);
	return devices;
}

async function requestSession(input: NewSessionInput, account: SourceAccount, devices: readonly string[]) {
	let notice: string | undefined;
	let candidates = devices;
	for (let attempt = 1; ; attempt++) {
		const {serialNumber, code} = await input.codes.code(candidates, notice);
		try {
			const session = await account.getSessionToken({
				durationSeconds: input.args.durationSeconds,
				serialNumber,
				tokenCode: code,
			});
			return {...session, serialNumber};
		} catch (error) {
			const explained = explainRefusal(error, {
				serialNumber,
				callerArn: account.arn,
				sourceAccessKeyId: account.accessKeyId,
				clockSkewMs: account.clockSkewMs(),
			});
			if (!isCodeRefused(explained) || !input.codes.asksPerson || attempt >= PROMPT_ATTEMPTS) throw explained;
			// The next try is for the device just chosen, with why the last code failed.
			candidates = [serialNumber];
			notice = SESSION_ERRORS.askedAgain((explained as Error).message);
		}
	}
}

export async function newSession(input: NewSessionInput): Promise<CachedSession> {
	// Refuse a serial that cannot work before the SDK resolves anything.
	if (input.args.serial !== undefined) checkSerial(input.args.serial, SESSION_ERRORS.serialFrom.option);
	const account = await openSourceAccount({
		profile: input.profile,
		region: input.args.region,
		endpoint: input.endpoint,
	});
	try {
		const session = await requestSession(input, account, await candidateDevices(input, account));
		return {
			...session,
			sourceArn: account.arn,
			sourceAccessKeyId: account.accessKeyId,
			region: account.region,
			endpoint: input.endpoint,
		};
	} finally {
		account.close();
	}
}
