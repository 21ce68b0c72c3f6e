import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {ChannelTerminal} from '../../source/serve/channel-terminal.js';
import {waitUntil} from '../support/wait-until.js';

/** An SSH channel as the server holds it: what the dashboard writes comes out of it, keys go in. */
function channelTerminal() {
	const channel = new PassThrough();
	const terminal = new ChannelTerminal(channel, {cols: 80, rows: 24});
	return {channel, terminal};
}

describe("an attendee's terminal over its SSH channel", () => {
	it('sends what the dashboard writes in one turn as one message, newlines as a terminal driver sends them', async () => {
		const {channel, terminal} = channelTerminal();
		const received: string[] = [];
		channel.on('data', (data: Buffer) => received.push(data.toString()));
		terminal.stdout.write('\u001B[?2026h');
		terminal.stdout.write('line one\nline two\n');
		terminal.stdout.write('\u001B[?2026l');
		await waitUntil('the frame to reach the channel', () => received.length > 0);
		expect(received).toEqual(['\u001B[?2026hline one\r\nline two\r\n\u001B[?2026l']);
	});

	it('a channel that can no longer be written ends that attendee alone, not the server', async () => {
		const {channel, terminal} = channelTerminal();
		let inputEnded = false;
		terminal.stdin.on('end', () => (inputEnded = true)).resume();
		channel.end();
		// What the dashboard writes next fails in the channel (write after end): an 'error' nobody
		// heard would end the process, and with it every other attendee's run.
		terminal.stdout.write('a frame\n');
		await waitUntil("the attendee's input to end", () => inputEnded);
		expect(terminal.closed).toBe(true);
	});
});
