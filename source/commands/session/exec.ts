import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import {SessionError} from './errors.js';
import {sessionVariables} from './output.js';
import type {CachedSession} from './session.js';

// Variables that would make the command pick other credentials than the session's.
const REMOVED = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_SECURITY_TOKEN'];
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/**
 * The command's environment: ours, without the profile (the session replaces it), with the
 * session's keys, and with the region and endpoint the session was made for, so the command talks
 * to the same place. AWS_REGION is for the SDKs; AWS CLI v1 reads AWS_DEFAULT_REGION.
 */
export function execEnvironment(session: CachedSession, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const result: NodeJS.ProcessEnv = {...env};
	for (const name of REMOVED) delete result[name];
	Object.assign(result, sessionVariables(session));
	if (session.region) {
		result.AWS_REGION ??= session.region;
		result.AWS_DEFAULT_REGION ??= session.region;
	}
	if (session.endpoint && !env.AWS_ENDPOINT_URL) result.AWS_ENDPOINT_URL = session.endpoint;
	return result;
}

/** Runs the command with the session and resolves with its exit status (128 + n after signal n, as shells report). */
export function execWithSession(command: readonly string[], session: CachedSession): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command[0]!, command.slice(1), {stdio: 'inherit', env: execEnvironment(session, process.env)});
		// A Ctrl-C reaches the command from the terminal itself; a signal sent to us alone is passed on.
		const forward = (signal: NodeJS.Signals) => child.kill(signal);
		for (const signal of FORWARDED) process.on(signal, forward);
		const done = () => {
			for (const signal of FORWARDED) process.off(signal, forward);
		};
		child.once('error', (error: NodeJS.ErrnoException) => {
			done();
			reject(
				new SessionError(
					'ExecFailed',
					error.code === 'ENOENT'
						? `'${command[0]}' was not found on PATH`
						: `'${command[0]}' could not start: ${error.message}`,
					{usage: error.code === 'ENOENT'},
				),
			);
		});
		child.once('exit', (status, signal) => {
			done();
			resolve(status ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
		});
	});
}
