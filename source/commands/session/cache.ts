import {createHash} from 'node:crypto';
import {readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {codeCacheDirectory} from '../../app/boot/code-cache.js';
import {createFileSealer, readOwnerOnlyFile, writeOwnerOnlyFile} from '../../owner-only-file.js';
import {Secret} from '../../secret.js';
import {acquireLock, type HeldLock} from './lock.js';
import type {CachedSession, SessionRequest} from './session.js';
import {SESSION_ERRORS, SESSION_NOTES} from '../../words/session-errors.js';

/*
 * Sessions kept between calls, so that a credential_process profile asks for a code once per
 * session, not once per AWS command. Only temporary credentials are ever kept (never the source's
 * long-term keys), in the user's cache directory, and each file is trusted only when it is the
 * user's alone (owner, mode, every directory above it: owner-only-file.ts) and its MAC verifies
 * under the user's sealing key, so nobody else can plant a session for the user's tools to use.
 */

/** A session is reused until this long before it expires, so no command starts with one about to lapse. */
export const REUSE_MARGIN_MS = 5 * 60_000;
const PURPOSE = 'sts-mfa session cache v1';
const EXTENSION = '.session';
const MAX_BYTES = 64 * 1024;

export function sessionCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(codeCacheDirectory(env), 'sessions');
}

function cacheFile(directory: string, request: SessionRequest): string {
	const name = createHash('sha256')
		.update(JSON.stringify(requestFields(request)))
		.digest('hex')
		.slice(0, 32);
	return path.join(directory, `${name}${EXTENSION}`);
}

/** The request's fields in a fixed order, so the same request always names the same file. */
function requestFields(request: SessionRequest): unknown[] {
	return [
		request.profile ?? null,
		request.sourceAccessKeyId ?? null,
		request.serialNumber ?? null,
		request.durationSeconds,
		request.endpoint ?? null,
	];
}

interface StoredSession {
	readonly request: unknown[];
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken: string;
	readonly expiration: string;
	readonly serialNumber: string;
	readonly sourceArn: string;
	readonly sourceAccessKeyId: string;
	readonly region?: string;
	readonly endpoint?: string;
}

function toStored(request: SessionRequest, session: CachedSession): StoredSession {
	return {
		...session,
		request: requestFields(request),
		secretAccessKey: session.secretAccessKey.reveal(),
		sessionToken: session.sessionToken.reveal(),
		expiration: session.expiration.toISOString(),
	};
}

function fromStored(stored: StoredSession): CachedSession {
	return {
		...stored,
		secretAccessKey: new Secret(stored.secretAccessKey),
		sessionToken: new Secret(stored.sessionToken),
		expiration: new Date(stored.expiration),
	};
}

export type CacheLookup = {session: CachedSession} | {session?: undefined; refused?: string};

export interface SessionCache {
	lookup(request: SessionRequest, nowMs?: number): Promise<CacheLookup>;
	store(request: SessionRequest, session: CachedSession): Promise<void>;
	/**
	 * The right to ask for a code for this request: one caller at a time (ten AWS commands started
	 * at once with an empty cache draw one prompt and spend one code; the others wait, then find
	 * the session in the cache). Waits at most LOCK_TIMEOUT_MS.
	 */
	lock(request: SessionRequest): Promise<HeldLock>;
}

/** Longer than --mfa-process may take (120 s): a waiter gives up only on a caller that is stuck. */
export const LOCK_TIMEOUT_MS = 180_000;

function stillFresh(session: CachedSession, nowMs: number): boolean {
	return session.expiration.getTime() - nowMs > REUSE_MARGIN_MS;
}

export function createSessionCache(directory: string): SessionCache {
	const sealer = createFileSealer(directory, PURPOSE);
	const readSession = async (file: string): Promise<StoredSession | {refused: string} | undefined> => {
		const read = await readOwnerOnlyFile(file, {secret: true, maxBytes: MAX_BYTES});
		if (!read.ok) return read.reason === 'missing' ? undefined : {refused: read.detail};
		const data = sealer.unseal(read.data);
		if (!data) return {refused: SESSION_NOTES.cacheNotSealed(file)};
		try {
			return JSON.parse(data.toString('utf8')) as StoredSession;
		} catch {
			return {refused: SESSION_NOTES.cacheDamaged(file)};
		}
	};
	return {
		async lookup(request, nowMs = Date.now()) {
			const file = cacheFile(directory, request);
			const found = await readSession(file);
			if (found === undefined) return {};
			if ('refused' in found) return {refused: found.refused};
			// The file name is a hash of the request; the request inside must be the same one.
			if (JSON.stringify(found.request) !== JSON.stringify(requestFields(request))) return {};
			const session = fromStored(found);
			return stillFresh(session, nowMs) ? {session} : {};
		},
		lock(request) {
			return acquireLock(`${cacheFile(directory, request)}.lock`, {
				timeoutMs: LOCK_TIMEOUT_MS,
				timeoutMessage: SESSION_ERRORS.lockTimeout(LOCK_TIMEOUT_MS / 1000),
			});
		},
		async store(request, session) {
			await writeOwnerOnlyFile(
				cacheFile(directory, request),
				sealer.seal(Buffer.from(JSON.stringify(toStored(request, session)))),
			);
			await removeExpired(directory, readSession);
		},
	};
}

/** Sessions past their end are of no use to anyone: their files go. */
async function removeExpired(
	directory: string,
	readSession: (file: string) => Promise<StoredSession | {refused: string} | undefined>,
): Promise<void> {
	const now = Date.now();
	for (const entry of await readdir(directory)) {
		if (!entry.endsWith(EXTENSION)) continue;
		const file = path.join(directory, entry);
		const found = await readSession(file);
		if (found && !('refused' in found) && !(Date.parse(found.expiration) > now)) await rm(file, {force: true});
	}
}
