import {type AddressInfo, Server} from 'node:net';
import type ssh2 from 'ssh2';
import {afterEach, describe, expect, it, type MockInstance, vi} from 'vitest';
import type {RunningServer} from '../../source/serve/ssh-server.js';
import {waitUntil} from '../support/wait-until.js';
import {connect, serveRoom, shell} from './support/room.js';

/*
 * Once a server listens, its 'error' is a connection the kernel queued that could not be accepted:
 * Node emits it on the server (net's onconnection) when accept(2) fails, EMFILE when the process has
 * no descriptor left. Here it is emitted as Node does, on the listening servers themselves: nobody
 * listening for it, it would end the process, and with it every attendee's run before its teardown.
 */

let server: RunningServer | undefined;
let listens: MockInstance | undefined;
const logged: string[] = [];
const clients: ssh2.Client[] = [];

afterEach(async () => {
	listens?.mockRestore();
	for (const client of clients.splice(0)) client.end();
	await server?.stop();
	server = undefined;
	logged.length = 0;
});

/** What accept(2) failing with EMFILE makes Node emit on the listening server. */
function acceptFailure(): NodeJS.ErrnoException {
	return Object.assign(new Error('accept EMFILE'), {code: 'EMFILE', errno: -24, syscall: 'accept'});
}

/** The room, with every server this process starts listening from now on kept, to find by port. */
async function room(): Promise<{server: RunningServer; listening: (port: number) => Server}> {
	listens = vi.spyOn(Server.prototype, 'listen');
	server = await serveRoom(logged);
	const spied = listens;
	const listening = (port: number) =>
		spied.mock.contexts.find(
			(context) => ((context as Server).address() as AddressInfo | null)?.port === port,
		) as Server;
	return {server, listening};
}

/** An attendee at the scenario picker, and everything its dashboard has drawn. */
async function attendee(port: number) {
	const client = await connect(port);
	clients.push(client);
	const channel = await shell(client);
	let output = '';
	channel.on('data', (data: Buffer) => (output += data.toString()));
	await waitUntil('the picker', () => output.includes('Which scenario?'));
	return {
		channel,
		/** Sends `key` and waits until what follows it on screen includes `marker`. */
		async press(key: string, marker: string) {
			const from = output.length;
			channel.write(key);
			await waitUntil(`'${marker}' after ${JSON.stringify(key)}`, () => output.slice(from).includes(marker), {
				timeoutMs: 30_000,
			});
		},
	};
}

describe('a failure to accept a connection', () => {
	it('on the SSH server: said to the room once, and the room goes on: a connected attendee keeps their dashboard, a new one gets in', async () => {
		const {server, listening} = await room();
		const first = await attendee(server.port);
		const ssh = listening(server.port);
		ssh.emit('error', acceptFailure());
		ssh.emit('error', acceptFailure());
		const said = logged.filter((line) => line.includes('could not be accepted'));
		expect(said).toEqual([
			'sts-mfa: a connection could not be accepted (accept EMFILE); still serving: the attendees already connected keep their runs',
		]);
		expect(logged).toContain(
			'this process has no file descriptor left: raise its limit (ulimit -n) or lower --max-attendees before the next session',
		);
		await first.press('?', 'Esc to close');
		await attendee(server.port);
		expect(server.attendees()).toHaveLength(2);
	});

	it("on an attendee's sandbox: that attendee's run goes on against it, and so does the room", async () => {
		const {server, listening} = await room();
		const first = await attendee(server.port);
		const sandbox = await server.attendees()[0]!.sandbox;
		const own = listening(Number(new URL(sandbox.endpoint).port));
		// The sandbox once heard only its first error: the second ended the process.
		own.emit('error', acceptFailure());
		own.emit('error', acceptFailure());
		await first.press('\r', 'Press Enter to start');
		// The first step's user, created by a call to that sandbox.
		await first.press('\r', 'user: sts-mfa-demo-');
		await attendee(server.port);
		expect(server.attendees()).toHaveLength(2);
	}, 60_000);
});
