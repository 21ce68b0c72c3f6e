import type {SessionFormat} from './args.js';
import {placeVariables, type SessionPlace} from './place.js';
import type {CachedSession} from './session.js';

/** A value a POSIX shell's `eval` reads back as exactly itself. */
function shellQuoted(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** The variables a session puts in a command's environment (the AWS SDKs and CLIs read all of them). */
export function sessionVariables(session: CachedSession): Record<string, string> {
	return {
		AWS_ACCESS_KEY_ID: session.accessKeyId,
		AWS_SECRET_ACCESS_KEY: session.secretAccessKey.reveal(),
		AWS_SESSION_TOKEN: session.sessionToken.reveal(),
		AWS_CREDENTIAL_EXPIRATION: session.expiration.toISOString(),
	};
}

/**
 * The session as the user asked for it; this is the one place that prints the secrets, because
 * printing them is what the command is for.
 */
export function formatSession(session: CachedSession, format: SessionFormat, place: SessionPlace): string {
	switch (format) {
		case 'env':
			return `${Object.entries({...sessionVariables(session), ...placeVariables(place)})
				.map(([name, value]) => `export ${name}=${shellQuoted(value)}`)
				.join('\n')}\n`;
		case 'json':
			return `${JSON.stringify(
				{
					AccessKeyId: session.accessKeyId,
					SecretAccessKey: session.secretAccessKey.reveal(),
					SessionToken: session.sessionToken.reveal(),
					Expiration: session.expiration.toISOString(),
					SerialNumber: session.serialNumber,
				},
				null,
				2,
			)}\n`;
		case 'credential-process':
			// The shape the SDKs and CLIs read from a credential_process command (Version 1).
			return `${JSON.stringify({
				Version: 1,
				AccessKeyId: session.accessKeyId,
				SecretAccessKey: session.secretAccessKey.reveal(),
				SessionToken: session.sessionToken.reveal(),
				Expiration: session.expiration.toISOString(),
			})}\n`;
	}
}
