import {AWS_ERROR_WORDS} from '../words/aws-errors.js';
import {AwsError, type AwsErrorKind} from './errors.js';

/*
 * The SDK names modeled exceptions "NoSuchEntityException" while the wire code is "NoSuchEntity";
 * unmodeled ones carry the wire code as their name. Both spellings map to the same kind.
 */
const KIND_BY_CODE: Readonly<Record<string, AwsErrorKind>> = {
	AccessDenied: 'accessDenied',
	AccessDeniedException: 'accessDenied',
	UnauthorizedOperation: 'accessDenied',
	InvalidAuthenticationCode: 'invalidMfaCode',
	InvalidClientTokenId: 'invalidCredentials',
	InvalidAccessKeyId: 'invalidCredentials',
	SignatureDoesNotMatch: 'invalidCredentials',
	UnrecognizedClient: 'invalidCredentials',
	UnrecognizedClientException: 'invalidCredentials',
	IncompleteSignature: 'invalidCredentials',
	InvalidToken: 'invalidCredentials',
	CredentialsProviderError: 'invalidCredentials',
	ExpiredToken: 'expiredCredentials',
	TokenRefreshRequired: 'expiredCredentials',
	NoSuchEntity: 'notFound',
	DeleteConflict: 'conflict',
	EntityAlreadyExists: 'conflict',
	LimitExceeded: 'limitExceeded',
	ValidationError: 'validation',
	MalformedPolicyDocument: 'validation',
	InvalidInput: 'validation',
	InvalidParameterValue: 'validation',
	Throttling: 'throttled',
	ThrottlingException: 'throttled',
	TooManyRequestsException: 'throttled',
	RequestLimitExceeded: 'throttled',
	SlowDown: 'throttled',
	RequestTimeTooSkewed: 'clockSkew',
};

const NETWORK_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'UND_ERR_SOCKET',
]);

/** Where a failed request went and which key signed it (set by the trace middleware, ./trace.ts). */
export const REQUEST_NOTE = Symbol('sts-mfa request');

export interface RequestNote {
	readonly url: string;
	readonly keyId?: string;
}

interface SdkLikeError {
	[REQUEST_NOTE]?: RequestNote;
	$response?: {statusCode?: number; headers?: Record<string, string | undefined>};
	name?: string;
	message?: string;
	code?: string;
	Code?: string;
	$metadata?: {httpStatusCode?: number; requestId?: string};
}

/** The AWS wire code of an SDK error: "NoSuchEntityException" → "NoSuchEntity". */
function wireCode(error: SdkLikeError): string | undefined {
	const raw = error.Code ?? error.name;
	if (!raw || raw === 'Error') return undefined;
	if (raw.endsWith('Exception') && KIND_BY_CODE[raw] === undefined) {
		const stripped = raw.slice(0, -'Exception'.length);
		if (KIND_BY_CODE[stripped] !== undefined) return stripped;
	}
	return raw;
}

function kindOf(code: string | undefined, error: SdkLikeError): AwsErrorKind {
	const message = error.message ?? '';
	if (code === 'AccessDenied' && message.startsWith('MultiFactorAuthentication failed')) return 'invalidMfaCode';
	if (code === 'SignatureDoesNotMatch' && /signature expired/i.test(message)) return 'clockSkew';
	if (code && KIND_BY_CODE[code]) return KIND_BY_CODE[code];
	if (code === 'AbortError' || error.name === 'AbortError') return 'aborted';
	if (error.code && NETWORK_CODES.has(error.code)) return 'network';
	if (error.name === 'TimeoutError' || (code !== undefined && NETWORK_CODES.has(code))) return 'network';
	return 'other';
}

/** Maps anything the SDK throws to an AwsError; nothing above aws/ sees SDK types. */
export function toAwsError(error: unknown, service: string, operation: string, signal?: AbortSignal): AwsError {
	if (error instanceof AwsError) return error;
	const sdk: SdkLikeError =
		typeof error === 'object' && error !== null ? (error as SdkLikeError) : {message: String(error)};
	const aborted = signal?.aborted === true;
	const code = wireCode(sdk);
	const kind = aborted ? 'aborted' : kindOf(code, sdk);
	const isNetwork = kind === 'network' || kind === 'aborted';
	const foreign = aborted ? undefined : foreignAnswer(sdk);
	return new AwsError({
		kind,
		message: foreign ?? describe(kind, sdk, service, operation),
		service,
		operation,
		awsCode: isNetwork ? undefined : code,
		httpStatus: sdk.$metadata?.httpStatusCode,
		requestId: sdk.$metadata?.requestId,
		cause: error,
	});
}

/**
 * An answer no AWS service gives (an HTML error page, a plain web server): one line that says so,
 * instead of the SDK's parse error. AWS answers in XML or JSON, errors included.
 */
function foreignAnswer(error: SdkLikeError): string | undefined {
	const response = error.$response;
	if (response?.statusCode === undefined) return undefined;
	const type = response.headers?.['content-type'] ?? response.headers?.['Content-Type'] ?? '';
	if (/xml|json/i.test(type)) return undefined;
	const mediaType = type.split(';')[0]?.trim() || undefined;
	return AWS_ERROR_WORDS.notAws(error[REQUEST_NOTE]?.url, response.statusCode, mediaType);
}

function describe(kind: AwsErrorKind, error: SdkLikeError, service: string, operation: string): string {
	const call = `${service.toUpperCase()} ${operation}`;
	const {message} = error;
	const keyId = error[REQUEST_NOTE]?.keyId;
	switch (kind) {
		case 'aborted':
			return AWS_ERROR_WORDS.cancelled(call);
		case 'network':
			return AWS_ERROR_WORDS.noAnswer(call, message);
		case 'invalidCredentials':
			// Which key, so that a user with several profiles knows which one to fix.
			return keyId
				? AWS_ERROR_WORDS.keyRefused(call, `${keyId.slice(0, 8)}…`, message || kind)
				: `${call}: ${message || kind}`;
		default:
			// AWS's own messages name resources and reasons but never a secret.
			return `${call}: ${message || kind}`;
	}
}
