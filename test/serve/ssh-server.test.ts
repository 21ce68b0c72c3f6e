import {execFileSync} from 'node:child_process';
import {Socket} from 'node:net';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {IAMClient, ListUsersCommand} from '@aws-sdk/client-iam';
import type ssh2 from 'ssh2';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {RunningSandbox} from '../../source/sandbox/index.js';
import {type AttendeeAuth, attendeeAuth} from '../../source/serve/attendee-auth.js';
import type {RunningServer, ServeOptions} from '../../source/serve/ssh-server.js';
import {sshArgs, sshAvailable} from '../e2e/support/ssh.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../e2e/support/terminal.js';
import {ScratchDirs} from '../support/scratch.js';
import {waitUntil} from '../support/wait-until.js';
import {connect, serveRoom, shell} from './support/room.js';

/*
 * The SSH server in this process, so a test can reach each attendee's run and sandbox: the real
 * OpenSSH client for what attendees do, ssh2's client for what only a hostile client would try.
 */

const withOpenSsh = sshAvailable() && tmuxAvailable();
if (!withOpenSsh)
	console.warn('ssh or tmux is not installed: the attendee isolation tests are skipped (CI installs both).');

const scratch = new ScratchDirs();
let server: RunningServer | undefined;
const logged: string[] = [];

async function serve(auth: AttendeeAuth = {kind: 'none'}, limits: Partial<ServeOptions> = {}): Promise<RunningServer> {
	server = await serveRoom(logged, auth, limits);
	return server;
}

afterEach(async () => {
	await killAllTerminals();
	await server?.stop();
	server = undefined;
	await scratch.removeAll();
});

function iamOf(sandbox: RunningSandbox, endpoint = sandbox.endpoint): IAMClient {
	return new IAMClient({endpoint, region: 'us-east-1', credentials: sandbox.credentials, maxAttempts: 1});
}

/** Chooses session-token and runs the first step (the demo user): its ARN names the account. */
async function createUser(terminal: Terminal): Promise<string> {
	await terminal.waitFor('Which scenario?', {timeout: 30_000});
	await terminal.press('Enter');
	await terminal.waitFor('Press Enter to start', {timeout: 30_000});
	await terminal.press('Enter');
	const screen = await terminal.waitFor(/ARN: arn:aws:iam::\d{12}:user/, {timeout: 30_000});
	return /ARN: arn:aws:iam::(\d{12})/.exec(screen)![1]!;
}

describe.skipIf(!withOpenSsh)('attendees over OpenSSH', () => {
	it('each has an account of their own: different ids on screen, and neither can read the other', async () => {
		const {port, attendees} = await serve();
		const first = await Terminal.start(sshArgs(port, ['-t']), {cols: 120, rows: 40});
		const second = await Terminal.start(sshArgs(port, ['-t']), {cols: 120, rows: 40});
		const [firstAccount, secondAccount] = await Promise.all([createUser(first), createUser(second)]);
		expect(firstAccount).not.toBe(secondAccount);
		const sandboxes = await Promise.all(attendees().map((run) => run.sandbox));
		expect(sandboxes.map((sandbox) => sandbox.accountId).sort()).toEqual([firstAccount, secondAccount].sort());
		const [a, b] = sandboxes as [RunningSandbox, RunningSandbox];
		const users = await iamOf(a).send(new ListUsersCommand({PathPrefix: '/sts-mfa/'}));
		expect(users.Users).toHaveLength(1);
		// A's administrator keys mean nothing to B's account.
		await expect(iamOf(a, b.endpoint).send(new ListUsersCommand({}))).rejects.toMatchObject({
			name: 'InvalidClientTokenId',
		});
	}, 90_000);

	it('offers the attendee no flag, which an ssh client cannot pass: not on the picker, not when the terminal is too small', async () => {
		const {port} = await serve();
		const terminal = await Terminal.start(sshArgs(port, ['-t']), {cols: 100, rows: 30});
		const picker = await terminal.waitFor('Which scenario?', {timeout: 30_000});
		expect(picker).not.toContain('--scenario');
		await terminal.resize(60, 20);
		const tooSmall = await terminal.waitFor('Terminal too small: 60×20', {timeout: 30_000});
		expect(tooSmall).toContain('enlarge the window.');
		expect(tooSmall).not.toContain('--plain');
	}, 60_000);

	it('killing the client mid-run tears that run down, then discards its sandbox', async () => {
		const {port, attendees} = await serve();
		const terminal = await Terminal.start(sshArgs(port, ['-t']), {cols: 100, rows: 30});
		await createUser(terminal);
		const [run] = attendees();
		const sandbox = await run!.sandbox;
		terminal.signalProgram('SIGKILL');
		await run!.done;
		const {teardown} = run!.state();
		expect(teardown.items.length).toBeGreaterThan(0);
		expect(teardown.items.every((item) => item.status === 'done')).toBe(true);
		await expect(iamOf(sandbox).send(new ListUsersCommand({}))).rejects.toThrow();
		await waitUntil('the log to say the attendee left', () =>
			logged.some((line) => line === 'attendee 1 left (0 connected)'),
		);
	}, 60_000);

	it('with --authorized-keys, lets in only a listed key', async () => {
		const dir = scratch.makeSync('sts-mfa-serve-keys-');
		for (const name of ['listed', 'other'])
			execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, name)]);
		const authorized = join(dir, 'authorized_keys');
		writeFileSync(authorized, execFileSync('cat', [join(dir, 'listed.pub')]), {mode: 0o600});
		const {port} = await serve(attendeeAuth('127.0.0.1', undefined, authorized));
		const other = await Terminal.start(sshArgs(port, ['-t', '-i', join(dir, 'other'), '-o', 'IdentitiesOnly=yes']), {
			cols: 80,
			rows: 24,
		});
		expect(await other.waitForExit({timeout: 30_000})).toBe(255);
		const listed = await Terminal.start(sshArgs(port, ['-t', '-i', join(dir, 'listed'), '-o', 'IdentitiesOnly=yes']), {
			cols: 80,
			rows: 24,
		});
		await listed.waitFor('Which scenario?', {timeout: 20_000});
	}, 60_000);
});

describe('what a key brings back', () => {
	const SYNC_ON = '\u001B[?2026h';
	const SYNC_OFF = '\u001B[?2026l';

	it('the frame a key brings reaches the attendee whole, in one SSH message, with nothing else pressed or ticking', async () => {
		const {port} = await serve();
		const client = await connect(port);
		try {
			const channel = await shell(client);
			const messages: string[] = [];
			channel.on('data', (data: Buffer) => messages.push(data.toString()));
			await waitUntil('the picker', () => messages.join('').includes('Which scenario?'));
			const before = messages.length;
			channel.write('?');
			await waitUntil('the help', () => messages.slice(before).some((message) => message.includes('Esc to close')));
			// Ink draws it as three writes (synchronized output on, the frame, off): one packet, not three.
			const help = messages.slice(before).find((message) => message.includes('Esc to close'))!;
			expect(help.startsWith(SYNC_ON)).toBe(true);
			expect(help.endsWith(SYNC_OFF)).toBe(true);
		} finally {
			client.end();
		}
	});

	it("turns Nagle's algorithm off on each attendee's connection, so a frame is not held for the client's acknowledgement", async () => {
		const noDelay = vi.spyOn(Socket.prototype, 'setNoDelay');
		try {
			const {port} = await serve();
			const client = await connect(port);
			client.end();
			const serverSide = noDelay.mock.calls.filter((_call, index) => {
				return (noDelay.mock.contexts[index] as Socket).localPort === port;
			});
			expect(serverSide).toEqual([[true]]);
		} finally {
			noDelay.mockRestore();
		}
	});
});

describe('what only a hostile client would ask for', () => {
	/**
	 * A shell the server refuses at once: its words and exit status can arrive with the shell's own
	 * answer, before an await hands the channel back, so they are listened for inside the callback.
	 */
	const refusedShell = (client: ssh2.Client) =>
		new Promise<{said: string; code: unknown}>((resolve, reject) =>
			client.shell({term: 'xterm-256color', cols: 80, rows: 24}, (error, stream) =>
				error ? reject(error) : resolve(ending(stream)),
			),
		);

	/** Everything the channel said, and its exit status. */
	function ending(channel: ssh2.ClientChannel): Promise<{said: string; code: unknown}> {
		let said = '';
		let code: unknown;
		channel.on('data', (data: Buffer) => (said += data.toString()));
		// The exit status comes as a message of its own, which may be read before the words queued ahead
		// of it are emitted: the channel's close comes after both.
		channel.on('exit', (status: unknown) => (code = status));
		return new Promise((resolve) => channel.on('close', () => resolve({said, code})));
	}

	it('refuses local port forwarding and SFTP', async () => {
		const {port} = await serve();
		const client = await connect(port);
		try {
			await expect(
				new Promise((resolve, reject) =>
					client.forwardOut('127.0.0.1', 0, '127.0.0.1', 22, (error, stream) =>
						error ? reject(error) : resolve(stream),
					),
				),
			).rejects.toThrow();
			await expect(
				new Promise((resolve, reject) => client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp)))),
			).rejects.toThrow();
		} finally {
			client.end();
		}
	});

	it('tells the attendee past --max-attendees that the room is full', async () => {
		const {port, attendees} = await serve({kind: 'none'}, {maxAttendees: 1});
		const first = await connect(port);
		const second = await connect(port);
		try {
			await shell(first);
			await waitUntil('the first run to start', () => attendees().length === 1);
			const {said, code} = await refusedShell(second);
			expect(code).toBe(1);
			expect(said).toContain('The workshop is full (1 attendee at once)');
			expect(attendees()).toHaveLength(1);
		} finally {
			first.end();
			second.end();
		}
	});

	it('ends a run nobody types into after --idle-timeout, and one that reaches its request budget', async () => {
		const idle = await serve({kind: 'none'}, {idleMs: 1_500});
		const quiet = await connect(idle.port);
		try {
			const {said, code} = await ending(await shell(quiet));
			expect(code).toBe(0);
			expect(said.replace(/\s+/g, ' ')).toContain('No key for 1.5 seconds: this run ended');
		} finally {
			quiet.end();
		}
		await server?.stop();
		const budget = await serve({kind: 'none'}, {maxRequests: 2});
		const busy = await connect(budget.port);
		try {
			const channel = await shell(busy);
			const ended = ending(channel);
			channel.write('\r');
			await waitUntil('the first step to be offered', () => budget.attendees()[0]?.state().phase.kind === 'ready');
			channel.write('\r');
			const {said} = await ended;
			expect(said.replace(/\s+/g, ' ')).toContain('This run reached 2 requests, the most one attendee may make');
		} finally {
			busy.end();
		}
	});

	it('with --password-file, takes the password and nothing else', async () => {
		const dir = scratch.makeSync('sts-mfa-serve-password-');
		writeFileSync(join(dir, 'password'), 'correct horse\n', {mode: 0o600});
		const {port} = await serve(attendeeAuth('127.0.0.1', join(dir, 'password')));
		await expect(connect(port, {password: 'wrong'})).rejects.toThrow(/authentication/i);
		await expect(connect(port)).rejects.toThrow(/authentication/i);
		(await connect(port, {password: 'correct horse'})).end();
	});

	it('refuses a password file others can read', () => {
		const dir = scratch.makeSync('sts-mfa-serve-password-');
		writeFileSync(join(dir, 'password'), 'secret\n', {mode: 0o644});
		expect(() => attendeeAuth('0.0.0.0', join(dir, 'password'))).toThrow('readable by others');
	});
});
