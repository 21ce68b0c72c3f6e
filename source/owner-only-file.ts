import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import {
	closeSync,
	constants,
	fchmodSync,
	fstatSync,
	fsyncSync,
	lstatSync,
	mkdirSync,
	openSync,
	readSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync,
	writeSync,
} from 'node:fs';
import path from 'node:path';
import {StsMfaError} from './errors.js';
import {makeDirectory} from './make-directory.js';
import {OWNER_ONLY_FILE_WORDS as WORDS} from './words/owner-only-file.js';

/**
 * Files that must have come from the user themselves: the V8 code cache (executable), the cache
 * of temporary credentials, the run journals (they say where to send signed requests). Another
 * local user must be able neither to plant such a file nor to swap one in while it is read.
 */

/** Why a file was not used. */
export type RefusedReason =
	| 'missing'
	| 'not-regular'
	| 'symlink'
	| 'wrong-owner'
	| 'writable-by-others'
	| 'readable-by-others'
	| 'unsafe-directory'
	| 'too-large';

export type OwnerOnlyRead = {ok: true; data: Buffer} | {ok: false; reason: RefusedReason; detail: string};

export interface OwnerOnlyReadOptions {
	/** Also refuse a file readable by group or others (credentials, keys). */
	readonly secret?: boolean;
	/** Refuse larger files (default 64 MiB). */
	readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const GROUP_OTHER_WRITE = 0o022;
const GROUP_OTHER_ACCESS = 0o077;
const STICKY = 0o1000;

function refused(reason: RefusedReason, detail: string): OwnerOnlyRead {
	return {ok: false, reason, detail};
}

function currentUid(): number | undefined {
	return typeof process.getuid === 'function' ? process.getuid() : undefined;
}

/**
 * Every directory from `directory` (already real: no symlinks) up to the root must be the user's
 * or root's, and writable by no one else, so that no one else can rename an entry in it. A
 * root-owned sticky directory (/tmp) is safe too: there only an entry's owner may rename it.
 */
function unsafeDirectory(directory: string, uid: number): string | undefined {
	for (let current = directory; ; current = path.dirname(current)) {
		const stat = statSync(current);
		if (stat.uid !== uid && stat.uid !== 0) return WORDS.belongsToAnotherUser(current);
		const stickyRoot = stat.uid === 0 && (stat.mode & STICKY) !== 0;
		if ((stat.mode & GROUP_OTHER_WRITE) !== 0 && !stickyRoot) return WORDS.writableByOthers(current);
		if (path.dirname(current) === current) return undefined;
	}
}

/**
 * Why someone else could replace an entry of `directory` (it or a directory above is another
 * user's, or writable by others), or undefined: where a file sts-mfa writes in place may go.
 */
export function sharedDirectoryProblem(directory: string): string | undefined {
	const uid = currentUid();
	if (uid === undefined) return undefined;
	try {
		return unsafeDirectory(realpathSync(directory), uid);
	} catch (error) {
		return WORDS.cannotCheck(directory, (error as NodeJS.ErrnoException).code ?? String(error));
	}
}

/**
 * Why `directory` cannot hold files only the user may have written, or undefined when it can: it
 * and every directory above it pass unsafeDirectory, and it is open to no one else, so nothing
 * below it can be reached by anyone else, whatever modes the files and directories below get. For
 * a directory whose files another program reads by path (Node's compile cache).
 */
export function ownerOnlyDirectoryProblem(directory: string): string | undefined {
	const uid = currentUid();
	if (uid === undefined) return undefined;
	try {
		const real = realpathSync(directory);
		const stat = statSync(real);
		if (!stat.isDirectory()) return WORDS.notADirectory(real);
		if (stat.uid !== uid) return WORDS.belongsToAnotherUser(real);
		if ((stat.mode & GROUP_OTHER_ACCESS) !== 0) return WORDS.openToOthers(real);
		return unsafeDirectory(real, uid);
	} catch (error) {
		return WORDS.cannotCheck(directory, (error as NodeJS.ErrnoException).code ?? String(error));
	}
}

function openChecked(file: string, options: OwnerOnlyReadOptions): {fd: number; size: number} | OwnerOnlyRead {
	const uid = currentUid();
	const directory = realpathSync(path.dirname(path.resolve(file)));
	const unsafe = uid === undefined ? undefined : unsafeDirectory(directory, uid);
	if (unsafe !== undefined) return refused('unsafe-directory', unsafe);
	const real = path.join(directory, path.basename(file));
	// O_NOFOLLOW: a symlink put in place of the file is refused (ELOOP), not followed.
	const fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
	const stat = fstatSync(fd);
	const problem = !stat.isFile()
		? refused('not-regular', WORDS.notRegular(real))
		: uid !== undefined && stat.uid !== uid
			? refused('wrong-owner', WORDS.belongsToAnotherUser(real))
			: uid !== undefined && (stat.mode & GROUP_OTHER_WRITE) !== 0
				? refused('writable-by-others', WORDS.writableByOthers(real))
				: uid !== undefined && options.secret && (stat.mode & GROUP_OTHER_ACCESS) !== 0
					? refused('readable-by-others', WORDS.readableByOthers(real))
					: stat.size > (options.maxBytes ?? DEFAULT_MAX_BYTES)
						? refused('too-large', WORDS.tooLarge(real))
						: undefined;
	if (problem) {
		closeSync(fd);
		return problem;
	}
	return {fd, size: stat.size};
}

function readAll(fd: number, size: number): Buffer {
	const chunks: Buffer[] = [];
	let total = 0;
	for (;;) {
		const chunk = Buffer.allocUnsafe(Math.max(size - total, 0) + 1);
		const read = readSync(fd, chunk, 0, chunk.length, null);
		if (read === 0) return Buffer.concat(chunks, total);
		chunks.push(chunk.subarray(0, read));
		total += read;
	}
}

/**
 * Reads `file` only when it and every directory above it are the user's alone (see
 * unsafeDirectory), checking the file itself on the open descriptor, so that what was checked is
 * what is read. Never throws: a missing or unsafe file is `{ok: false}` with the reason.
 */
export function readOwnerOnlyFileSync(file: string, options: OwnerOnlyReadOptions = {}): OwnerOnlyRead {
	let opened: {fd: number; size: number} | OwnerOnlyRead;
	try {
		opened = openChecked(file, options);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return refused('symlink', WORDS.symlink(file));
		if (code === 'ENOENT' || code === 'ENOTDIR') return refused('missing', WORDS.missing(file));
		return refused('not-regular', WORDS.cannotRead(file, code ?? String(error)));
	}
	if ('ok' in opened) return opened;
	try {
		const data = readAll(opened.fd, opened.size);
		if (data.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return refused('too-large', WORDS.grew(file));
		return {ok: true, data};
	} catch (error) {
		return refused('not-regular', WORDS.cannotRead(file, String((error as NodeJS.ErrnoException).code ?? error)));
	} finally {
		closeSync(opened.fd);
	}
}

export async function readOwnerOnlyFile(file: string, options: OwnerOnlyReadOptions = {}): Promise<OwnerOnlyRead> {
	return readOwnerOnlyFileSync(file, options);
}

/** Why a file was not written: the message names the path and the reason. */
export class UnsafeFileError extends StsMfaError {
	constructor(reason: RefusedReason, detail: string) {
		super(`OwnerOnlyFile.${reason}`, detail);
		this.name = 'UnsafeFileError';
	}
}

/**
 * Why `target` (in a directory already checked) must not be replaced, or undefined: it may be
 * absent, or a regular file of the user's or root's that no one else can write. Never followed.
 */
function unsafeTarget(target: string, uid: number | undefined): UnsafeFileError | undefined {
	let stat: ReturnType<typeof lstatSync>;
	try {
		stat = lstatSync(target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	if (stat.isSymbolicLink()) return new UnsafeFileError('symlink', WORDS.symlinkNotWritten(target));
	if (!stat.isFile()) return new UnsafeFileError('not-regular', WORDS.notReplaced(target));
	if (uid !== undefined && stat.uid !== uid && stat.uid !== 0)
		return new UnsafeFileError('wrong-owner', WORDS.belongsToUid(target, stat.uid));
	if (uid !== undefined && (stat.mode & GROUP_OTHER_WRITE) !== 0)
		return new UnsafeFileError('writable-by-others', WORDS.writableByOthers(target));
	return undefined;
}

/**
 * The real path `file` may be written at: its directory (made 0700 where missing) and every one
 * above it pass unsafeDirectory, and the file is absent or passes unsafeTarget. Throws
 * UnsafeFileError naming the path and the reason otherwise.
 */
export async function checkedWritePath(file: string): Promise<string> {
	await makeDirectory(path.dirname(path.resolve(file)));
	const directory = realpathSync(path.dirname(path.resolve(file)));
	const uid = currentUid();
	const unsafe = uid === undefined ? undefined : unsafeDirectory(directory, uid);
	if (unsafe !== undefined) throw new UnsafeFileError('unsafe-directory', WORDS.notWritten(file, unsafe));
	const target = path.join(directory, path.basename(file));
	const problem = unsafeTarget(target, uid);
	if (problem) throw problem;
	return target;
}

function writeAll(fd: number, data: Buffer): void {
	for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
}

/** "<name>.<20 random digits>": unpredictable, and never ending in the real file's extension. */
function temporaryName(target: string): string {
	return `${target}.${randomBytes(8).readBigUInt64BE().toString().padStart(20, '0')}`;
}

/**
 * Writes `file` as OpenSSH's StrictModes would allow (checkedWritePath), through a temporary file
 * created exclusively (O_EXCL, O_NOFOLLOW: nothing planted under its unpredictable name is ever
 * written to) in that same directory, 0600, synced, then renamed over the file: a reader sees the
 * old file or the new one, never half of one.
 */
export async function writeOwnerOnlyFile(file: string, data: Buffer | string): Promise<void> {
	const target = await checkedWritePath(file);
	const temporary = temporaryName(target);
	const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
	const fd = openSync(temporary, flags, 0o600);
	try {
		try {
			writeAll(fd, typeof data === 'string' ? Buffer.from(data) : data);
			fchmodSync(fd, 0o600);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

const KEY_FILE = 'sealing.key';
const KEY_BYTES = 32;
const MAC_BYTES = 32;

export interface FileSealer {
	/** MAC || data. */
	seal(data: Buffer): Buffer;
	/** The data, only when its MAC verifies under this user's key; otherwise undefined. */
	unseal(sealed: Buffer): Buffer | undefined;
}

function readKey(keyFile: string): Buffer | undefined {
	const read = readOwnerOnlyFileSync(keyFile, {secret: true, maxBytes: KEY_BYTES});
	return read.ok && read.data.length === KEY_BYTES ? read.data : undefined;
}

/** `mkdir -p` (new directories 0700) without fs.mkdir's recursive mode, which can hang (see makeDirectory). */
export function makeDirectorySync(directory: string): void {
	const missing: string[] = [];
	for (let current = path.resolve(directory); ; current = path.dirname(current)) {
		try {
			statSync(current);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(current) === current) throw error;
			missing.unshift(current);
		}
	}
	for (const current of missing) {
		try {
			mkdirSync(current, {mode: 0o700});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}

/**
 * Creates the key exclusively (two first starts at once: one key wins, the other reads it), and
 * only in a directory that no one else can change.
 */
function createKey(keyDirectory: string, keyFile: string): Buffer | undefined {
	try {
		makeDirectorySync(keyDirectory);
		const uid = currentUid();
		if (uid !== undefined && unsafeDirectory(realpathSync(keyDirectory), uid) !== undefined) return undefined;
		const key = randomBytes(KEY_BYTES);
		const fd = openSync(keyFile, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
		try {
			writeSync(fd, key);
		} finally {
			closeSync(fd);
		}
		return key;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKey(keyFile);
		return undefined;
	}
}

/**
 * Authenticates files with HMAC-SHA256 under a per-user key kept owner-only in `keyDirectory`:
 * ownership alone cannot tell the user's own file from one swapped in while it was checked, and a
 * file damaged after it was written must be noticed before anything (V8 above all) parses it.
 * `purpose` is part of the MAC, so bytes sealed for one use never pass for another.
 */
export function createFileSealer(keyDirectory: string, purpose: string): FileSealer {
	const keyFile = path.join(keyDirectory, KEY_FILE);
	const mac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(`${purpose}\0`).update(data).digest();
	return {
		seal(data) {
			const key = readKey(keyFile) ?? createKey(keyDirectory, keyFile);
			if (!key) throw new Error(WORDS.noSealingKey(keyDirectory));
			return Buffer.concat([mac(key, data), data]);
		},
		unseal(sealed) {
			if (sealed.length < MAC_BYTES) return undefined;
			const key = readKey(keyFile);
			if (!key) return undefined;
			const data = sealed.subarray(MAC_BYTES);
			return timingSafeEqual(sealed.subarray(0, MAC_BYTES), mac(key, data)) ? data : undefined;
		},
	};
}
