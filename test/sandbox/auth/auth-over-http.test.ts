import {CreateAccessKeyCommand, CreateUserCommand, ListUsersCommand, PutUserPolicyCommand} from '@aws-sdk/client-iam';
import {ListBucketsCommand} from '@aws-sdk/client-s3';
import {GetCallerIdentityCommand, GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {awsError, clientsFor, useSdkSandbox} from '../e2e/clients.js';
import {errorOf, send, signed} from '../server/raw-http.js';

const SIGNATURE_MISMATCH =
	'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const CALLER_IDENTITY = 'Action=GetCallerIdentity&Version=2011-06-15';
const minutes = (n: number) => n * 60_000;

describe('authentication errors, as AWS words them', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;

	it('answers an unsigned request with MissingAuthenticationToken (Query) or AccessDenied (S3)', async () => {
		const query = await send(sandbox.endpoint, {
			method: 'POST',
			path: '/',
			headers: {'content-type': 'application/x-www-form-urlencoded'},
			body: CALLER_IDENTITY,
		});
		expect(query.status).toBe(403);
		expect(query.xml.ErrorResponse['@_xmlns']).toBe('https://sts.amazonaws.com/doc/2011-06-15/');
		expect(errorOf(query)).toEqual({
			Type: 'Sender',
			Code: 'MissingAuthenticationToken',
			Message: 'Request is missing Authentication Token',
		});
		expect(query.xml.ErrorResponse.RequestId).toBe(query.headers['x-amzn-requestid']);

		const s3 = await send(sandbox.endpoint, {method: 'GET', path: '/', headers: {}});
		expect(s3.status).toBe(403);
		expect(s3.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(s3.xml.Error).toMatchObject({
			Code: 'AccessDenied',
			Message: 'Access Denied',
			RequestId: s3.headers['x-amz-request-id'],
			HostId: s3.headers['x-amz-id-2'],
		});
	});

	it('refuses a wrong secret with SignatureDoesNotMatch on every service', async () => {
		const wrong = clientsFor(sandbox, {
			...sandbox.credentials,
			// Another last character: a secret that already ends in X would stay right (1 run in 64).
			secretAccessKey: `${sandbox.credentials.secretAccessKey.slice(0, -1)}${sandbox.credentials.secretAccessKey.endsWith('X') ? 'Y' : 'X'}`,
		});
		expect(await awsError(wrong.sts.send(new GetCallerIdentityCommand({})))).toEqual({
			name: 'SignatureDoesNotMatch',
			status: 403,
			message: SIGNATURE_MISMATCH,
		});
		expect(await awsError(wrong.iam.send(new ListUsersCommand({})))).toMatchObject({
			name: 'SignatureDoesNotMatch',
			status: 403,
		});
		expect(await awsError(wrong.s3.send(new ListBucketsCommand({})))).toMatchObject({
			name: 'SignatureDoesNotMatch',
			status: 403,
		});
	});

	it('refuses an unknown key with InvalidClientTokenId (IAM, STS) or InvalidAccessKeyId (S3)', async () => {
		const stranger = clientsFor(sandbox, {
			accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
			secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
		});
		const invalid = {
			name: 'InvalidClientTokenId',
			status: 403,
			message: 'The security token included in the request is invalid.',
		};
		expect(await awsError(stranger.sts.send(new GetCallerIdentityCommand({})))).toEqual(invalid);
		expect(await awsError(stranger.iam.send(new ListUsersCommand({})))).toEqual(invalid);
		expect(await awsError(stranger.s3.send(new ListBucketsCommand({})))).toEqual({
			name: 'InvalidAccessKeyId',
			status: 403,
			message: 'The AWS Access Key Id you provided does not exist in our records.',
		});
	});

	it('refuses a request with one byte changed after signing: body, signed header or path', async () => {
		const request = await signed(sandbox.endpoint, {
			service: 'sts',
			credentials: sandbox.credentials,
			body: CALLER_IDENTITY,
		});
		expect((await send(sandbox.endpoint, request)).status).toBe(200);
		const tampered = [
			{...request, body: CALLER_IDENTITY.replace('GetCallerIdentity', 'GetCallerIdentitz')},
			{
				...request,
				headers: {...request.headers, 'content-type': request.headers['content-type']!.replace('utf-8', 'utf-9')},
			},
			{...request, path: '/x'},
			{...request, query: {a: 'b'}},
		];
		for (const changed of tampered) {
			const response = await send(sandbox.endpoint, changed);
			expect(response.status).toBe(403);
			expect(errorOf(response).Code).toBe('SignatureDoesNotMatch');
		}
		// Headers that were not signed may change (proxies add them).
		expect(
			(await send(sandbox.endpoint, {...request, headers: {...request.headers, 'user-agent': 'other'}})).status,
		).toBe(200);
	});

	it('refuses a body that does not match its signed x-amz-content-sha256', async () => {
		const request = await signed(sandbox.endpoint, {
			service: 'iam',
			credentials: sandbox.credentials,
			body: 'Action=ListUsers&Version=2010-05-08',
		});
		expect((await send(sandbox.endpoint, request)).status).toBe(200);
		const response = await send(sandbox.endpoint, {...request, body: 'Action=ListUsers&Version=2010-05-09'});
		expect(errorOf(response).Code).toBe('SignatureDoesNotMatch');
	});

	it('refuses malformed Authorization headers with IncompleteSignature (Query) or AuthorizationHeaderMalformed (S3)', async () => {
		const headers = {
			authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20150830/us-east-1/sts/aws4_request',
			'x-amz-date': '20150830T123600Z',
			'content-type': 'application/x-www-form-urlencoded',
		};
		const query = await send(sandbox.endpoint, {method: 'POST', path: '/', headers, body: CALLER_IDENTITY});
		expect(query.status).toBe(400);
		expect(errorOf(query).Code).toBe('IncompleteSignature');
		expect(errorOf(query).Message).toContain("Authorization header requires 'SignedHeaders' parameter.");
		const s3 = await send(sandbox.endpoint, {
			method: 'GET',
			path: '/',
			headers: {...headers, authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/s3/aws4_request'},
		});
		expect(s3.status).toBe(400);
		expect(errorOf(s3).Code).toBe('AuthorizationHeaderMalformed');
	});

	it('refuses a session key without its token or with another token', async () => {
		const {Credentials} = await sandbox.admin.sts.send(new GetSessionTokenCommand({DurationSeconds: 900}));
		const session = {accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!};
		const invalid = {name: 'InvalidClientTokenId', status: 403};
		expect(await awsError(clientsFor(sandbox, session).sts.send(new GetCallerIdentityCommand({})))).toMatchObject(
			invalid,
		);
		const otherToken = clientsFor(sandbox, {...session, sessionToken: `${Credentials!.SessionToken!.slice(0, -2)}AA`});
		expect(await awsError(otherToken.sts.send(new GetCallerIdentityCommand({})))).toMatchObject(invalid);
		expect(await awsError(clientsFor(sandbox, session).s3.send(new ListBucketsCommand({})))).toMatchObject({
			name: 'InvalidAccessKeyId',
			status: 403,
		});
		const good = clientsFor(sandbox, {...session, sessionToken: Credentials!.SessionToken!});
		expect((await good.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(`arn:aws:iam::${sandbox.accountId}:root`);
	});

	it('says ExpiredToken once the session has expired', async () => {
		const {Credentials} = await sandbox.admin.sts.send(new GetSessionTokenCommand({DurationSeconds: 900}));
		const session = clientsFor(sandbox, {
			accessKeyId: Credentials!.AccessKeyId!,
			secretAccessKey: Credentials!.SecretAccessKey!,
			sessionToken: Credentials!.SessionToken!,
		});
		await session.sts.send(new GetCallerIdentityCommand({}));
		clock.advance(901_000);
		try {
			expect(await awsError(session.sts.send(new GetCallerIdentityCommand({})))).toEqual({
				name: 'ExpiredToken',
				status: 403,
				message: 'The security token included in the request is expired',
			});
			expect(await awsError(session.s3.send(new ListBucketsCommand({})))).toMatchObject({name: 'ExpiredToken'});
		} finally {
			clock.advance(-901_000);
		}
	});

	it('refuses requests signed more than 15 minutes away from the sandbox clock', async () => {
		// Own clients: the SDK learns the server's clock from the Date header of a skew error.
		const own = clientsFor(sandbox, sandbox.credentials);
		clock.advance(minutes(20));
		try {
			const late = await awsError(own.sts.send(new GetCallerIdentityCommand({})));
			expect(late.name).toBe('SignatureDoesNotMatch');
			expect(late.message).toMatch(
				/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
			);
			expect(await awsError(own.s3.send(new ListBucketsCommand({})))).toMatchObject({
				name: 'RequestTimeTooSkewed',
				status: 403,
			});
			clock.advance(minutes(-40));
			const early = await awsError(own.iam.send(new ListUsersCommand({})));
			expect(early.message).toMatch(
				/^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 15 min\.\)$/,
			);
		} finally {
			clock.advance(minutes(20));
		}
		clock.advance(minutes(14));
		try {
			expect((await clientsFor(sandbox, sandbox.credentials).sts.send(new GetCallerIdentityCommand({}))).Account).toBe(
				sandbox.accountId,
			);
		} finally {
			clock.advance(minutes(-14));
		}
	});

	it("explains AccessDenied with the caller's ARN, the action and whether a deny was explicit", async () => {
		await sandbox.admin.iam.send(new CreateUserCommand({UserName: 'denied'}));
		const {AccessKey} = await sandbox.admin.iam.send(new CreateAccessKeyCommand({UserName: 'denied'}));
		const user = clientsFor(sandbox, {
			accessKeyId: AccessKey!.AccessKeyId!,
			secretAccessKey: AccessKey!.SecretAccessKey!,
		});
		const arn = `arn:aws:iam::${sandbox.accountId}:user/denied`;
		const implicit = await awsError(user.iam.send(new ListUsersCommand({})));
		expect(implicit).toMatchObject({name: 'AccessDenied', status: 403});
		expect(implicit.message).toMatch(
			new RegExp(
				`^User: ${arn} is not authorized to perform: iam:ListUsers on resource: \\S+ because no identity-based policy allows the iam:ListUsers action$`,
			),
		);
		const policy = {
			Version: '2012-10-17',
			Statement: [
				{Effect: 'Allow', Action: 'iam:*', Resource: '*'},
				{Effect: 'Deny', Action: 'iam:ListUsers', Resource: '*'},
			],
		};
		await sandbox.admin.iam.send(
			new PutUserPolicyCommand({UserName: 'denied', PolicyName: 'deny', PolicyDocument: JSON.stringify(policy)}),
		);
		const explicit = await awsError(user.iam.send(new ListUsersCommand({})));
		expect(explicit.message).toMatch(
			new RegExp(
				`^User: ${arn} is not authorized to perform: iam:ListUsers on resource: \\S+ with an explicit deny in an identity-based policy$`,
			),
		);
		expect(await awsError(user.s3.send(new ListBucketsCommand({})))).toEqual({
			name: 'AccessDenied',
			status: 403,
			message: 'Access Denied',
		});
	});
});
