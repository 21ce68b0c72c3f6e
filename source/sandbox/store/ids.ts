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

/** Opaque, like AWS's: long base64 that clients pass back in X-Amz-Security-Token. */
export const newSessionToken = (): string => `FwoGZXIvYXdzE${randomBytes(240).toString('base64')}`;

/** IAM user ids are AIDA + 17 characters. */
export const newUserId = (): string => `AIDA${randomString(UPPERCASE_ALPHANUMERIC, 17)}`;

export const newAccountId = (): string => `${randomInt(1, 10)}${randomString('0123456789', 11)}`;
