import {
	chmodSync,
	chownSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createFileSealer, readOwnerOnlyFileSync, writeOwnerOnlyFile} from '../source/owner-only-file.js';
import {ScratchDirs} from './support/scratch.js';

const scratch = new ScratchDirs();
afterEach(async () => scratch.removeAll());

/** Another local user: a uid that is not ours (tests run as root in CI, as a user elsewhere). */
const OTHER_UID = process.getuid?.() === 1234 ? 1235 : 1234;
const isRoot = process.getuid?.() === 0;

function privateDir(): string {
	const dir = scratch.makeSync('owner-only-');
	chmodSync(dir, 0o700);
	return dir;
}

describe('readOwnerOnlyFileSync', () => {
	it('reads a file that only its owner can write, and says why it refuses the rest', () => {
		const dir = privateDir();
		const file = join(dir, 'f');
		writeFileSync(file, 'mine', {mode: 0o644});
		expect(readOwnerOnlyFileSync(file)).toEqual({ok: true, data: Buffer.from('mine')});
		expect(readOwnerOnlyFileSync(file, {secret: true})).toMatchObject({ok: false, reason: 'readable-by-others'});
		chmodSync(file, 0o666);
		expect(readOwnerOnlyFileSync(file)).toMatchObject({ok: false, reason: 'writable-by-others'});
		expect(readOwnerOnlyFileSync(join(dir, 'absent'))).toMatchObject({ok: false, reason: 'missing'});
		expect(readOwnerOnlyFileSync(dir)).toMatchObject({ok: false, reason: 'not-regular'});
	});

	it('never follows a symbolic link put in place of the file', () => {
		const dir = privateDir();
		writeFileSync(join(dir, 'target'), 'planted', {mode: 0o600});
		symlinkSync(join(dir, 'target'), join(dir, 'link'));
		expect(readOwnerOnlyFileSync(join(dir, 'link'))).toMatchObject({ok: false, reason: 'symlink'});
	});

	it('refuses a file under a directory that someone else can write, unless it is a root-owned sticky one', () => {
		const open = scratch.makeSync('owner-only-open-');
		chmodSync(open, 0o777);
		writeFileSync(join(open, 'f'), 'x', {mode: 0o600});
		expect(readOwnerOnlyFileSync(join(open, 'f'))).toMatchObject({ok: false, reason: 'unsafe-directory'});
		// Below it, a private directory is no help: the open one above can swap it.
		mkdirSync(join(open, 'inner'), {mode: 0o700});
		writeFileSync(join(open, 'inner', 'f'), 'x', {mode: 0o600});
		expect(readOwnerOnlyFileSync(join(open, 'inner', 'f'))).toMatchObject({ok: false, reason: 'unsafe-directory'});
		// The system's temporary directory (root's, sticky) is safe: only an entry's owner renames it.
		const inTmp = privateDir();
		writeFileSync(join(inTmp, 'f'), 'x', {mode: 0o600});
		expect(readOwnerOnlyFileSync(join(inTmp, 'f')).ok).toBe(true);
	});

	it.runIf(isRoot)('refuses a file or a directory that belongs to another user', () => {
		const dir = privateDir();
		writeFileSync(join(dir, 'f'), 'theirs', {mode: 0o600});
		chownSync(join(dir, 'f'), OTHER_UID, OTHER_UID);
		expect(readOwnerOnlyFileSync(join(dir, 'f'))).toMatchObject({ok: false, reason: 'wrong-owner'});
		const theirs = join(dir, 'theirs');
		mkdirSync(theirs, {mode: 0o755});
		writeFileSync(join(theirs, 'f'), 'x', {mode: 0o600});
		chownSync(theirs, OTHER_UID, OTHER_UID);
		expect(readOwnerOnlyFileSync(join(theirs, 'f'))).toMatchObject({ok: false, reason: 'unsafe-directory'});
	});

	it('checks the real directory when the path goes through a symbolic link', () => {
		const open = scratch.makeSync('owner-only-open-');
		chmodSync(open, 0o777);
		writeFileSync(join(open, 'f'), 'x', {mode: 0o600});
		const dir = privateDir();
		symlinkSync(open, join(dir, 'via'));
		expect(readOwnerOnlyFileSync(join(dir, 'via', 'f'))).toMatchObject({ok: false, reason: 'unsafe-directory'});
	});
});

describe('writeOwnerOnlyFile', () => {
	it('makes the missing directories private and the file 0600, and reads back', async () => {
		const file = join(privateDir(), 'a', 'b', 'f');
		await writeOwnerOnlyFile(file, 'data');
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
		expect(readOwnerOnlyFileSync(file, {secret: true})).toEqual({ok: true, data: Buffer.from('data')});
	});

	it('writes nothing into a directory that someone else can write, naming it', async () => {
		const open = scratch.makeSync('owner-only-open-');
		chmodSync(open, 0o777);
		await expect(writeOwnerOnlyFile(join(open, 'f'), 'secret')).rejects.toThrow(`${open} is writable by others`);
		expect(readdirSync(open)).toEqual([]);
	});

	it('never writes through a link or onto something that is not a regular file', async () => {
		const dir = privateDir();
		writeFileSync(join(dir, 'target'), 'kept', {mode: 0o600});
		symlinkSync(join(dir, 'target'), join(dir, 'link'));
		await expect(writeOwnerOnlyFile(join(dir, 'link'), 'x')).rejects.toThrow(/is a symbolic link/);
		expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('kept');
		mkdirSync(join(dir, 'sub'));
		await expect(writeOwnerOnlyFile(join(dir, 'sub'), 'x')).rejects.toThrow(/is not a regular file/);
		await expect(writeOwnerOnlyFile(join(dir, 'target'), 'new')).resolves.toBeUndefined();
		// Only the file itself is left: its temporary file was renamed over it.
		expect(readdirSync(dir).sort()).toEqual(['link', 'sub', 'target']);
	});

	it('leaves a file planted under a temporary-looking name alone', async () => {
		const dir = privateDir();
		const planted = join(dir, 'f.00000000000000000001');
		writeFileSync(planted, '', {mode: 0o666});
		await writeOwnerOnlyFile(join(dir, 'f'), 'secret');
		expect(readFileSync(planted, 'utf8')).toBe('');
		expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('secret');
	});
});

describe('createFileSealer', () => {
	it('opens only what it sealed, for the same purpose, unchanged', () => {
		const dir = join(privateDir(), 'keys');
		const sealer = createFileSealer(dir, 'code-cache');
		const sealed = sealer.seal(Buffer.from('compiled code'));
		expect(statSync(join(dir, 'sealing.key')).mode & 0o777).toBe(0o600);
		expect(sealer.unseal(sealed)).toEqual(Buffer.from('compiled code'));
		const flipped = Buffer.from(sealed);
		flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1;
		expect(sealer.unseal(flipped)).toBeUndefined();
		expect(sealer.unseal(sealed.subarray(0, 10))).toBeUndefined();
		expect(createFileSealer(dir, 'credentials').unseal(sealed)).toBeUndefined();
		expect(createFileSealer(join(privateDir(), 'other'), 'code-cache').unseal(sealed)).toBeUndefined();
	});

	it('keeps its key across sealers and refuses a key that others can read', () => {
		const dir = privateDir();
		const sealed = createFileSealer(dir, 'p').seal(Buffer.from('x'));
		const key = readFileSync(join(dir, 'sealing.key'));
		expect(createFileSealer(dir, 'p').unseal(sealed)).toEqual(Buffer.from('x'));
		expect(createFileSealer(dir, 'p').seal(Buffer.from('y')).length).toBe(33);
		expect(readFileSync(join(dir, 'sealing.key'))).toEqual(key);
		chmodSync(join(dir, 'sealing.key'), 0o644);
		expect(createFileSealer(dir, 'p').unseal(sealed)).toBeUndefined();
	});

	it('makes no key in a directory that someone else can write', () => {
		const open = scratch.makeSync('owner-only-open-');
		chmodSync(open, 0o777);
		expect(() => createFileSealer(open, 'p').seal(Buffer.from('x'))).toThrow(/sealing key/);
	});
});
