import {HOTP, Secret as OtpSecret} from 'otpauth';
import type {IamService} from '../../source/aws/types.js';
import type {RunningSandbox} from '../../source/sandbox/index.js';
import {journalDocument} from './journals.js';

/**
 * What a run that crashed after its last create leaves: user, enabled device, key, policy (and its journal
 * records). The seed and the key's secret are pushed to `secrets` so a test can search output for them.
 */
export async function leaveARunBehind(iam: IamService, sandbox: RunningSandbox, runId: string, secrets: string[] = []) {
	const names = {
		userName: `sts-mfa-demo-${runId}`,
		deviceName: `sts-mfa-demo-${runId}`,
		policyName: 'sts-mfa-require-mfa',
	};
	const tags = [
		{key: 'sts-mfa:run', value: runId},
		{key: 'sts-mfa:created-by', value: 'sts-mfa'},
	];
	await iam.createUser({userName: names.userName, path: '/sts-mfa/', tags});
	const device = await iam.createVirtualMfaDevice({deviceName: names.deviceName, path: '/sts-mfa/', tags});
	const step = Math.floor(Date.now() / 30_000);
	const code = (counter: number) => HOTP.generate({secret: OtpSecret.fromBase32(device.seed.reveal()), counter});
	await iam.enableMfaDevice({
		userName: names.userName,
		serialNumber: device.serialNumber,
		code1: code(step - 1),
		code2: code(step),
	});
	const key = await iam.createAccessKey(names.userName);
	const policyDocument = JSON.stringify({
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
	await iam.putUserPolicy({userName: names.userName, policyName: names.policyName, policyDocument});
	secrets.push(device.seed.reveal(), key.secretAccessKey.reveal());
	const journal = journalDocument(
		runId,
		[
			['created', 'user', names.userName],
			['created', 'virtualMfaDevice', device.serialNumber],
			['intended', 'accessKey', names.userName],
			['created', 'accessKey', key.accessKeyId],
			['created', 'userPolicy', names.policyName],
		],
		{target: {kind: 'endpoint', region: sandbox.region, endpoint: sandbox.endpoint}, account: sandbox.accountId},
	);
	return {...names, serialNumber: device.serialNumber, accessKeyId: key.accessKeyId, journal};
}

/** Every user and virtual MFA device the sandbox holds. */
export async function sandboxHoldings(iam: IamService): Promise<string[]> {
	const users = await iam.listUsers('/');
	const devices = await iam.listVirtualMfaDevices();
	return [...users.map((user) => `user:${user.userName}`), ...devices.map((device) => `device:${device.serialNumber}`)];
}
