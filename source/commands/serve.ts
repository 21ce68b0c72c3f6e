import envPaths from 'env-paths';
import type {LoadedDashboard} from '../app/boot/load-dashboard.js';
import {makeDirectory} from '../make-directory.js';
import {attendeeAuth, isLoopback} from '../serve/attendee-auth.js';
import type {ServeArgs} from '../serve/args.js';
import {loadHostKey} from '../serve/host-key.js';
import {startSshServer} from '../serve/ssh-server.js';
import {warmUp} from '../serve/warm-up.js';
import {serveWords} from '../words/serve.js';

/** Requests one attendee's run may make of its sandbox: the longest demo with retries needs under 200. */
const MAX_REQUESTS_PER_ATTENDEE = 2_000;

export interface ServeEnvironment {
	/** The dashboard loader (it must stay in dist/cli.js: cli.tsx hands it over, as for `session`). */
	readonly loadDashboard: () => Promise<LoadedDashboard>;
	readonly log?: (line: string) => void;
	/** Resolves when the server should stop (default: SIGINT or SIGTERM). */
	readonly stopped?: Promise<unknown>;
}

/** sts-mfa's state directory: STS_MFA_STATE_DIR, or the platform's per-user data directory. */
export function stateDirectory(): string {
	return process.env.STS_MFA_STATE_DIR || envPaths('sts-mfa', {suffix: ''}).data;
}

/**
 * The first SIGINT or SIGTERM. Its listener goes only once every other listener has heard that
 * signal: the dashboard's signal-exit re-raises a signal when it finds itself its only listener, and
 * a listener gone before it runs (process.once) would make it so, ending the process mid-teardown.
 * A second Ctrl-C still ends the process at once.
 */
function untilSignal(): Promise<unknown> {
	return new Promise((resolve) => {
		const heard = (signal: NodeJS.Signals) => {
			resolve(signal);
			setImmediate(() => {
				process.off('SIGINT', heard);
				process.off('SIGTERM', heard);
			});
		};
		process.on('SIGINT', heard);
		process.on('SIGTERM', heard);
	});
}

function connectCommand(host: string, port: number): string {
	const shown = host === '0.0.0.0' || host === '::' ? serveWords.thisMachine : host.includes(':') ? `[${host}]` : host;
	return port === 22 ? `ssh ${shown}` : `ssh -p ${port} ${shown}`;
}

/** `sts-mfa serve --ssh`: listens until Ctrl-C, then ends every run (teardown first) and exits 0. */
export async function serveCommand(args: ServeArgs, environment: ServeEnvironment): Promise<number> {
	const log = environment.log ?? ((line: string) => process.stdout.write(`${line}\n`));
	// Refused before anything is made or listens: a room reachable by anyone, without a password.
	const auth = attendeeAuth(args.host, args.passwordFile, args.authorizedKeys);
	const state = stateDirectory();
	await makeDirectory(state);
	const hostKey = await loadHostKey(state);
	const dashboard = await environment.loadDashboard();
	// What every attendee's run uses, loaded once for the room before anyone connects: the first
	// attendee no longer pays for it (about 20 MB and its start-up), and no attendee waits for it.
	await Promise.all([import('../sandbox/index.js'), import('../aws/index.js'), import('../aws/sdk.js')]);
	// Each dashboard listens for the process's exit to give its terminal back.
	process.setMaxListeners(args.maxAttendees * 4 + 32);
	const limits = {idleMs: args.idleMs, maxRequests: MAX_REQUESTS_PER_ATTENDEE};
	// Heard from here on: a Ctrl-C during the warm-up ends it (its run torn down) and the room never opens.
	let stopRequested = false;
	const stopped = (environment.stopped ?? untilSignal()).then(() => {
		stopRequested = true;
	});
	// A run nobody watches compiles what every run draws and calls, before anyone connects. The room
	// opens once that run has ended, not while it tears down.
	await warmUp(dashboard, limits, {stopped});
	if (stopRequested) {
		log(serveWords.stopping);
		return 0;
	}
	// The code cache then holds that too, for the next start of the room (and of sts-mfa run).
	void dashboard.saveCodeCache().catch(() => false);
	const server = await startSshServer({
		...args,
		hostKey: hostKey.privateKey,
		auth,
		dashboard,
		...limits,
		log,
	});
	const where = args.host.includes(':') ? `[${args.host}]:${server.port}` : `${args.host}:${server.port}`;
	log(serveWords.listening(where));
	log(serveWords.fingerprint(hostKey.fingerprint));
	log(serveWords.attendeesType(connectCommand(args.host, server.port)));
	log(serveWords.checkFingerprint);
	log(
		serveWords.authNote[
			isLoopback(args.host) && auth.kind === 'none' ? 'none' : auth.kind === 'password' ? 'password' : 'keys'
		],
	);
	log(serveWords.stopHint);
	await stopped;
	log(serveWords.stopping);
	await server.stop();
	return 0;
}
