import {GetCallerIdentityCommand, GetSessionTokenCommand, type STSClient} from '@aws-sdk/client-sts';
import {Secret} from '../secret.js';
import {toAwsError} from './map-error.js';
import type {StsService} from './types.js';

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
				const credentials = output.Credentials;
				return {
					accessKeyId: credentials?.AccessKeyId ?? '',
					secretAccessKey: new Secret(credentials?.SecretAccessKey ?? ''),
					sessionToken: new Secret(credentials?.SessionToken ?? ''),
					expiration: credentials?.Expiration ?? new Date(0),
				};
			} catch (error) {
				throw toAwsError(error, 'sts', 'GetSessionToken', signal);
			}
		},
	};
}
