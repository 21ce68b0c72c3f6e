import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import ssh2 from 'ssh2';
import {afterEach, describe, expect, it} from 'vitest';
import {HOST_KEY_FILE, loadHostKey, newHostKey} from '../../source/serve/host-key.js';
import {ScratchDirs} from '../support/scratch.js';

const scratch = new ScratchDirs();
afterEach(() => scratch.removeAll());

/*
 * The host key `serve --ssh` writes on its first start, and the one each test room is given. ssh2's
 * own generator gives 1 ed25519 key in 256 a 31-byte public key that nothing can read, which made
 * the server fail to start ("Malformed OpenSSH private key"); a key that bad, written on a first
 * start, would have been kept for every later workshop.
 */

describe('a new host key', () => {
	it('is always one ssh2 reads, with a whole 32-byte ed25519 public key (2,000 made)', () => {
		const unreadable: string[] = [];
		for (let i = 0; i < 2000; i++) {
			const key = newHostKey();
			const parsed = ssh2.utils.parseKey(key);
			if (parsed instanceof Error || Array.isArray(parsed)) {
				unreadable.push(parsed instanceof Error ? parsed.message : 'several keys');
				continue;
			}
			// The public blob: string "ssh-ed25519" (4 + 11 bytes), then string key (4 + 32 bytes).
			const blob = parsed.getPublicSSH();
			if (blob.length !== 4 + 11 + 4 + 32) unreadable.push(`a public key blob of ${blob.length} bytes`);
		}
		expect(unreadable).toEqual([]);
	});
});

describe('a host key file that cannot be read as a key', () => {
	it('is named, with what to do: remove it, and the next start makes a new one', async () => {
		const state = scratch.makeSync('sts-mfa-host-key-');
		const file = join(state, HOST_KEY_FILE);
		// What ssh2's generator wrote 1 time in 256: an OpenSSH key whose public key lost its first byte.
		const broken = unreadableSsh2Key();
		writeFileSync(file, broken, {mode: 0o600});
		await expect(loadHostKey(state)).rejects.toThrow(
			`cannot use the host key ${file}: not a single OpenSSH private key (remove it`,
		);
	});

	it('once removed, is made again, readable', async () => {
		const state = scratch.makeSync('sts-mfa-host-key-');
		const key = await loadHostKey(state);
		expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
		expect(ssh2.utils.parseKey(key.privateKey)).not.toBeInstanceOf(Error);
	});
});

/** A key from ssh2's own generator that ssh2 cannot read (one in 256 is). */
function unreadableSsh2Key(): string {
	for (let i = 0; i < 20_000; i++) {
		const key = ssh2.utils.generateKeyPairSync('ed25519').private;
		if (ssh2.utils.parseKey(key) instanceof Error) return key;
	}
	throw new Error('ssh2 made 20,000 readable keys in a row: its generator is fixed, and newHostKey need not retry');
}
