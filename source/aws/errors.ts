import {StsMfaError} from '../errors.js';

/**
 * The few kinds of AWS failure the scenario reacts to differently. Everything the SDK throws is
 * mapped to one of these by `toAwsError` in the adapters, so nothing above `aws/` sees SDK types.
 */
export type AwsErrorKind =
	| 'accessDenied' // AccessDenied, AccessDeniedException, UnauthorizedOperation
	| 'invalidMfaCode' // InvalidAuthenticationCode, or AccessDenied "MultiFactorAuthentication failed…"
	| 'invalidCredentials' // InvalidClientTokenId, InvalidAccessKeyId, SignatureDoesNotMatch, UnrecognizedClient
	| 'expiredCredentials' // ExpiredToken, ExpiredTokenException
	| 'notFound' // NoSuchEntity
	| 'conflict' // DeleteConflict, EntityAlreadyExists
	| 'limitExceeded' // LimitExceeded
	| 'validation' // ValidationError, MalformedPolicyDocument, InvalidInput
	| 'throttled' // Throttling, after the SDK's own retries ran out
	| 'clockSkew' // RequestTimeTooSkewed, "Signature expired"
	| 'network' // no answer: DNS, refused, reset, timeout
	| 'aborted' // our own AbortSignal
	| 'other';

export class AwsError extends StsMfaError {
	readonly kind: AwsErrorKind;
	/** AWS's own error code, e.g. "AccessDenied"; absent for network failures. */
	readonly awsCode?: string;
	readonly httpStatus?: number;
	readonly requestId?: string;
	readonly service: string;
	readonly operation: string;

	constructor(init: {
		kind: AwsErrorKind;
		message: string;
		service: string;
		operation: string;
		awsCode?: string;
		httpStatus?: number;
		requestId?: string;
		cause?: unknown;
	}) {
		super(`Aws.${init.kind}`, init.message, {cause: init.cause});
		this.name = 'AwsError';
		this.kind = init.kind;
		this.awsCode = init.awsCode;
		this.httpStatus = init.httpStatus;
		this.requestId = init.requestId;
		this.service = init.service;
		this.operation = init.operation;
	}
}
