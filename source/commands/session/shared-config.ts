import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {sectionSettings} from './ini-file.js';

/*
 * What the session command reads from the AWS shared files itself, without the SDK: enough to
 * name the session in the cache (profile, its static key id, mfa_serial, endpoint_url) so that a
 * cached answer never loads the SDK. The SDK still resolves the real source credentials on a miss.
 */

export interface SharedFiles {
	readonly config: string;
	readonly credentials: string;
}

/** Where the SDKs and the AWS CLI look: AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws. */
export function sharedFiles(env: NodeJS.ProcessEnv = process.env): SharedFiles {
	const home = env.HOME || homedir();
	return {
		config: env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
		credentials: env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
	};
}

/** The profile the SDK's chain would use: --profile, AWS_PROFILE, or none (environment, then default). */
export function profileName(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
	return explicit ?? (env.AWS_PROFILE || undefined);
}

export interface ProfileSettings {
	readonly mfaSerial?: string;
	readonly endpointUrl?: string;
	readonly region?: string;
	/** The profile's long-term key id in the credentials file, when it has one. */
	readonly staticAccessKeyId?: string;
}

async function readOptional(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch {
		return '';
	}
}

export async function readProfileSettings(profile: string, files: SharedFiles): Promise<ProfileSettings> {
	const [config, credentials] = await Promise.all([readOptional(files.config), readOptional(files.credentials)]);
	const inConfig = new Map([
		...(profile === 'default' ? sectionSettings(config, 'default') : []),
		...sectionSettings(config, `profile ${profile}`),
	]);
	const inCredentials = sectionSettings(credentials, profile);
	const setting = (key: string) => inCredentials.get(key) || inConfig.get(key) || undefined;
	return {
		mfaSerial: setting('mfa_serial'),
		endpointUrl: inConfig.get('endpoint_url') || undefined,
		region: inConfig.get('region') || undefined,
		staticAccessKeyId: setting('aws_access_key_id'),
	};
}
