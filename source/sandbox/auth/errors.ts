import {SandboxError} from '../errors.js';
import type {SandboxService} from '../types.js';

/*
 * Authentication failures, worded as each service words them: IAM and STS share
 * the Query protocol's codes; S3 has its own.
 */

const SIGNATURE_MISMATCH_QUERY =
	'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const SIGNATURE_MISMATCH_S3 =
	'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

export function missingAuthentication(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('AccessDenied', 'Access Denied', 403)
		: new SandboxError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
}

export function incompleteSignature(
	service: SandboxService,
	problems: readonly string[],
	authorization: string,
): SandboxError {
	// The header is echoed without its signature: it carries no secret, but the signature is noise.
	const shown = authorization.replace(/Signature=[^,\s]*/, 'Signature=…');
	return service === 's3'
		? new SandboxError(
				'AuthorizationHeaderMalformed',
				`The authorization header is malformed; ${problems.join(' ')}`,
				400,
			)
		: new SandboxError('IncompleteSignature', `${problems.join(' ')} Authorization=${shown}`, 400);
}

export function missingDate(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header', 403)
		: new SandboxError(
				'IncompleteSignature',
				"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
				400,
			);
}

export function unknownAccessKey(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403)
		: new SandboxError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

export function invalidSessionToken(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400)
		: new SandboxError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

export function expiredToken(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('ExpiredToken', 'The provided token has expired.', 400)
		: new SandboxError('ExpiredToken', 'The security token included in the request is expired', 403);
}

export function signatureMismatch(service: SandboxService): SandboxError {
	return new SandboxError(
		'SignatureDoesNotMatch',
		service === 's3' ? SIGNATURE_MISMATCH_S3 : SIGNATURE_MISMATCH_QUERY,
		403,
	);
}

export function wrongScopeService(expected: SandboxService): SandboxError {
	return new SandboxError(
		'SignatureDoesNotMatch',
		`Credential should be scoped to correct service: '${expected}'. `,
		403,
	);
}

export function payloadHashMismatch(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError(
				'XAmzContentSHA256Mismatch',
				"The provided 'x-amz-content-sha256' header does not match what was computed.",
				400,
			)
		: signatureMismatch(service);
}

export function invalidPayloadHash(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError(
				'InvalidArgument',
				'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, or a valid sha256 value.',
				400,
			)
		: signatureMismatch(service);
}

/**
 * A credential scope dated another day than the request: the signing key is derived from the
 * scope's date, so a scope that may name any date would let a signature outlive its day.
 */
export function scopeDateMismatch(
	service: SandboxService,
	scopeDate: string,
	amzDate: string,
	presigned: boolean,
): SandboxError {
	const requestDay = amzDate.slice(0, 8);
	if (service !== 's3') {
		return new SandboxError(
			'SignatureDoesNotMatch',
			`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${requestDay}', from '${amzDate}'.`,
			403,
		);
	}
	return presigned
		? new SandboxError(
				'AuthorizationQueryParametersError',
				`Invalid credential date "${scopeDate}". This date is not the same as X-Amz-Date: "${requestDay}".`,
				400,
			)
		: new SandboxError(
				'AuthorizationHeaderMalformed',
				'The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.',
				400,
			);
}

/**
 * Signature Version 2 (`Authorization: AWS KEY:SIG`, or `?AWSAccessKeyId=…&Signature=…` in a URL,
 * what boto3 presigns for S3 against a custom endpoint by default): S3's answer in the regions that
 * take only SigV4, naming the algorithm to use and, for boto3, the setting that selects it.
 */
export function signatureVersion2(service: SandboxService): SandboxError {
	const message =
		'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.' +
		" (The sandbox accepts only Signature Version 4, SigV4; with boto3, pass Config(signature_version='s3v4').)";
	return service === 's3'
		? new SandboxError('InvalidRequest', message, 400)
		: new SandboxError('IncompleteSignature', message, 400);
}

const SKEW_MS = 15 * 60 * 1000;

/** Undefined when the request time is within 15 minutes of the sandbox's clock. */
export function clockSkew(service: SandboxService, requestTime: Date, now: number): SandboxError | undefined {
	if (Math.abs(requestTime.getTime() - now) <= SKEW_MS) return undefined;
	if (service === 's3') {
		return new SandboxError(
			'RequestTimeTooSkewed',
			'The difference between the request time and the current time is too large.',
			403,
		);
	}
	const basic = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
	const requested = basic(requestTime.getTime());
	return requestTime.getTime() < now
		? new SandboxError(
				'SignatureDoesNotMatch',
				`Signature expired: ${requested} is now earlier than ${basic(now - SKEW_MS)} (${basic(now)} - 15 min.)`,
				403,
			)
		: new SandboxError(
				'SignatureDoesNotMatch',
				`Signature not yet current: ${requested} is still later than ${basic(now + SKEW_MS)} (${basic(now)} + 15 min.)`,
				403,
			);
}
