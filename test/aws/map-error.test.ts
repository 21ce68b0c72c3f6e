import {
	InvalidAuthenticationCodeException,
	NoSuchEntityException,
	DeleteConflictException,
	IAMServiceException,
} from '@aws-sdk/client-iam';
import {STSServiceException} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {AwsError} from '../../source/aws/errors.js';
import {toAwsError} from '../../source/aws/map-error.js';

const metadata = {httpStatusCode: 403, requestId: 'req-1'};

function serviceError(name: string, message: string) {
	return new STSServiceException({name, message, $fault: 'client', $metadata: metadata});
}

describe('toAwsError', () => {
	it.each([
		[
			new NoSuchEntityException({message: 'The user with name x cannot be found.', $metadata: metadata}),
			'notFound',
			'NoSuchEntity',
		],
		[
			new DeleteConflictException({message: 'must delete access keys first', $metadata: metadata}),
			'conflict',
			'DeleteConflict',
		],
		[
			new InvalidAuthenticationCodeException({
				message: 'Authentication code for device is not valid.',
				$metadata: metadata,
			}),
			'invalidMfaCode',
			'InvalidAuthenticationCode',
		],
		[
			serviceError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.'),
			'invalidMfaCode',
			'AccessDenied',
		],
		[
			serviceError('AccessDenied', 'User is not authorized to perform: s3:ListAllMyBuckets'),
			'accessDenied',
			'AccessDenied',
		],
		[
			serviceError('InvalidClientTokenId', 'The security token included in the request is invalid.'),
			'invalidCredentials',
			'InvalidClientTokenId',
		],
		[
			serviceError('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'),
			'invalidCredentials',
			'InvalidAccessKeyId',
		],
		[
			serviceError('SignatureDoesNotMatch', 'Signature expired: 20200101T000000Z is now earlier than ...'),
			'clockSkew',
			'SignatureDoesNotMatch',
		],
		[
			serviceError(
				'RequestTimeTooSkewed',
				'The difference between the request time and the current time is too large.',
			),
			'clockSkew',
			'RequestTimeTooSkewed',
		],
		[
			serviceError('ExpiredToken', 'The security token included in the request is expired'),
			'expiredCredentials',
			'ExpiredToken',
		],
		[serviceError('Throttling', 'Rate exceeded'), 'throttled', 'Throttling'],
		[serviceError('ValidationError', 'DurationSeconds out of range'), 'validation', 'ValidationError'],
		[
			new IAMServiceException({
				name: 'MalformedPolicyDocumentException',
				message: 'bad',
				$fault: 'client',
				$metadata: metadata,
			}),
			'validation',
			'MalformedPolicyDocument',
		],
		[serviceError('SomethingNew', 'whatever'), 'other', 'SomethingNew'],
	])('maps %o to %s', (error, kind, awsCode) => {
		const mapped = toAwsError(error, 'sts', 'GetSessionToken');
		expect(mapped).toBeInstanceOf(AwsError);
		expect(mapped.kind).toBe(kind);
		expect(mapped.awsCode).toBe(awsCode);
		expect(mapped.httpStatus).toBe(403);
		expect(mapped.requestId).toBe('req-1');
		expect(mapped.code).toBe(`Aws.${kind}`);
		expect(mapped.message).toContain('STS GetSessionToken');
	});

	it('maps connection failures to network without an AWS code', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {code: 'ECONNREFUSED'});
		const mapped = toAwsError(refused, 'iam', 'CreateUser');
		expect(mapped.kind).toBe('network');
		expect(mapped.awsCode).toBeUndefined();
		expect(mapped.message).toMatch(/no answer/);
	});

	it('maps our own abort to aborted, whatever the SDK threw', () => {
		const controller = new AbortController();
		controller.abort();
		const abortError = Object.assign(new Error('Request aborted'), {name: 'AbortError'});
		expect(toAwsError(abortError, 'iam', 'CreateUser').kind).toBe('aborted');
		expect(toAwsError(new Error('socket hang up'), 'iam', 'CreateUser', controller.signal).kind).toBe('aborted');
	});

	it('passes an AwsError through unchanged', () => {
		const original = toAwsError(serviceError('Throttling', 'x'), 'sts', 'GetCallerIdentity');
		expect(toAwsError(original, 'iam', 'Other')).toBe(original);
	});
});
