import type ssh2 from 'ssh2';
import {afterEach, describe, it} from 'vitest';
import type {RunningServer} from '../../source/serve/ssh-server.js';
import {waitUntil} from '../support/wait-until.js';
import {connect, serveRoom, shell} from './support/room.js';

let server: RunningServer | undefined;
let client: ssh2.Client | undefined;

afterEach(async () => {
	client?.end();
	await server?.stop();
});

describe('keys an attendee sends in one SSH write', () => {
	it('? (closing the help) and Enter together: the picker still chooses', async () => {
		server = await serveRoom([]);
		client = await connect(server.port);
		const channel = await shell(client);
		let output = '';
		channel.on('data', (data: Buffer) => (output += data.toString()));
		await waitUntil('the picker', () => output.includes('Which scenario?'), {timeoutMs: 30_000});
		channel.write('?');
		await waitUntil('the help', () => output.includes('Esc'), {timeoutMs: 30_000});
		const from = output.length;
		channel.write('?\r');
		// The picker's Enter chose session-token: its first question (create the demo's resources?) is drawn.
		await waitUntil('the screen after the picker', () => output.slice(from).includes('create'), {timeoutMs: 30_000});
	}, 90_000);
});
