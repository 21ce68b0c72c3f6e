import {CreateBucketCommand, S3Client} from '@aws-sdk/client-s3';
import {HOTP, Secret as OtpSecret} from 'otpauth';
import type {IamService} from '../../../../source/aws/types.js';
import {adminServices} from '../../../support/sandbox.js';

/** The sandbox as its administrator sees it: to make users and devices, and a bucket to list. */
export interface SandboxAdmin {
	readonly endpoint: string;
	readonly accountId: string;
	readonly iam: IamService;
	createBucket(name: string): Promise<void>;
}

export async function sandboxAdmin(env: Readonly<Record<string, string>>): Promise<SandboxAdmin> {
	const credentials = {accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY!};
	const endpoint = env.AWS_ENDPOINT_URL!;
	const services = await adminServices({region: 'us-east-1', endpoint, credentials});
	const identity = await services.sts().getCallerIdentity();
	return {
		endpoint,
		accountId: identity.account,
		iam: services.iam(),
		async createBucket(name) {
			const s3 = new S3Client({region: 'us-east-1', endpoint, credentials, forcePathStyle: true});
			await s3.send(new CreateBucketCommand({Bucket: name}));
			s3.destroy();
		},
	};
}

export interface MfaUser {
	readonly userName: string;
	readonly arn: string;
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly devices: readonly {serialNumber: string; seed: string}[];
}

/** A user whose policy allows ListBuckets only with MFA (and listing its own MFA devices), with `deviceCount` enabled devices. */
export async function createMfaUser(admin: SandboxAdmin, userName: string, deviceCount: number): Promise<MfaUser> {
	const user = await admin.iam.createUser({userName, path: '/', tags: []});
	await admin.iam.putUserPolicy({
		userName,
		policyName: 'buckets-with-mfa',
		policyDocument: JSON.stringify({
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Action: 's3:ListAllMyBuckets',
					Resource: '*',
					Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
				},
				{Effect: 'Allow', Action: 'iam:ListMFADevices', Resource: user.arn},
			],
		}),
	});
	const devices = [];
	for (let index = 0; index < deviceCount; index++) {
		const device = await admin.iam.createVirtualMfaDevice({deviceName: `${userName}-${index}`, path: '/', tags: []});
		const seed = device.seed.reveal();
		const step = Math.floor(Date.now() / 30_000);
		const code = (counter: number) => HOTP.generate({secret: OtpSecret.fromBase32(seed), counter});
		await admin.iam.enableMfaDevice({
			userName,
			serialNumber: device.serialNumber,
			code1: code(step - 1),
			code2: code(step),
		});
		devices.push({serialNumber: device.serialNumber, seed});
	}
	const key = await admin.iam.createAccessKey(userName);
	return {
		userName,
		arn: user.arn,
		accessKeyId: key.accessKeyId,
		secretAccessKey: key.secretAccessKey.reveal(),
		devices,
	};
}
