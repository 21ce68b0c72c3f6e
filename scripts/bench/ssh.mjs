// `sts-mfa serve --ssh` under a room's load, all on loopback: the built CLI serves, this process's
// ssh2 clients are the attendees (50 OpenSSH processes would measure OpenSSH). Runs alone too:
// `node scripts/bench/ssh.mjs` after a build.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import ssh2 from 'ssh2';
import {startInPty} from './pty.mjs';
import {runWholeDemo} from './ssh-demo.mjs';
import {formatTable, median} from './table.mjs';

/** The picker is the first frame an attendee gets; its status bar is its last line. */
const FIRST_FRAME = /choose a scenario[\s\S]*\? help/;
/**
 * What changes on screen when the help opens (its closing line), and when it closes: the status bar
 * offers the help again, on the picker as on the summary.
 */
const HELP_OPENED = 'Esc to close';
const HELP_CLOSED = '? help';
/** Each attendee's terminal. */
const SIZE = {cols: 100, rows: 30};

/** The process's resident memory now (VmRSS), or at its highest so far (VmHWM), in MB. */
function rssMb(pid, field = 'VmRSS') {
	const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
	return kb / 1024;
}

async function startServer(cli, env) {
	const state = mkdtempSync(join(tmpdir(), 'sts-mfa-bench-ssh-'));
	const child = spawn(process.execPath, [cli, 'serve', '--ssh', '--port', '0', '--max-attendees', '60'], {
		env: {...process.env, ...env, STS_MFA_STATE_DIR: state},
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let output = '';
	const port = await new Promise((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			output += chunk;
			const found = /on 127\.0\.0\.1:(\d+)/.exec(output);
			if (found) resolve(Number(found[1]));
		});
		child.on('exit', () => reject(new Error(`serve --ssh ended: ${output.trim()}`)));
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	return {
		port,
		pid: child.pid,
		async stop() {
			child.kill('SIGINT');
			await exited;
			rmSync(state, {recursive: true, force: true});
		},
	};
}

/** One attendee: connects, opens a terminal, and resolves once the first frame is whole. */
function attend(port) {
	return new Promise((resolve, reject) => {
		const client = new ssh2.Client();
		let handshakeAt = 0;
		let screen = '';
		let fresh = '';
		const received = [];
		const waiters = [];
		client.on('handshake', () => (handshakeAt = performance.now()));
		client.on('error', reject);
		// OpenSSH (and PuTTY) turn Nagle's algorithm off for an interactive session; ssh2's client does
		// not, and hands the socket each packet in three pieces, so every key would wait for the server's
		// delayed acknowledgement (40 ms on Linux). An attendee's client sends a key at once.
		client.on('ready', () => client.setNoDelay(true));
		client.on('ready', () =>
			client.shell({term: 'xterm-256color', ...SIZE}, (error, stream) => {
				if (error) return reject(error);
				stream.on('data', (data) => {
					received.push(data);
					screen += data.toString();
					fresh += data.toString();
					for (const waiter of waiters.splice(0)) waiter();
					if (FIRST_FRAME.test(screen) && handshakeAt > 0) {
						const firstFrameMs = performance.now() - handshakeAt;
						handshakeAt = 0;
						screen = '';
						resolve({
							client,
							stream,
							firstFrameMs,
							/** All its terminal received so far. */
							get transcript() {
								return Buffer.concat(received);
							},
							/** Sends `key`, resolves once output since then contains `marker`. */
							async press(key, marker) {
								fresh = '';
								stream.write(key);
								while (!fresh.includes(marker)) await new Promise((more) => waiters.push(more));
							},
						});
					}
				});
			}),
		);
		client.connect({host: '127.0.0.1', port, username: 'bench'});
	});
}

/** `?` opens and closes the help: the time from each key to the frame that shows the change. */
async function keyLatencies(attendee, toggles) {
	const latencies = [];
	for (let toggle = 0; toggle < toggles; toggle++) {
		const started = performance.now();
		await attendee.press('?', toggle % 2 === 0 ? HELP_OPENED : HELP_CLOSED);
		latencies.push(performance.now() - started);
	}
	return latencies;
}

function sshAvailable() {
	try {
		execFileSync('ssh', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

/** The real OpenSSH client in a pty, as an attendee types: `?` toggles, from the key to the frame. */
async function openSshLatencies(port, toggles) {
	const options = ['-F', '/dev/null', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null'];
	const argv = ['ssh', '-tt', ...options, '-o', 'LogLevel=ERROR', '-p', String(port), 'bench@127.0.0.1'];
	const pty = startInPty(argv, SIZE);
	const latencies = [];
	try {
		await pty.waitFor((output) => FIRST_FRAME.test(output), {timeout: 30_000});
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		for (let toggle = 0; toggle < toggles; toggle++) {
			const marker = toggle % 2 === 0 ? HELP_OPENED : HELP_CLOSED;
			const from = pty.output.length;
			const sentAt = pty.send('?');
			latencies.push((await pty.waitFor((output) => output.includes(marker), {from})) - sentAt);
		}
	} finally {
		await pty.stop('q');
	}
	return latencies;
}

/**
 * `count` more attendees, one connecting after another, then each running the whole demo (all at
 * once) to its summary, where they stay: the memory an attendee holds is that of a run that made
 * and proved everything, not of a picker waiting for its first key.
 */
async function crowd(port, count) {
	const attendees = [];
	for (let index = 0; index < count; index++) attendees.push(await attend(port));
	await Promise.all(attendees.map((attendee) => runWholeDemo(attendee, SIZE)));
	// Let what the demos left in flight (teardown's last frames, sockets closing) settle before measuring.
	await new Promise((resolve) => setTimeout(resolve, 2_000));
	return attendees;
}

async function firstFrames(port, count) {
	const times = [];
	for (let index = 0; index < count; index++) {
		const attendee = await attend(port);
		times.push(attendee.firstFrameMs);
		attendee.client.end();
	}
	return times;
}

export async function sshRows(cli, env, progress = () => {}) {
	const server = await startServer(cli, env);
	try {
		// The base: listening, the dashboard loaded and warmed up (serve's own run before it listens), no attendee yet.
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		const base = rssMb(server.pid);
		const perAttendee = {};
		const room = [];
		let alone = [];
		for (const count of [1, 10, 50]) {
			progress(`serve --ssh: memory with ${count} attendees`);
			room.push(...(await crowd(server.port, count - room.length)));
			perAttendee[count] = (rssMb(server.pid) - base) / count;
			if (count === 1) alone = await keyLatencies(room[0], 20);
		}
		const peak = rssMb(server.pid, 'VmHWM');
		progress('serve --ssh: keypress to frame with 50 attendees (20 toggles of the help, 5 attendees)');
		const keys = [];
		for (const attendee of room.slice(0, 5)) keys.push(...(await keyLatencies(attendee, 20)));
		progress('serve --ssh: the same with the OpenSSH client in a pty (20 toggles, one more attendee)');
		const openSsh = sshAvailable() ? median(await openSshLatencies(server.port, 20)) : undefined;
		for (const attendee of room) attendee.client.end();
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		progress('serve --ssh: handshake to first frame (10 attendees in turn)');
		const first = median(await firstFrames(server.port, 10));
		const key = median(keys);
		return [
			{name: 'serve --ssh: handshake to first frame', value: first, unit: 'ms', note: 'loopback, ssh2 client'},
			...[1, 10, 50].map((count) => ({
				name: `  memory per attendee, ${count} connected`,
				value: perAttendee[count],
				unit: 'MB',
				target: '<= 20 MB',
				pass: perAttendee[count] <= 20,
				note: {
					1: `RSS above the listening server's ${base.toFixed(0)} MB, each at its summary`,
					10: 'each ran the whole demo (`a` for codes) on its own sandbox',
					50: `the server's RSS at its highest: ${peak.toFixed(0)} MB`,
				}[count],
			})),
			{
				name: '  keypress to frame, 1 connected',
				value: median(alone),
				unit: 'ms',
				note: '? toggles the help, on the summary',
			},
			{name: '  keypress to frame, 50 connected', value: key, unit: 'ms', target: '<= 50 ms', pass: key <= 50},
			{
				name: '  the same, OpenSSH client in a pty',
				value: openSsh,
				unit: 'ms',
				target: '<= 50 ms',
				pass: openSsh === undefined ? undefined : openSsh <= 50,
				note: openSsh === undefined ? 'ssh is not installed' : 'what attendees use',
			},
		];
	} finally {
		await server.stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const rows = await sshRows('dist/cli.js', {}, (text) => process.stderr.write(`bench: ${text}\n`));
	console.log(formatTable(rows));
	process.exit(rows.some((row) => row.pass === false) ? 1 : 0);
}
