import path from 'node:path';
import {checkedWritePath, readOwnerOnlyFileSync, UnsafeFileError, writeOwnerOnlyFile} from '../../owner-only-file.js';
import {checkSessionTarget, parseCredentials, withSessionSettings} from './credentials-file.js';
import {SessionError} from './errors.js';
import {acquireLock} from './lock.js';
import type {CachedSession} from './session.js';
import {CREDENTIALS_FILE_WORDS} from '../../words/session-files.js';

/*
 * `--write-profile`: the session into the shared credentials file, which holds the user's
 * long-term keys. It is read and written only where no one else can steer it (the file and every
 * directory above it the user's or root's and writable by no one else, a regular file, never a
 * link: owner-only-file.ts), edited as botocore reads it (credentials-file.ts), and written by one
 * sts-mfa at a time (a lock beside it), so that two runs at once both land.
 */

/** Writers wait for each other this long at most; a write takes milliseconds. */
const LOCK_TIMEOUT_MS = 30_000;

function unsafe(error: unknown): never {
	if (error instanceof UnsafeFileError) {
		throw new SessionError('UnsafeCredentialsFile', CREDENTIALS_FILE_WORDS.unsafe(error.message), {
			usage: true,
			cause: error,
		});
	}
	throw error;
}

/** The file's bytes ('' when it does not exist yet), read on the descriptor that was checked. */
function readCredentials(target: string): Buffer {
	const read = readOwnerOnlyFileSync(target);
	if (read.ok) return read.data;
	if (read.reason === 'missing') return Buffer.alloc(0);
	throw new UnsafeFileError(read.reason, read.detail);
}

/** Refuses, before a code is spent, a file or a target section that would be refused at the write. */
export async function checkSessionProfileTarget(file: string, profile: string): Promise<void> {
	try {
		const target = await checkedWritePath(file);
		checkSessionTarget(parseCredentials(readCredentials(target), file), profile, file);
	} catch (error) {
		unsafe(error);
	}
}

/**
 * Writes the session into the shared credentials file as profile `profile`: atomically (a reader
 * never sees half a file), owner-only, with every other byte as it was.
 */
export async function writeSessionProfile(file: string, profile: string, session: CachedSession): Promise<void> {
	try {
		const target = await checkedWritePath(file);
		const lock = await acquireLock(path.join(path.dirname(target), `.${path.basename(target)}.sts-mfa-lock`), {
			timeoutMs: LOCK_TIMEOUT_MS,
			timeoutMessage: CREDENTIALS_FILE_WORDS.lockTimeout(file, LOCK_TIMEOUT_MS / 1000),
		});
		try {
			const after = withSessionSettings(
				readCredentials(target),
				profile,
				[
					['aws_access_key_id', session.accessKeyId],
					['aws_secret_access_key', session.secretAccessKey.reveal()],
					['aws_session_token', session.sessionToken.reveal()],
				],
				file,
			);
			await writeOwnerOnlyFile(target, after);
		} finally {
			lock.release();
		}
	} catch (error) {
		unsafe(error);
	}
}
