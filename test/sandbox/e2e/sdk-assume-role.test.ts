import {
	AttachRolePolicyCommand,
	CreateAccessKeyCommand,
	CreatePolicyCommand,
	CreateRoleCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	DeleteRoleCommand,
	EnableMFADeviceCommand,
	ListUsersCommand,
	PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {ListBucketsCommand} from '@aws-sdk/client-s3';
import {AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {authenticator, awsError, clientsFor, useSdkSandbox} from './clients.js';

/** AWS's assume_role_mfa example (aws-doc-sdk-examples), step by step, with the AWS SDK v3. */
describe('AssumeRole with MFA over HTTP', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;

	async function setUp() {
		const {User} = await sandbox.admin.iam.send(new CreateUserCommand({UserName: 'mfa-user'}));
		const {VirtualMFADevice} = await sandbox.admin.iam.send(
			new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: 'mfa-user'}),
		);
		const serial = VirtualMFADevice!.SerialNumber!;
		const code = authenticator(VirtualMFADevice!.Base32StringSeed);
		const at = clock.now();
		await sandbox.admin.iam.send(
			new EnableMFADeviceCommand({
				UserName: 'mfa-user',
				SerialNumber: serial,
				AuthenticationCode1: code(at - 30_000),
				AuthenticationCode2: code(at),
			}),
		);
		const trust = {
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Principal: {AWS: User!.Arn},
					Action: 'sts:AssumeRole',
					Condition: {Bool: {'aws:MultiFactorAuthPresent': true}},
				},
			],
		};
		const {Role} = await sandbox.admin.iam.send(
			new CreateRoleCommand({RoleName: 'mfa-role', AssumeRolePolicyDocument: JSON.stringify(trust)}),
		);
		const listBuckets = {
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::*'}],
		};
		const {Policy} = await sandbox.admin.iam.send(
			new CreatePolicyCommand({PolicyName: 'list-buckets', PolicyDocument: JSON.stringify(listBuckets)}),
		);
		await sandbox.admin.iam.send(new AttachRolePolicyCommand({RoleName: 'mfa-role', PolicyArn: Policy!.Arn}));
		const assume = {
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: 'sts:AssumeRole', Resource: Role!.Arn}],
		};
		await sandbox.admin.iam.send(
			new PutUserPolicyCommand({UserName: 'mfa-user', PolicyName: 'assume', PolicyDocument: JSON.stringify(assume)}),
		);
		const {AccessKey} = await sandbox.admin.iam.send(new CreateAccessKeyCommand({UserName: 'mfa-user'}));
		const user = clientsFor(sandbox, {
			accessKeyId: AccessKey!.AccessKeyId!,
			secretAccessKey: AccessKey!.SecretAccessKey!,
		});
		return {user, serial, code, roleArn: Role!.Arn!, userArn: User!.Arn!};
	}

	it('is denied without MFA, lists buckets as the role with it, and the role cannot be deleted while attached', async () => {
		const {user, serial, code, roleArn, userArn} = await setUp();
		expect(roleArn).toBe(`arn:aws:iam::${sandbox.accountId}:role/mfa-role`);

		const denied = await awsError(user.sts.send(new AssumeRoleCommand({RoleArn: roleArn, RoleSessionName: 'demo'})));
		expect(denied).toEqual({
			name: 'AccessDenied',
			status: 403,
			message: `User: ${userArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
		});
		const wrong = await awsError(
			user.sts.send(
				new AssumeRoleCommand({RoleArn: roleArn, RoleSessionName: 'demo', SerialNumber: serial, TokenCode: '000000'}),
			),
		);
		expect(wrong.message).toMatch(/invalid MFA one time pass code/);

		clock.advance(30_000); // the enabling codes are spent
		const tokenCode = code(clock.now());
		const issuedFrom = clock.now();
		const {Credentials, AssumedRoleUser} = await user.sts.send(
			new AssumeRoleCommand({RoleArn: roleArn, RoleSessionName: 'demo', SerialNumber: serial, TokenCode: tokenCode}),
		);
		expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
		// One hour by default, as AWS.
		expect(Credentials?.Expiration?.getTime()).toBeGreaterThanOrEqual(issuedFrom + 3600_000);
		expect(Credentials?.Expiration?.getTime()).toBeLessThanOrEqual(clock.now() + 3600_000);
		expect(AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${sandbox.accountId}:assumed-role/mfa-role/demo`);
		expect(AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z0-9]{17}:demo$/);
		// The code is spent: the same one again is refused.
		const replay = await awsError(
			user.sts.send(
				new AssumeRoleCommand({RoleArn: roleArn, RoleSessionName: 'again', SerialNumber: serial, TokenCode: tokenCode}),
			),
		);
		expect(replay.name).toBe('AccessDenied');

		const role = clientsFor(sandbox, {
			accessKeyId: Credentials!.AccessKeyId!,
			secretAccessKey: Credentials!.SecretAccessKey!,
			sessionToken: Credentials!.SessionToken!,
		});
		const caller = await role.sts.send(new GetCallerIdentityCommand({}));
		expect({Arn: caller.Arn, UserId: caller.UserId}).toEqual({
			Arn: AssumedRoleUser?.Arn,
			UserId: AssumedRoleUser?.AssumedRoleId,
		});
		expect((await role.s3.send(new ListBucketsCommand({}))).Buckets).toHaveLength(3);
		// The role may list buckets, nothing else; and a role session cannot get a session token.
		expect((await awsError(role.iam.send(new ListUsersCommand({})))).name).toBe('AccessDenied');
		expect(await awsError(role.sts.send(new GetSessionTokenCommand({})))).toMatchObject({
			name: 'AccessDenied',
			message: 'Cannot call GetSessionToken with session credentials',
		});
		expect((await awsError(user.s3.send(new ListBucketsCommand({})))).name).toBe('AccessDenied');

		expect(await awsError(sandbox.admin.iam.send(new DeleteRoleCommand({RoleName: 'mfa-role'})))).toEqual({
			name: 'DeleteConflictException',
			status: 409,
			message: 'Cannot delete entity, must detach all policies first.',
		});
	});
});
