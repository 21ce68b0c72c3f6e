import ssh2 from 'ssh2';
import {renderDashboard, wrapToWidth} from '../../../source/app/render.js';
import type {AttendeeAuth} from '../../../source/serve/attendee-auth.js';
import {newHostKey} from '../../../source/serve/host-key.js';
import {type RunningServer, type ServeOptions, startSshServer} from '../../../source/serve/ssh-server.js';

/*
 * The SSH server in the test's own process, so a test can reach each attendee's run and sandbox,
 * and ssh2's client as an attendee: for what OpenSSH does not let a test see or do.
 */

/** A room on loopback (port 0), with the dashboard from source; what it logs goes into `logged`. */
export function serveRoom(
	logged: string[],
	auth: AttendeeAuth = {kind: 'none'},
	limits: Partial<ServeOptions> = {},
): Promise<RunningServer> {
	return startSshServer({
		host: '127.0.0.1',
		port: 0,
		hostKey: Buffer.from(newHostKey()),
		auth,
		maxAttendees: 50,
		idleMs: 600_000,
		maxRequests: 2_000,
		dashboard: {renderDashboard, wrapToWidth, saveCodeCache: async () => false},
		log: (line) => logged.push(line),
		...limits,
	});
}

/** An authenticated connection to the room. */
export function connect(port: number, options: Partial<ssh2.ConnectConfig> = {}): Promise<ssh2.Client> {
	return new Promise((resolve, reject) => {
		const client = new ssh2.Client();
		client.on('ready', () => resolve(client)).on('error', reject);
		client.connect({host: '127.0.0.1', port, username: 'attendee', ...options});
	});
}

/** The attendee's terminal (80x24): its channel, with the dashboard's output coming out of it. */
export function shell(client: ssh2.Client): Promise<ssh2.ClientChannel> {
	return new Promise((resolve, reject) =>
		client.shell({term: 'xterm-256color', cols: 80, rows: 24}, (error, stream) =>
			error ? reject(error) : resolve(stream),
		),
	);
}
