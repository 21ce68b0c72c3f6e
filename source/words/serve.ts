/* What `sts-mfa serve --ssh` says: to the person running the room, and to each attendee. */

export const serveWords = {
	needsSsh: "serve needs --ssh (the one way it serves today): 'sts-mfa serve --ssh'",
	needsAuth: (host: string) =>
		`refusing to listen on ${host} without authentication: anyone who can reach it could start runs. Add --password-file FILE or --authorized-keys FILE, or use a loopback address (127.0.0.1)`,
	bothAuth: '--password-file and --authorized-keys cannot be used together: pick one',
	emptyPassword: (file: string) => `${file} holds no password (its first line is empty)`,
	noKeys: (file: string) => `${file} holds no public key sts-mfa can read`,
	unsafeFile: (file: string, why: string) => `cannot use ${file}: ${why}`,
	hostKeyUnusable: (file: string, why: string) => `cannot use the host key ${file}: ${why}`,
	listening: (address: string) => `sts-mfa: serving the demo over SSH on ${address}`,
	fingerprint: (fingerprint: string) => `host key fingerprint: ED25519 ${fingerprint}`,
	attendeesType: (command: string) => `attendees type: ${command}`,
	checkFingerprint: 'they check that the fingerprint their ssh shows on first connection is the one above',
	authNote: {
		none: 'loopback only: no authentication',
		password: 'password authentication (the password in --password-file)',
		keys: 'public-key authentication (keys in --authorized-keys)',
	},
	stopHint: 'Ctrl-C stops the server (every attendee run is torn down first)',
	stopping: 'sts-mfa: stopping: tearing down every attendee run…',
	attendeeJoined: (id: number, count: number) => `attendee ${id} joined (${count} connected)`,
	attendeeLeft: (id: number, count: number) => `attendee ${id} left (${count} connected)`,
	full: (limit: number) =>
		`The workshop is full (${limit === 1 ? '1 attendee' : `${limit} attendees`} at once). Try again when someone has finished.\r\n`,
	noTerminal: 'sts-mfa needs a terminal: connect with ssh -t (a pseudo-terminal), not a command.\r\n',
	idle: (duration: string) => `No key for ${duration}: this run ended (teardown first).`,
	budget: (limit: number) =>
		`This run reached ${limit} requests, the most one attendee may make: it ended there (teardown first).`,
};

export const SERVE_HELP = `Usage: sts-mfa serve --ssh [options]

Serves the dashboard over SSH for a workshop: everyone in the room types one ssh command and gets
their own run, sized to their terminal, on their own embedded sandbox (their own 12-digit account
id and administrator keys, discarded when they disconnect). Nothing else is served: no shell, no
commands, no port or agent forwarding, no SFTP. The host key (ed25519) is made once and kept
owner-only in the state directory; its fingerprint is printed at start for attendees to check.

  --ssh                     serve over SSH (required)
  --host HOST               address to listen on (default 127.0.0.1); any address other than a
                            loopback one needs --password-file or --authorized-keys
  --port N                  port (default 2222; 0 picks a free one)
  --password-file FILE      attendees log in with the password on FILE's first line (owner-only file)
  --authorized-keys FILE    attendees log in with one of the public keys in FILE (authorized_keys format)
  --max-attendees N         runs at once (default 50); the next attendee is told the room is full
  --idle-timeout DURATION   a run with no key for this long ends, teardown first (default 15m)
  -h, --help                this help

Attendees type: ssh -p PORT HOST (any user name). Ctrl-C or closing ssh ends their run after its
teardown; Ctrl-C here stops the server after every run's teardown.`;
