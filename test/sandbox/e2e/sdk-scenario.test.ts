import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	DeactivateMFADeviceCommand,
	DeleteAccessKeyCommand,
	DeleteUserCommand,
	DeleteUserPolicyCommand,
	DeleteVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
	ListUsersCommand,
	PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {ListBucketsCommand} from '@aws-sdk/client-s3';
import {GetCallerIdentityCommand, GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {authenticator, awsError, clientsFor, type Credentials, useSdkSandbox} from './clients.js';

const POLICY = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Allow',
			Action: 's3:ListAllMyBuckets',
			Resource: '*',
			Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
		},
	],
});

describe('the seed scenario with the AWS SDK v3 over HTTP', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;

	it('denies long-term keys and MFA-less sessions, lists buckets with MFA, and tears down in order', async () => {
		const userName = 'demo-user';
		const {User} = await sandbox.admin.iam.send(new CreateUserCommand({UserName: userName, Path: '/sts-mfa/'}));
		expect(User?.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/sts-mfa/${userName}`);
		expect(User?.CreateDate).toBeInstanceOf(Date);

		const {VirtualMFADevice} = await sandbox.admin.iam.send(
			new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: userName}),
		);
		const serial = VirtualMFADevice!.SerialNumber!;
		expect(serial).toBe(`arn:aws:iam::${sandbox.accountId}:mfa/${userName}`);
		const code = authenticator(VirtualMFADevice!.Base32StringSeed);
		const wrong = await awsError(
			sandbox.admin.iam.send(
				new EnableMFADeviceCommand({
					UserName: userName,
					SerialNumber: serial,
					AuthenticationCode1: '000000',
					AuthenticationCode2: '000000',
				}),
			),
		);
		expect(wrong).toMatchObject({name: 'InvalidAuthenticationCodeException', status: 403});
		const now = clock.now();
		await sandbox.admin.iam.send(
			new EnableMFADeviceCommand({
				UserName: userName,
				SerialNumber: serial,
				AuthenticationCode1: code(now),
				AuthenticationCode2: code(now + 30_000),
			}),
		);

		const {AccessKey} = await sandbox.admin.iam.send(new CreateAccessKeyCommand({UserName: userName}));
		await sandbox.admin.iam.send(
			new PutUserPolicyCommand({UserName: userName, PolicyName: 'list-buckets-with-mfa', PolicyDocument: POLICY}),
		);
		const user = clientsFor(sandbox, {
			accessKeyId: AccessKey!.AccessKeyId!,
			secretAccessKey: AccessKey!.SecretAccessKey!,
		});

		expect(await awsError(user.s3.send(new ListBucketsCommand({})))).toMatchObject({name: 'AccessDenied', status: 403});

		const withoutMfa = await user.sts.send(new GetSessionTokenCommand({DurationSeconds: 900}));
		const plainSession = clientsFor(sandbox, sessionCredentials(withoutMfa.Credentials));
		expect(await awsError(plainSession.s3.send(new ListBucketsCommand({})))).toMatchObject({
			name: 'AccessDenied',
			status: 403,
		});
		expect(await awsError(plainSession.iam.send(new ListUsersCommand({})))).toMatchObject({
			name: 'InvalidClientTokenId',
			status: 403,
		});

		// The enabling codes were used; a fresh one comes with the next time step.
		clock.advance(60_000);
		const withMfa = await user.sts.send(
			new GetSessionTokenCommand({SerialNumber: serial, TokenCode: code(clock.now())}),
		);
		expect(withMfa.Credentials?.Expiration).toBeInstanceOf(Date);
		const mfaSession = clientsFor(sandbox, sessionCredentials(withMfa.Credentials));
		const {Buckets} = await mfaSession.s3.send(new ListBucketsCommand({}));
		expect(Buckets?.length).toBeGreaterThan(0);
		expect(Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);
		const identity = await mfaSession.sts.send(new GetCallerIdentityCommand({}));
		expect(identity.Arn).toBe(User?.Arn);
		expect(await awsError(mfaSession.sts.send(new GetSessionTokenCommand({})))).toMatchObject({
			name: 'AccessDenied',
			status: 403,
		});

		expect(await awsError(sandbox.admin.iam.send(new DeleteUserCommand({UserName: userName})))).toMatchObject({
			name: 'DeleteConflictException',
			status: 409,
		});
		expect(
			await awsError(sandbox.admin.iam.send(new DeleteVirtualMFADeviceCommand({SerialNumber: serial}))),
		).toMatchObject({
			name: 'DeleteConflictException',
			status: 409,
		});

		await sandbox.admin.iam.send(
			new DeleteUserPolicyCommand({UserName: userName, PolicyName: 'list-buckets-with-mfa'}),
		);
		await sandbox.admin.iam.send(
			new DeleteAccessKeyCommand({UserName: userName, AccessKeyId: AccessKey!.AccessKeyId!}),
		);
		await sandbox.admin.iam.send(new DeactivateMFADeviceCommand({UserName: userName, SerialNumber: serial}));
		await sandbox.admin.iam.send(new DeleteVirtualMFADeviceCommand({SerialNumber: serial}));
		await sandbox.admin.iam.send(new DeleteUserCommand({UserName: userName}));
		const {Users} = await sandbox.admin.iam.send(new ListUsersCommand({}));
		expect(Users).toEqual([]);
		expect(await awsError(user.sts.send(new GetCallerIdentityCommand({})))).toMatchObject({
			name: 'InvalidClientTokenId',
			status: 403,
		});
	});
});

function sessionCredentials(
	credentials: {AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string} | undefined,
): Credentials {
	return {
		accessKeyId: credentials!.AccessKeyId!,
		secretAccessKey: credentials!.SecretAccessKey!,
		sessionToken: credentials!.SessionToken!,
	};
}
