import {readFile} from 'node:fs/promises';
import {writeOwnerOnlyFile} from '../../owner-only-file.js';
import {SessionError} from './errors.js';
import {sectionSettings, withSectionSettings} from './ini-file.js';
import type {CachedSession} from './session.js';

/** The settings a session profile holds; any other setting or comment in its section is the user's and stays. */
const SESSION_KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'aws_security_token'];

async function readOptional(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
		throw error;
	}
}

/**
 * A section with an access key but no session token holds someone's long-term keys: overwriting
 * them with a session that lapses in hours would lose them for good.
 */
function refuseLongTermKeys(text: string, profile: string, file: string): void {
	const settings = sectionSettings(text, profile);
	if (settings.has('aws_access_key_id') && !settings.has('aws_session_token')) {
		throw new SessionError(
			'WouldOverwriteLongTermKeys',
			`[${profile}] in ${file} holds long-term access keys; sts-mfa will not replace them with a session. Name another profile for the session, e.g. --write-profile ${profile}-mfa`,
			{usage: true},
		);
	}
}

/** Refuses, before a code is spent, a target section that holds long-term keys. */
export async function checkSessionProfileTarget(file: string, profile: string): Promise<void> {
	refuseLongTermKeys(await readOptional(file), profile, file);
}

/**
 * Writes the session into the shared credentials file as profile `profile`: atomically (a reader
 * never sees half a file), owner-only, with every other line as it was.
 */
export async function writeSessionProfile(file: string, profile: string, session: CachedSession): Promise<void> {
	const before = await readOptional(file);
	refuseLongTermKeys(before, profile, file);
	const after = withSectionSettings(
		before,
		profile,
		[
			['aws_access_key_id', session.accessKeyId],
			['aws_secret_access_key', session.secretAccessKey.reveal()],
			['aws_session_token', session.sessionToken.reveal()],
		],
		SESSION_KEYS,
	);
	await writeOwnerOnlyFile(file, after);
}
