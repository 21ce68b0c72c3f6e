import {inspect} from 'node:util';
import {
	CreateAccessKeyCommand,
	CreateVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
	IAMClient,
	InvalidAuthenticationCodeException,
	ListUsersCommand,
	SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {ListBucketsCommand, S3Client} from '@aws-sdk/client-s3';
import {GetSessionTokenCommand, STSClient} from '@aws-sdk/client-sts';
import {mockClient} from 'aws-sdk-client-mock';
import {afterEach, describe, expect, it} from 'vitest';
import {createIamService} from '../../source/aws/iam.js';
import {createS3Service} from '../../source/aws/s3.js';
import {createStsService} from '../../source/aws/sts.js';
import {Secret} from '../../source/secret.js';

const iamMock = mockClient(IAMClient);
const stsMock = mockClient(STSClient);
const s3Mock = mockClient(S3Client);
afterEach(() => {
	iamMock.reset();
	stsMock.reset();
	s3Mock.reset();
});

const iam = () => createIamService(new IAMClient({region: 'us-east-1'}));

describe('IAM adapter', () => {
	it('follows ListUsers pagination across pages', async () => {
		iamMock
			.on(ListUsersCommand, {PathPrefix: '/sts-mfa/', Marker: undefined})
			.resolves({
				Users: [{UserName: 'a', UserId: 'A', Arn: 'arn:a', Path: '/sts-mfa/', CreateDate: new Date()}],
				IsTruncated: true,
				Marker: 'm1',
			})
			.on(ListUsersCommand, {PathPrefix: '/sts-mfa/', Marker: 'm1'})
			.resolves({
				Users: [{UserName: 'b', UserId: 'B', Arn: 'arn:b', Path: '/sts-mfa/', CreateDate: new Date()}],
				IsTruncated: false,
			});
		const users = await iam().listUsers('/sts-mfa/');
		expect(users.map((u) => u.userName)).toEqual(['a', 'b']);
		expect(iamMock.commandCalls(ListUsersCommand)).toHaveLength(2);
	});

	it('wraps the MFA seed in a Secret as soon as it arrives', async () => {
		iamMock.on(CreateVirtualMFADeviceCommand).resolves({
			VirtualMFADevice: {
				SerialNumber: 'arn:aws:iam::123456789012:mfa/sts-mfa/dev',
				Base32StringSeed: new TextEncoder().encode('JBSWY3DPEHPK3PXP'),
			},
		});
		const device = await iam().createVirtualMfaDevice({
			deviceName: 'dev',
			path: '/sts-mfa/',
			tags: [{key: 'k', value: 'v'}],
		});
		expect(device.serialNumber).toBe('arn:aws:iam::123456789012:mfa/sts-mfa/dev');
		expect(device.seed).toBeInstanceOf(Secret);
		expect(device.seed.reveal()).toBe('JBSWY3DPEHPK3PXP');
		expect(JSON.stringify(device)).not.toContain('JBSWY3DPEHPK3PXP');
		expect(inspect(device)).not.toContain('JBSWY3DPEHPK3PXP');
		expect(iamMock.commandCalls(CreateVirtualMFADeviceCommand)[0]?.args[0].input).toEqual({
			VirtualMFADeviceName: 'dev',
			Path: '/sts-mfa/',
			Tags: [{Key: 'k', Value: 'v'}],
		});
	});

	it('wraps the new secret access key', async () => {
		iamMock.on(CreateAccessKeyCommand).resolves({
			AccessKey: {UserName: 'u', AccessKeyId: 'AKIAEXAMPLE', SecretAccessKey: 'very-secret', Status: 'Active'},
		});
		const key = await iam().createAccessKey('u');
		expect(key.accessKeyId).toBe('AKIAEXAMPLE');
		expect(String(key.secretAccessKey)).toBe('[redacted]');
		expect(key.secretAccessKey.reveal()).toBe('very-secret');
	});

	it('maps a refused MFA code to invalidMfaCode', async () => {
		iamMock.on(EnableMFADeviceCommand).rejects(
			new InvalidAuthenticationCodeException({
				message: 'Authentication code for device is not valid.',
				$metadata: {},
			}),
		);
		await expect(
			iam().enableMfaDevice({userName: 'u', serialNumber: 's', code1: '123456', code2: '654321'}),
		).rejects.toMatchObject({
			kind: 'invalidMfaCode',
			awsCode: 'InvalidAuthenticationCode',
			operation: 'EnableMFADevice',
		});
	});

	it('sends simulator context entries and reads decisions', async () => {
		iamMock.on(SimulatePrincipalPolicyCommand).resolves({
			EvaluationResults: [{EvalActionName: 's3:ListAllMyBuckets', EvalDecision: 'allowed'}],
			IsTruncated: false,
		});
		const results = await iam().simulatePrincipalPolicy({
			policySourceArn: 'arn:aws:iam::1:user/u',
			actions: ['s3:ListAllMyBuckets'],
			contextEntries: [{key: 'aws:MultiFactorAuthPresent', type: 'boolean', values: ['true']}],
		});
		expect(results).toEqual([{action: 's3:ListAllMyBuckets', decision: 'allowed'}]);
		expect(iamMock.commandCalls(SimulatePrincipalPolicyCommand)[0]?.args[0].input.ContextEntries).toEqual([
			{ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyType: 'boolean', ContextKeyValues: ['true']},
		]);
	});
});

describe('STS and S3 adapters', () => {
	it('wraps session secrets and passes the MFA serial and code', async () => {
		const expiration = new Date(Date.now() + 900_000);
		stsMock.on(GetSessionTokenCommand).resolves({
			Credentials: {
				AccessKeyId: 'ASIAEXAMPLE',
				SecretAccessKey: 'session-secret',
				SessionToken: 'session-token',
				Expiration: expiration,
			},
		});
		const session = await createStsService(new STSClient({region: 'us-east-1'})).getSessionToken({
			durationSeconds: 900,
			serialNumber: 'arn:mfa',
			tokenCode: '123456',
		});
		expect(session.accessKeyId).toBe('ASIAEXAMPLE');
		expect(session.expiration).toEqual(expiration);
		expect(JSON.stringify(session)).not.toMatch(/session-secret|session-token/);
		expect(session.sessionToken.reveal()).toBe('session-token');
		expect(stsMock.commandCalls(GetSessionTokenCommand)[0]?.args[0].input).toEqual({
			DurationSeconds: 900,
			SerialNumber: 'arn:mfa',
			TokenCode: '123456',
		});
	});

	it('follows ListBuckets continuation tokens', async () => {
		s3Mock
			.on(ListBucketsCommand, {ContinuationToken: undefined})
			.resolves({Buckets: [{Name: 'one'}], ContinuationToken: 't1'})
			.on(ListBucketsCommand, {ContinuationToken: 't1'})
			.resolves({Buckets: [{Name: 'two'}]});
		const buckets = await createS3Service(new S3Client({region: 'us-east-1'})).listBuckets();
		expect(buckets.map((b) => b.name)).toEqual(['one', 'two']);
	});
});
