import {randomBytes} from 'node:crypto';
import {
	closeSync,
	constants,
	linkSync,
	lstatSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync,
} from 'node:fs';
import os from 'node:os';
import {isWriterAlive, processStartOf} from '../../journal/process.js';
import {checkedWritePath} from '../../owner-only-file.js';
import {SessionError} from './errors.js';

/*
 * A lock between sts-mfa processes: a file created exclusively (O_EXCL, never through a link),
 * holding who holds it. Node has no flock(2), and a lock must not outlive a holder that was
 * killed: a waiter that finds the holder's process gone (same host, same pid and start time)
 * breaks the lock. A holder on another host (a shared home) cannot be checked; its lock is broken
 * only once it is older than any holder could need.
 */

interface Holder {
	readonly pid: number;
	readonly hostname: string;
	readonly processStart?: string;
	readonly nonce: string;
}

export interface HeldLock {
	release(): void;
}

export interface LockOptions {
	/** Give up after this long, with `timeoutMessage`. */
	readonly timeoutMs: number;
	readonly timeoutMessage: string;
	/** Called once, when the lock is found held by another process. */
	readonly onWait?: () => void;
}

/** Longer than any holder waits for a person's code; only for holders that cannot be checked. */
const FOREIGN_STALE_MS = 15 * 60_000;
/** A lock file still empty this long after it was made: its maker died between create and write. */
const EMPTY_STALE_MS = 5_000;
const POLL_MS = 50;

function readHolder(file: string): Holder | undefined {
	try {
		const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
		return typeof holder.pid === 'number' && typeof holder.nonce === 'string' ? holder : undefined;
	} catch {
		return undefined;
	}
}

function tryCreate(file: string, holder: Holder): boolean {
	let fd: number;
	try {
		fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
	try {
		writeSync(fd, JSON.stringify(holder));
	} finally {
		closeSync(fd);
	}
	return true;
}

/** Whether the lock's holder can no longer release it. */
function isStale(file: string, holder: Holder | undefined): boolean {
	let ageMs: number;
	try {
		ageMs = Date.now() - lstatSync(file).mtimeMs;
	} catch {
		return false;
	}
	if (!holder) return ageMs > EMPTY_STALE_MS;
	if (holder.hostname !== os.hostname()) return ageMs > FOREIGN_STALE_MS;
	return !isWriterAlive(holder);
}

/**
 * Breaks a stale lock: renamed aside first (one breaker wins the rename), then removed only if it
 * is the very lock judged stale; a live one taken by mistake in a race is put back.
 */
function breakStale(file: string, stale: Holder | undefined): void {
	const aside = `${file}.${randomBytes(8).toString('hex')}.stale`;
	try {
		renameSync(file, aside);
	} catch {
		return;
	}
	if (readHolder(aside)?.nonce !== stale?.nonce) {
		try {
			linkSync(aside, file);
		} catch {
			// Someone holds the lock again already.
		}
	}
	rmSync(aside, {force: true});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock `file` (in a directory that only the user can change), waiting at most options.timeoutMs. */
export async function acquireLock(file: string, options: LockOptions): Promise<HeldLock> {
	const path = await checkedWritePath(file);
	const processStart = processStartOf(process.pid);
	const me: Holder = {
		pid: process.pid,
		hostname: os.hostname(),
		...(processStart === undefined ? {} : {processStart}),
		nonce: randomBytes(16).toString('hex'),
	};
	const deadline = Date.now() + options.timeoutMs;
	let waited = false;
	while (!tryCreate(path, me)) {
		const holder = readHolder(path);
		if (isStale(path, holder)) {
			breakStale(path, holder);
			continue;
		}
		if (Date.now() >= deadline) throw new SessionError('LockTimeout', options.timeoutMessage);
		if (!waited) options.onWait?.();
		waited = true;
		await sleep(POLL_MS + Math.random() * POLL_MS);
	}
	return {
		release() {
			if (readHolder(path)?.nonce === me.nonce) rmSync(path, {force: true});
		},
	};
}
