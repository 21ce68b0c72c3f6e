import {SandboxError} from '../errors.js';

const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
const ALLOWED = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** S3's general-purpose bucket naming rules (what CreateBucket refuses with InvalidBucketName). */
export function checkBucketName(name: string): string {
	const valid =
		ALLOWED.test(name) &&
		!name.includes('..') &&
		!name.includes('.-') &&
		!name.includes('-.') &&
		!IP_ADDRESS.test(name) &&
		!name.startsWith('xn--') &&
		!name.startsWith('sthree-') &&
		!name.endsWith('-s3alias') &&
		!name.endsWith('--ol-s3');
	if (!valid) throw new SandboxError('InvalidBucketName', 'The specified bucket is not valid.', 400);
	return name;
}
