/*
 * The request context of each way of signing, as AWS builds it (and the sandbox does):
 * aws:MultiFactorAuthPresent is absent for a long-term access key, false for a session obtained
 * without MFA, true with MFA; aws:MultiFactorAuthAge is there only with MFA. A role's session
 * carries what its AssumeRole call had; that call is judged by the trust policy with the caller's
 * context (a long-term key, with or without an MFA code).
 */
import type {Way} from './types.js';

export type ContextType = 'boolean' | 'numeric' | 'string';

/** One context entry as the simulator takes it (ContextEntries.member.N). */
export interface ContextEntry {
	readonly key: string;
	readonly type: ContextType;
	readonly value: string;
}

const present = (value: boolean): ContextEntry => ({
	key: 'aws:MultiFactorAuthPresent',
	type: 'boolean',
	value: String(value),
});
const age = (seconds: number): ContextEntry => ({
	key: 'aws:MultiFactorAuthAge',
	type: 'numeric',
	value: String(seconds),
});

/** An MFA session older than an hour, the age most "MFA within the hour" policies refuse. */
export const OLD_MFA_AGE_SECONDS = 7200;

/** The context the principal's own policies see on a request signed this way. */
export function sessionContext(way: Way): readonly ContextEntry[] {
	switch (way) {
		case 'longTermKey':
			return [];
		case 'noMfaSession':
		case 'noMfaRoleSession':
			return [present(false)];
		case 'freshMfaSession':
		case 'mfaRoleSession':
			return [present(true), age(0)];
		case 'oldMfaSession':
			return [present(true), age(OLD_MFA_AGE_SECONDS)];
	}
}

/** The context a role's trust policy sees on the AssumeRole call (a user's long-term key). */
export function assumeContext(way: Way): readonly ContextEntry[] {
	return way === 'mfaRoleSession' ? [present(true), age(0)] : [];
}

/** The context with the principal's name, which policies read as ${aws:username}. */
export function withUserName(entries: readonly ContextEntry[], userName: string | undefined): readonly ContextEntry[] {
	return userName === undefined ? entries : [...entries, {key: 'aws:username', type: 'string', value: userName}];
}
