import {
	AssumeRoleCommand,
	GetCallerIdentityCommand,
	GetSessionTokenCommand,
	type Credentials,
	type STSClient,
} from '@aws-sdk/client-sts';
import {Secret} from '../secret.js';
import {toAwsError} from './map-error.js';
import type {SessionCredentials, StsService} from './types.js';

function toSession(credentials: Credentials | undefined): SessionCredentials {
	return {
		accessKeyId: credentials?.AccessKeyId ?? '',
		secretAccessKey: new Secret(credentials?.SecretAccessKey ?? ''),
		sessionToken: new Secret(credentials?.SessionToken ?? ''),
		expiration: credentials?.Expiration ?? new Date(0),
	};
}

export function createStsService(client: STSClient): StsService {
	return {
		async getCallerIdentity(signal) {
			try {
				const output = await client.send(new GetCallerIdentityCommand({}), {abortSignal: signal});
				return {account: output.Account ?? '', arn: output.Arn ?? '', userId: output.UserId ?? ''};
			} catch (error) {
				throw toAwsError(error, 'sts', 'GetCallerIdentity', signal);
			}
		},
		async getSessionToken({durationSeconds, serialNumber, tokenCode}, signal) {
			try {
				const output = await client.send(
					new GetSessionTokenCommand({
						DurationSeconds: durationSeconds,
						SerialNumber: serialNumber,
						TokenCode: tokenCode,
					}),
					{abortSignal: signal},
				);
				return toSession(output.Credentials);
			} catch (error) {
				throw toAwsError(error, 'sts', 'GetSessionToken', signal);
			}
		},
		async assumeRole({roleArn, roleSessionName, durationSeconds, serialNumber, tokenCode}, signal) {
			try {
				const input = {
					RoleArn: roleArn,
					RoleSessionName: roleSessionName,
					DurationSeconds: durationSeconds,
					SerialNumber: serialNumber,
					TokenCode: tokenCode,
				};
				const output = await client.send(new AssumeRoleCommand(input), {abortSignal: signal});
				return {...toSession(output.Credentials), assumedRoleArn: output.AssumedRoleUser?.Arn ?? ''};
			} catch (error) {
				throw toAwsError(error, 'sts', 'AssumeRole', signal);
			}
		},
	};
}
