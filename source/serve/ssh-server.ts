import ssh2, {type Connection, type PseudoTtyInfo, type ServerChannel, type Session} from 'ssh2';
import type {LoadedDashboard} from '../app/boot/load-dashboard.js';
import {serveWords} from '../words/serve.js';
import {type AttendeeAuth, authenticate} from './attendee-auth.js';
import {type AttendeeLimits, type AttendeeRun, startAttendeeRun} from './attendee.js';
import {ChannelTerminal} from './channel-terminal.js';

/** A connection that has not authenticated and opened its terminal by then is dropped. */
const HANDSHAKE_TIMEOUT_MS = 30_000;
/** The same failure to accept is logged at most this often: out of descriptors, every new connection fails alike. */
const FAILURE_LOG_INTERVAL_MS = 10_000;

export interface ServeOptions extends AttendeeLimits {
	readonly host: string;
	readonly port: number;
	readonly hostKey: Buffer;
	readonly auth: AttendeeAuth;
	readonly maxAttendees: number;
	readonly dashboard: LoadedDashboard;
	readonly log: (line: string) => void;
}

export interface RunningServer {
	readonly port: number;
	/** The runs in progress, oldest first. */
	attendees(): readonly AttendeeRun[];
	/** Stops accepting, ends every run (teardown first) and waits for them. */
	stop(): Promise<void>;
}

/** ssh2 documents Connection#setNoDelay (its README, "Connection methods"); @types/ssh2 leaves it out. */
interface NagleControl {
	setNoDelay(noDelay: boolean): unknown;
}

/** Everything but the one interactive terminal: no exec, no subsystem (SFTP), no agent, X11 or env. */
function refuseExtras(session: Session): void {
	for (const event of ['exec', 'subsystem', 'auth-agent', 'x11', 'env', 'signal'] as const)
		session.on(event as 'exec', (_accept, reject) => reject?.());
}

/** No port forwarding either way, no Unix-socket forwarding: an attendee reaches nothing through us. */
function refuseForwarding(client: Connection): void {
	client.on('tcpip', (_accept, reject) => reject());
	client.on('openssh.streamlocal', (_accept, reject) => reject());
	client.on('request', (_accept, reject) => reject?.());
}

/** What every connection shares: the options, and the runs in progress. */
interface Room {
	readonly options: ServeOptions;
	readonly runs: Set<AttendeeRun>;
	/** Attendees so far, for the log's numbers. */
	joined: number;
}

/** The shell request: the attendee's run on its channel, or a line saying why not, and the channel's end. */
function startShell(
	room: Room,
	client: Connection,
	channel: ServerChannel,
	pty?: PseudoTtyInfo,
): ChannelTerminal | undefined {
	const {options, runs} = room;
	// The connection goes once the client has closed the channel: ended at once, the exit status
	// could be lost on the way (ssh then exits 255).
	channel.on('close', () => client.end());
	const finish = (code: number) => {
		channel.exit(code);
		channel.end();
	};
	if (pty === undefined || runs.size >= options.maxAttendees) {
		// A channel the client closed first refuses the write: that is this connection's end alone (a
		// run's channel is heard by its ChannelTerminal), where an unheard 'error' would end the process.
		channel.on('error', () => client.end());
		channel.write(pty === undefined ? serveWords.noTerminal : serveWords.full(options.maxAttendees));
		finish(1);
		return undefined;
	}
	const terminal = new ChannelTerminal(channel, pty);
	const run = startAttendeeRun(terminal, options.dashboard, options);
	const id = ++room.joined;
	runs.add(run);
	options.log(serveWords.attendeeJoined(id, runs.size));
	void run.done
		.catch(() => 1)
		.then((code) => {
			runs.delete(run);
			options.log(serveWords.attendeeLeft(id, runs.size));
			terminal.flush();
			if (!terminal.closed) finish(code);
		});
	return terminal;
}

/** The one session a connection may open: a pty, its size changes, and the shell that runs the demo. */
function serveSession(room: Room, client: Connection, session: Session, handshake: NodeJS.Timeout): void {
	refuseExtras(session);
	let pty: PseudoTtyInfo | undefined;
	let terminal: ChannelTerminal | undefined;
	session.on('pty', (acceptPty, _reject, info) => {
		pty = info;
		acceptPty?.();
	});
	session.on('window-change', (acceptChange, _reject, info) => {
		terminal?.resize(info.cols, info.rows);
		acceptChange?.();
	});
	session.on('shell', (acceptShell) => {
		clearTimeout(handshake);
		terminal = startShell(room, client, acceptShell(), pty);
	});
}

/** A new connection: authentication, nothing but one session, and dropped if it takes too long to get there. */
function welcome(room: Room, clients: Set<Connection>, client: Connection): void {
	clients.add(client);
	// Nagle's algorithm would hold each small write (a frame, ssh2's pieces of a packet) until the
	// client acknowledged the last one, and clients delay that acknowledgement (40 ms on Linux): a
	// keypress's frame reached OpenSSH 50-60 ms late instead of 10-15 ms. OpenSSH's sshd turns it off
	// for interactive sessions too.
	(client as Connection & NagleControl).setNoDelay(true);
	const handshake = setTimeout(() => client.end(), HANDSHAKE_TIMEOUT_MS);
	client.on('error', () => {});
	client.on('close', () => {
		clearTimeout(handshake);
		clients.delete(client);
	});
	client.on('authentication', (context) => authenticate(room.options.auth, context));
	refuseForwarding(client);
	let sessions = 0;
	client.on('session', (accept, reject) => {
		// One terminal per connection: a second session (ssh's multiplexing) is refused.
		if (++sessions > 1) return reject();
		serveSession(room, client, accept(), handshake);
	});
}

/**
 * What the listening server does with its own 'error': once it listens, that is a connection the
 * kernel queued that could not be accepted (EMFILE when the process has no descriptor left). That
 * connection is lost; the room is not. Unheard, the error would end the process, and with it every
 * attendee's run before its teardown. It is said to the room, once per kind of failure and interval.
 */
function logAcceptFailures(log: (line: string) => void): (error: NodeJS.ErrnoException) => void {
	let last: {kind: string; at: number} | undefined;
	return (error) => {
		const kind = error.code ?? error.message;
		const now = Date.now();
		if (last?.kind === kind && now - last.at < FAILURE_LOG_INTERVAL_MS) return;
		last = {kind, at: now};
		log(serveWords.acceptFailed(error.message));
		if (error.code === 'EMFILE' || error.code === 'ENFILE') log(serveWords.outOfDescriptors);
	};
}

/**
 * `sts-mfa serve --ssh`: an SSH server (the ssh2 package) whose only service is the dashboard, one
 * run per connection, each on its own embedded sandbox.
 */
export async function startSshServer(options: ServeOptions): Promise<RunningServer> {
	const room: Room = {options, runs: new Set(), joined: 0};
	const {runs} = room;
	const clients = new Set<Connection>();
	const server = new ssh2.Server({hostKeys: [options.hostKey], ident: 'sts-mfa'}, (client) =>
		welcome(room, clients, client),
	);
	// Connections beyond this are refused by the kernel's accept queue, before any SSH work.
	server.maxConnections = options.maxAttendees * 2 + 8;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	server.on('error', logAcceptFailures(options.log));
	const address = server.address();
	return {
		port: typeof address === 'object' && address !== null ? address.port : options.port,
		attendees: () => [...runs],
		async stop() {
			server.close();
			const ending = [...runs].map((run) => {
				run.quit();
				return run.done.catch(() => 1);
			});
			await Promise.all(ending);
			for (const client of clients) client.end();
		},
	};
}
