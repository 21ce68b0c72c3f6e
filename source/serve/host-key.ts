import {createHash} from 'node:crypto';
import path from 'node:path';
import ssh2 from 'ssh2';
import {ConfigurationError} from '../errors.js';
import {readOwnerOnlyFileSync, writeOwnerOnlyFile} from '../owner-only-file.js';
import {serveWords} from '../words/serve.js';

export const HOST_KEY_FILE = 'ssh_host_ed25519_key';

export interface HostKey {
	/** The private key, OpenSSH format, for ssh2's Server. */
	readonly privateKey: Buffer;
	/** As `ssh-keygen -lf` and ssh's first-connection prompt show it: SHA256:base64, no padding. */
	readonly fingerprint: string;
}

function fingerprintOf(privateKey: Buffer, file: string): string {
	const parsed = ssh2.utils.parseKey(privateKey);
	if (parsed instanceof Error || Array.isArray(parsed))
		throw new ConfigurationError('HostKey', serveWords.hostKeyUnusable(file, serveWords.notOpenSshKey));
	const blob = parsed.getPublicSSH();
	return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** Makes of a new key before giving up: a key is unreadable 1 time in 256, so 32 in a row never are in practice. */
const MAKES = 32;

/**
 * A new ed25519 private key in OpenSSH's format, one ssh2 (and so the server) can read. ssh2's
 * generator strips every leading zero byte of the public key, not only DER's unused-bits byte, so
 * 1 key in 256 comes out with a 31-byte public key that nothing reads ("Malformed OpenSSH private
 * key": mscdex/ssh2#1390, open in 1.17.0). Such a key is made again.
 */
export function newHostKey(comment = 'sts-mfa serve'): string {
	for (let made = 0; made < MAKES; made++) {
		const pair = ssh2.utils.generateKeyPairSync('ed25519', {comment});
		const parsed = ssh2.utils.parseKey(pair.private);
		if (!(parsed instanceof Error) && !Array.isArray(parsed)) return pair.private;
	}
	throw new Error(serveWords.hostKeyNotMade(MAKES));
}

/**
 * The server's ed25519 host key, made once and kept owner-only in the state directory (read only
 * when it and every directory above are the user's alone), so that attendees see the same
 * fingerprint at every workshop.
 */
export async function loadHostKey(stateDirectory: string): Promise<HostKey> {
	const file = path.join(stateDirectory, HOST_KEY_FILE);
	let read = readOwnerOnlyFileSync(file, {secret: true, maxBytes: 16 * 1024});
	if (!read.ok && read.reason === 'missing') {
		await writeOwnerOnlyFile(file, newHostKey());
		// Another server starting at the same moment may have written its own: use what is on disk.
		read = readOwnerOnlyFileSync(file, {secret: true, maxBytes: 16 * 1024});
	}
	if (!read.ok) throw new ConfigurationError('HostKey', serveWords.hostKeyUnusable(file, read.detail));
	return {privateKey: read.data, fingerprint: fingerprintOf(read.data, file)};
}
