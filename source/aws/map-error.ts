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

interface SdkLikeError {
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
	return new AwsError({
		kind,
		message: describe(kind, sdk.message, service, operation),
		service,
		operation,
		awsCode: isNetwork ? undefined : code,
		httpStatus: sdk.$metadata?.httpStatusCode,
		requestId: sdk.$metadata?.requestId,
		cause: error,
	});
}

function describe(kind: AwsErrorKind, message: string | undefined, service: string, operation: string): string {
	const call = `${service.toUpperCase()} ${operation}`;
	switch (kind) {
		case 'aborted':
			return `${call} was cancelled`;
		case 'network':
			return `${call} got no answer from the endpoint (${message ?? 'network error'})`;
		default:
			// AWS's own messages name resources and reasons but never a secret.
			return `${call}: ${message || kind}`;
	}
}
