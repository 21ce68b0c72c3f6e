import {createHash} from 'node:crypto';
import {Crc32c, Crc64Nvme} from '@aws-sdk/checksums/crc';
import {Crc32} from '@smithy/core/checksum';
import {SandboxError} from '../errors.js';

/*
 * Content-MD5 and the flexible checksums current SDKs send by default (x-amz-checksum-ALGORITHM,
 * base64 of the big-endian digest), in a header or an aws-chunked trailer. A value that does not
 * match the bytes received is BadDigest, as S3 answers it; the object keeps the checksum, which
 * GetObject and HeadObject return when asked (x-amz-checksum-mode: ENABLED).
 */

export const CHECKSUM_ALGORITHMS = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

export interface StoredChecksum {
	readonly algorithm: ChecksumAlgorithm;
	/** Base64, as the header carries it. */
	readonly value: string;
}

const headerOf = (algorithm: ChecksumAlgorithm) => `x-amz-checksum-${algorithm.toLowerCase()}`;

export async function digestOf(algorithm: ChecksumAlgorithm, bytes: Uint8Array): Promise<string> {
	if (algorithm === 'SHA1' || algorithm === 'SHA256') {
		return createHash(algorithm === 'SHA1' ? 'sha1' : 'sha256')
			.update(bytes)
			.digest('base64');
	}
	const checksum = algorithm === 'CRC32' ? new Crc32() : algorithm === 'CRC32C' ? new Crc32c() : new Crc64Nvme();
	checksum.update(bytes);
	return Buffer.from(await checksum.digest()).toString('base64');
}

/** Checks Content-MD5 and any x-amz-checksum-* given (headers, then trailers); returns the one to keep. */
export async function checkDigests(
	bytes: Uint8Array,
	headers: Readonly<Record<string, string | undefined>>,
	trailers: Readonly<Record<string, string>>,
): Promise<StoredChecksum | undefined> {
	checkContentMd5(bytes, headers['content-md5']);
	let kept: StoredChecksum | undefined;
	for (const algorithm of CHECKSUM_ALGORITHMS) {
		const given = headers[headerOf(algorithm)] ?? trailers[headerOf(algorithm)];
		if (given === undefined) continue;
		if (given !== (await digestOf(algorithm, bytes))) {
			throw new SandboxError('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`);
		}
		kept ??= {algorithm, value: given};
	}
	return kept;
}

function checkContentMd5(bytes: Uint8Array, given: string | undefined): void {
	if (given === undefined) return;
	const decoded = Buffer.from(given, 'base64');
	if (decoded.length !== 16 || decoded.toString('base64') !== given.trim()) {
		throw new SandboxError('InvalidDigest', 'The Content-MD5 you specified was invalid.');
	}
	if (!decoded.equals(createHash('md5').update(bytes).digest())) {
		throw new SandboxError('BadDigest', 'The Content-MD5 you specified did not match what we received.');
	}
}

/** The header that returns a stored checksum. */
export const checksumHeader = (checksum: StoredChecksum): Record<string, string> => ({
	[headerOf(checksum.algorithm)]: checksum.value,
});
