import {randomBytes, randomInt} from 'node:crypto';

const UPPERCASE_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomString(alphabet: string, length: number): string {
	let text = '';
	for (let index = 0; index < length; index++) text += alphabet[randomInt(alphabet.length)];
	return text;
}

/** Long-term access key id, as IAM issues them: AKIA + 16 characters. */
export const newAccessKeyId = (): string => `AKIA${randomString(UPPERCASE_ALPHANUMERIC, 16)}`;

/** Temporary (STS) access key id: ASIA + 16 characters. */
export const newSessionKeyId = (): string => `ASIA${randomString(UPPERCASE_ALPHANUMERIC, 16)}`;

export const newSecretAccessKey = (): string => randomString(SECRET_ALPHABET, 40);

/** IAM user ids are AIDA + 17 characters. */
export const newUserId = (): string => `AIDA${randomString(UPPERCASE_ALPHANUMERIC, 17)}`;

export const newAccountId = (): string => `${randomInt(1, 10)}${randomString('0123456789', 11)}`;

/** IAM role ids are AROA + 17 characters. */
export const newRoleId = (): string => `AROA${randomString(UPPERCASE_ALPHANUMERIC, 17)}`;

/** IAM group ids are AGPA + 17 characters. */
export const newGroupId = (): string => `AGPA${randomString(UPPERCASE_ALPHANUMERIC, 17)}`;

/** Managed policy ids are ANPA + 17 characters. */
export const newPolicyId = (): string => `ANPA${randomString(UPPERCASE_ALPHANUMERIC, 17)}`;

/** The key that authenticates session tokens: 32 random bytes, hex. */
export const newSessionKey = (): string => randomBytes(32).toString('hex');
