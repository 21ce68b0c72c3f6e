import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import {SessionError} from './errors.js';
import {userEnvironment} from '../../own-environment.js';
import {withoutChain} from './loop.js';
import {sessionVariables} from './output.js';
import {placeVariables, type SessionPlace} from './place.js';
import type {CachedSession} from './session.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

// Variables that would make the command pick other credentials than the session's.
const REMOVED = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_SECURITY_TOKEN'];
/**
 * Every signal whose default action would end sts-mfa and that a process may catch: ended, sts-mfa
 * would leave the command orphaned. (SIGKILL and SIGSTOP cannot be caught; SIGSEGV and its kind
 * are faults of sts-mfa itself; Node ignores SIGPIPE; SIGIO is SIGPOLL on Linux: one listener.)
 */
const FORWARDED = [
	'SIGINT',
	'SIGTERM',
	'SIGHUP',
	'SIGQUIT',
	'SIGUSR1',
	'SIGUSR2',
	'SIGALRM',
	'SIGVTALRM',
	'SIGPROF',
	'SIGIO',
	'SIGPWR',
	'SIGXCPU',
	'SIGXFSZ',
	'SIGTRAP',
	'SIGABRT',
	'SIGSYS',
	'SIGSTKFLT',
	'SIGLOST',
	'SIGINFO',
].filter((signal): signal is NodeJS.Signals => signal in constants.signals);

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
	const result: NodeJS.ProcessEnv = withoutChain(userEnvironment(env));
	for (const name of REMOVED) delete result[name];
	return {...result, ...sessionVariables(session), ...placeVariables(place)};
}

/** Some platforms refuse a listener for some signals; those are left as they are. */
function listen(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): boolean {
	try {
		process.on(signal, handler);
		return true;
	} catch {
		return false;
	}
}

/** Runs the command with the session and resolves with its exit status (128 + n after signal n, as shells report). */
export function execWithSession(
	command: readonly string[],
	session: CachedSession,
	place: SessionPlace,
): Promise<number> {
	return new Promise((resolve, reject) => {
		// A Ctrl-C reaches the command from the terminal itself; a signal sent to us alone is passed on.
		// Listening before the command starts: one sent as soon as it runs must find the listener
		// (an unheard SIGUSR1 would open Node's debugger, the others end sts-mfa).
		let child: ReturnType<typeof spawn> | undefined;
		const forward = (signal: NodeJS.Signals) => child?.kill(signal);
		const listening = FORWARDED.filter((signal) => listen(signal, forward));
		child = spawn(command[0]!, command.slice(1), {
			stdio: 'inherit',
			env: execEnvironment(session, place, process.env),
		});
		const done = () => {
			for (const signal of listening) process.off(signal, forward);
		};
		child.once('error', (error: NodeJS.ErrnoException) => {
			done();
			reject(
				new SessionError(
					'ExecFailed',
					error.code === 'ENOENT'
						? SESSION_ERRORS.execNotFound(command[0]!)
						: SESSION_ERRORS.execCouldNotStart(command[0]!, error.message),
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
