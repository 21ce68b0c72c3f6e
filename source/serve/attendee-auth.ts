import {createHash, timingSafeEqual} from 'node:crypto';
import {isIP} from 'node:net';
import ssh2, {type AuthContext, type ParsedKey} from 'ssh2';
import {ConfigurationError} from '../errors.js';
import {readOwnerOnlyFileSync} from '../owner-only-file.js';
import {serveWords} from '../words/serve.js';

/** How attendees prove they belong: nothing on loopback; a shared password or a listed key elsewhere. */
export type AttendeeAuth =
	| {readonly kind: 'none'}
	| {readonly kind: 'password'; readonly digest: Buffer}
	| {readonly kind: 'keys'; readonly keys: readonly ParsedKey[]};

/** Whether only this machine can reach `host`: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
	if (host === 'localhost') return true;
	if (isIP(host) === 4) return host.startsWith('127.');
	return host === '::1' || host === '0:0:0:0:0:0:0:1';
}

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest();

function readTrusted(file: string, secret: boolean): string {
	const read = readOwnerOnlyFileSync(file, {secret, maxBytes: 1024 * 1024});
	if (!read.ok) throw new ConfigurationError('ServeAuth', serveWords.unsafeFile(file, read.detail));
	return read.data.toString('utf8');
}

function passwordAuth(file: string): AttendeeAuth {
	const password = readTrusted(file, true).split(/\r?\n/)[0] ?? '';
	if (password === '') throw new ConfigurationError('ServeAuth', serveWords.emptyPassword(file));
	return {kind: 'password', digest: digest(password)};
}

function keysAuth(file: string): AttendeeAuth {
	const keys = readTrusted(file, false)
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'))
		.flatMap((line) => {
			const parsed = ssh2.utils.parseKey(line);
			return parsed instanceof Error ? [] : Array.isArray(parsed) ? parsed : [parsed];
		});
	if (keys.length === 0) throw new ConfigurationError('ServeAuth', serveWords.noKeys(file));
	return {kind: 'keys', keys};
}

/**
 * The authentication the room needs: none on loopback, else the one given; a non-loopback address
 * without any is refused before anything listens.
 */
export function attendeeAuth(host: string, passwordFile?: string, authorizedKeys?: string): AttendeeAuth {
	if (passwordFile !== undefined) return passwordAuth(passwordFile);
	if (authorizedKeys !== undefined) return keysAuth(authorizedKeys);
	if (!isLoopback(host)) throw new ConfigurationError('ServeAuth', serveWords.needsAuth(host));
	return {kind: 'none'};
}

function sameBytes(a: Buffer, b: Buffer): boolean {
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether this attempt proves the attendee belongs; a key query without signature is answered for the key alone. */
function accepted(auth: AttendeeAuth, context: AuthContext): boolean {
	if (auth.kind === 'none') return true;
	if (auth.kind === 'password')
		return context.method === 'password' && sameBytes(digest(context.password), auth.digest);
	if (context.method !== 'publickey') return false;
	const {key, signature, blob, hashAlgo} = context;
	const known = auth.keys.find((each) => each.type === key.algo && sameBytes(each.getPublicSSH(), key.data));
	if (!known) return false;
	// Without a signature the client only asks whether the key would do; with one, it must verify.
	return signature === undefined || blob === undefined || known.verify(blob, signature, hashAlgo) === true;
}

/** Answers one authentication attempt (ssh2's 'authentication' event), naming the one method that can work. */
export function authenticate(auth: AttendeeAuth, context: AuthContext): void {
	if (accepted(auth, context)) context.accept();
	else context.reject([auth.kind === 'password' ? 'password' : 'publickey']);
}
