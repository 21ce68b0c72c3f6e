import {SandboxError} from '../errors.js';
import type {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import {SERIAL_NUMBER, TOKEN_CODE} from './params.js';

/**
 * SerialNumber and TokenCode, as GetSessionToken and AssumeRole check them: the device must be
 * enabled for the calling user and the code fresh (one step of drift, never a code already
 * accepted for the device). Returns when MFA was authenticated (now), or undefined without MFA.
 */
export function checkMfaParameters(
	store: SandboxStore,
	params: QueryParams,
	userName: string | undefined,
	now: number,
): number | undefined {
	const serialNumber = params.optional('SerialNumber', SERIAL_NUMBER);
	const tokenCode = params.optional('TokenCode', TOKEN_CODE);
	if (serialNumber === undefined && tokenCode === undefined) return undefined;
	if (tokenCode === undefined) throw invalidMfaCode();
	store.mfaDevices.acceptSessionCode(userName, serialNumber ?? '', tokenCode, now);
	return now;
}

export const invalidMfaCode = () =>
	new SandboxError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ', 403);
