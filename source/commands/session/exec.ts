import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import {SessionError} from './errors.js';
import {userEnvironment} from '../../own-environment.js';
import {sessionVariables} from './output.js';
import {placeVariables, type SessionPlace} from './place.js';
import type {CachedSession} from './session.js';

// Variables that would make the command pick other credentials than the session's.
const REMOVED = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_SECURITY_TOKEN'];
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/**
 * The command's environment: the user's (without what sts-mfa set for itself), without the profile
 * (the session replaces it), with the session's keys, and with the region and endpoint of the
 * profile as it is now, so the command talks to the same place.
 */
export function execEnvironment(
	session: CachedSession,
	place: SessionPlace,
	env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
	const result: NodeJS.ProcessEnv = userEnvironment(env);
	for (const name of REMOVED) delete result[name];
	return {...result, ...sessionVariables(session), ...placeVariables(place)};
}

/** Runs the command with the session and resolves with its exit status (128 + n after signal n, as shells report). */
export function execWithSession(
	command: readonly string[],
	session: CachedSession,
	place: SessionPlace,
): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command[0]!, command.slice(1), {
			stdio: 'inherit',
			env: execEnvironment(session, place, process.env),
		});
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
