import {existsSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeDirectory} from '../source/make-directory.js';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'sts-mfa-mkdir-'));
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('makeDirectory (mkdir -p without the recursive flag)', () => {
	it('creates every missing directory, owner-only, and accepts one that exists', async () => {
		const deep = join(root, 'a', 'b', 'c');
		await makeDirectory(deep);
		for (const dir of [join(root, 'a'), join(root, 'a', 'b'), deep]) {
			expect(statSync(dir).isDirectory()).toBe(true);
			if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
		}
		await makeDirectory(deep);
		await makeDirectory(root);
	});

	it('says what is in the way: a file on the path, or a file of the same name', async () => {
		const file = join(root, 'file');
		writeFileSync(file, '');
		await expect(makeDirectory(join(file, 'below'))).rejects.toMatchObject({code: 'ENOTDIR'});
		await expect(makeDirectory(file)).rejects.toMatchObject({code: 'EEXIST'});
	});

	it.skipIf(process.platform !== 'linux')(
		'fails at once where the system refuses a directory whose parent exists (fs.mkdir recursive never returns there)',
		async () => {
			await expect(makeDirectory('/proc/self/sts-mfa-test/cache')).rejects.toMatchObject({code: 'ENOENT'});
			expect(existsSync('/proc/self/sts-mfa-test')).toBe(false);
		},
	);

	it('lets many callers make the same directories at once', async () => {
		const shared = join(root, 'x', 'y', 'z');
		await Promise.all(Array.from({length: 8}, () => makeDirectory(shared)));
		expect(statSync(shared).isDirectory()).toBe(true);
	});
});
