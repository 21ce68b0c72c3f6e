import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	DeactivateMFADeviceCommand,
	EnableMFADeviceCommand,
	PutUserPolicyCommand,
	SimulateCustomPolicyCommand,
	SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {ListBucketsCommand} from '@aws-sdk/client-s3';
import {GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {DUO_ERA_POLICY, FIXED_POLICY, USER_GUIDE_POLICY} from '../../../source/scenario/scenarios/stolen-key.js';
import {authenticator, awsError, clientsFor, useSdkSandbox} from './clients.js';
import {adminServices} from '../../support/sandbox.js';

/*
 * The stolen-key story at the API level, against the sandbox: what the scenario's steps do, proven
 * call by call. The attacker holds only a user's access key.
 */

describe('a stolen access key against the self-manage policy, the 2023 guard and a fix', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;

	/** A user with the given policy and an access key: what the attacker steals. */
	async function userWithKey(userName: string, policy: object) {
		const {User} = await sandbox.admin.iam.send(new CreateUserCommand({UserName: userName}));
		await sandbox.admin.iam.send(
			new PutUserPolicyCommand({UserName: userName, PolicyName: 'self-manage', PolicyDocument: JSON.stringify(policy)}),
		);
		const {AccessKey} = await sandbox.admin.iam.send(new CreateAccessKeyCommand({UserName: userName}));
		const key = {accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey!};
		return {arn: User!.Arn!, key, attacker: clientsFor(sandbox, key)};
	}

	/** Creates a virtual device with the given client and enables it for the user with two fresh codes. */
	async function enrol(client: ReturnType<typeof clientsFor>, userName: string, deviceName: string) {
		const {VirtualMFADevice} = await client.iam.send(
			new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: deviceName}),
		);
		const code = authenticator(VirtualMFADevice!.Base32StringSeed);
		const serial = VirtualMFADevice!.SerialNumber!;
		const enabling = {
			UserName: userName,
			SerialNumber: serial,
			AuthenticationCode1: code(clock.now()),
			AuthenticationCode2: code(clock.now() + 30_000),
		};
		clock.advance(60_000);
		return {serial, code, enable: () => client.iam.send(new EnableMFADeviceCommand(enabling))};
	}

	/** The simulator's decision; ${aws:username} is a context entry the caller supplies, as on AWS. */
	async function simulated(source: {arn: string} | object, action: string, userName: string) {
		const resource = `arn:aws:iam::${sandbox.accountId}:user/${userName}`;
		const input = {
			ActionNames: [action],
			ResourceArns: [resource],
			ContextEntries: [
				{ContextKeyName: 'aws:username', ContextKeyType: 'string' as const, ContextKeyValues: [userName]},
			],
		};
		const answer =
			'arn' in source
				? await sandbox.admin.iam.send(
						new SimulatePrincipalPolicyCommand({...input, PolicySourceArn: source.arn as string}),
					)
				: await sandbox.admin.iam.send(
						new SimulateCustomPolicyCommand({...input, PolicyInputList: [JSON.stringify(source)]}),
					);
		return answer.EvaluationResults?.[0]?.EvalDecision;
	}

	it('refuses what the guard covers, lets the first-device gap through, and the fix refuses it', async () => {
		const victim = await userWithKey('victim', DUO_ERA_POLICY);
		const own = await enrol(sandbox.admin, 'victim', 'victim');
		await own.enable();

		// The attacker removes the victim's device: the policy allows it (Duo's gap), the guard refuses it.
		const deactivate = new DeactivateMFADeviceCommand({UserName: 'victim', SerialNumber: own.serial});
		expect(await awsError(victim.attacker.iam.send(deactivate))).toMatchObject({name: 'AccessDenied', status: 403});
		expect(await simulated(victim, 'iam:DeactivateMFADevice', 'victim')).toBe('allowed');
		expect(await simulated(USER_GUIDE_POLICY, 'iam:DeactivateMFADevice', 'victim')).toBe('explicitDeny');

		// A second device of the attacker's own: created (the policy allows it), refused when enabled.
		const second = await enrol(victim.attacker, 'victim', 'attacker-second');
		expect(await awsError(second.enable())).toMatchObject({name: 'AccessDenied', status: 403});
		expect(await awsError(victim.attacker.s3.send(new ListBucketsCommand({})))).toMatchObject({name: 'AccessDenied'});

		// The gap: a user whose key leaks before their first device. The attacker's device becomes theirs.
		const newcomer = await userWithKey('newcomer', DUO_ERA_POLICY);
		expect(await awsError(newcomer.attacker.s3.send(new ListBucketsCommand({})))).toMatchObject({name: 'AccessDenied'});
		const taken = await enrol(newcomer.attacker, 'newcomer', 'attacker-first');
		await taken.enable();
		const session = await newcomer.attacker.sts.send(
			new GetSessionTokenCommand({SerialNumber: taken.serial, TokenCode: taken.code(clock.now())}),
		);
		const stolen = clientsFor(sandbox, {
			accessKeyId: session.Credentials!.AccessKeyId!,
			secretAccessKey: session.Credentials!.SecretAccessKey!,
			sessionToken: session.Credentials!.SessionToken!,
		});
		expect((await stolen.s3.send(new ListBucketsCommand({}))).Buckets?.length).toBeGreaterThan(0);

		// The fix, on a third user: the same enrolment with the key alone is denied by the policy.
		const fixed = await userWithKey('fixed', FIXED_POLICY);
		const createDevice = new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: 'attacker-fixed'});
		expect(await awsError(fixed.attacker.iam.send(createDevice))).toMatchObject({name: 'AccessDenied'});
		expect(await simulated(fixed, 'iam:EnableMFADevice', 'fixed')).toBe('explicitDeny');

		// Detection: each attack call is in the event history, found by the key that made it.
		const trail = (await adminServices(sandbox)).trail();
		const byVictimKey = await trail.lookupEvents({attribute: {key: 'AccessKeyId', value: victim.key.accessKeyId}});
		const seen = byVictimKey.records.map((record) => [
			record.eventName,
			record.errorCode ?? 'ok',
			record.userIdentity.mfaAuthenticated ?? 'absent',
		]);
		expect(seen).toEqual(
			expect.arrayContaining([
				['DeactivateMFADevice', 'AccessDenied', 'absent'],
				['EnableMFADevice', 'AccessDenied', 'absent'],
				['CreateVirtualMFADevice', 'ok', 'absent'],
			]),
		);
		const bySession = await trail.lookupEvents({
			attribute: {key: 'AccessKeyId', value: session.Credentials!.AccessKeyId!},
		});
		expect(bySession.records.map((record) => [record.eventName, record.userIdentity.mfaAuthenticated])).toEqual([
			['ListBuckets', 'true'],
		]);
	});
});
