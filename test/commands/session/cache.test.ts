import {chmod, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSessionCache, REUSE_MARGIN_MS, sessionCacheDirectory} from '../../../source/commands/session/cache.js';
import type {CachedSession, SessionRequest} from '../../../source/commands/session/session.js';
import {Secret} from '../../../source/secret.js';
import {ScratchDirs} from '../../support/scratch.js';

const scratch = new ScratchDirs();
afterEach(async () => scratch.removeAll());

const request: SessionRequest = {
	profile: 'base',
	sourceAccessKeyId: 'AKIASOURCE',
	serialNumber: 'arn:aws:iam::123456789012:mfa/alice',
	durationSeconds: 43_200,
	endpoint: 'http://127.0.0.1:4566',
};

function sessionEnding(expiration: Date): CachedSession {
	return {
		accessKeyId: 'ASIASESSION',
		secretAccessKey: new Secret('session-secret'),
		sessionToken: new Secret('session-token'),
		expiration,
		serialNumber: request.serialNumber!,
		sourceArn: 'arn:aws:iam::123456789012:user/alice',
		sourceAccessKeyId: 'AKIASOURCE',
		region: 'us-east-1',
	};
}

async function cacheWith(session: CachedSession) {
	const directory = path.join(await scratch.make('sts-mfa-session-cache-'), 'sessions');
	const cache = createSessionCache(directory);
	await cache.store(request, session);
	const [file] = (await readdir(directory)).filter((name) => name.endsWith('.session'));
	return {cache, directory, file: path.join(directory, file!)};
}

const inAnHour = () => new Date(Date.now() + 3600_000);

describe('the cache of sessions', () => {
	it('gives the session back for the same request, owner-only on disk', async () => {
		const {cache, directory, file} = await cacheWith(sessionEnding(inAnHour()));
		const found = await cache.lookup(request);
		expect(found.session?.accessKeyId).toBe('ASIASESSION');
		expect(found.session?.sessionToken.reveal()).toBe('session-token');
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect((await stat(directory)).mode & 0o777).toBe(0o700);
	});

	it('is keyed by source, device, duration and endpoint', async () => {
		const {cache} = await cacheWith(sessionEnding(inAnHour()));
		for (const other of [
			{sourceAccessKeyId: 'AKIAOTHER'},
			{profile: 'other'},
			{serialNumber: 'arn:aws:iam::123456789012:mfa/bob'},
			{durationSeconds: 3600},
			{endpoint: undefined},
		]) {
			expect((await cache.lookup({...request, ...other})).session).toBeUndefined();
		}
	});

	it('stops reusing a session five minutes before it ends', async () => {
		const ends = inAnHour();
		const {cache} = await cacheWith(sessionEnding(ends));
		expect((await cache.lookup(request, ends.getTime() - REUSE_MARGIN_MS - 1000)).session).toBeDefined();
		expect((await cache.lookup(request, ends.getTime() - REUSE_MARGIN_MS + 1000)).session).toBeUndefined();
	});

	it('refuses a file others can read or write', async () => {
		const {cache, file} = await cacheWith(sessionEnding(inAnHour()));
		await chmod(file, 0o644);
		expect(await cache.lookup(request)).toEqual({refused: expect.stringContaining('readable by others')});
		await chmod(file, 0o622);
		expect(await cache.lookup(request)).toEqual({refused: expect.stringContaining('writable by others')});
	});

	it('refuses a file whose content was changed, or that another key sealed', async () => {
		const {cache, file, directory} = await cacheWith(sessionEnding(inAnHour()));
		const sealed = await readFile(file);
		const tampered = Buffer.from(sealed.toString('latin1').replace('ASIASESSION', 'ASIAPLANTED'), 'latin1');
		await writeFile(file, tampered, {mode: 0o600});
		expect(await cache.lookup(request)).toEqual({refused: expect.stringContaining('seal does not verify')});
		// A file sealed by someone else's key (another cache directory) is no better.
		const elsewhere = await cacheWith(sessionEnding(inAnHour()));
		await writeFile(file, await readFile(elsewhere.file), {mode: 0o600});
		expect((await cache.lookup(request)).session).toBeUndefined();
		expect(directory).not.toBe(elsewhere.directory);
	});

	it('removes sessions that have ended when it stores one', async () => {
		const directory = path.join(await scratch.make('sts-mfa-session-cache-'), 'sessions');
		const cache = createSessionCache(directory);
		await cache.store({...request, durationSeconds: 3600}, sessionEnding(inAnHour()));
		await cache.store(request, sessionEnding(new Date(Date.now() - 1000)));
		const files = (await readdir(directory)).filter((name) => name.endsWith('.session'));
		expect(files).toHaveLength(1);
		expect((await cache.lookup({...request, durationSeconds: 3600})).session).toBeDefined();
	});

	it('lives in the cache directory, or STS_MFA_CACHE_DIR', () => {
		expect(sessionCacheDirectory({STS_MFA_CACHE_DIR: '/somewhere'})).toBe(path.join('/somewhere', 'sessions'));
		expect(sessionCacheDirectory({HOME: '/home/u', XDG_CACHE_HOME: '/home/u/.cache'})).toMatch(/sts-mfa[/\\]sessions$/);
	});
});
