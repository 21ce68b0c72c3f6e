import {PassThrough, Writable} from 'node:stream';

/** What an attendee's client may have buffered in our direction before its connection is cut. */
const MAX_PENDING_OUTPUT = 1024 * 1024;
/** Keys typed faster than the dashboard reads them are dropped beyond this. */
const MAX_PENDING_INPUT = 64 * 1024;

export interface ChannelLike {
	write(data: string): boolean;
	readonly writableLength: number;
	on(event: 'data', listener: (data: Buffer) => void): unknown;
	on(event: 'close', listener: () => void): unknown;
	on(event: 'error', listener: (error: Error) => void): unknown;
	destroy(): unknown;
}

/**
 * The dashboard's terminal, over an SSH session channel: what Ink takes as stdout (with the size the
 * client's pty-req and window-change give, and 'resize') and stdin (raw keys). There is no pty on
 * this side, so the newline translation a terminal driver makes (onlcr) is made here.
 */
export class ChannelTerminal {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	/** Ink's and the dashboard's stray writes: an attendee's stderr is nowhere. */
	readonly stderr: NodeJS.WriteStream;
	#closed = false;
	/** What was written in this turn of the event loop, not yet handed to the channel. */
	#pending = '';

	constructor(
		readonly channel: ChannelLike,
		size: {cols: number; rows: number},
	) {
		const output = new Writable({
			write: (chunk: Buffer | string, _encoding, done) => {
				this.#send(chunk.toString());
				done();
			},
		});
		this.stdout = Object.assign(output, {
			isTTY: true,
			columns: size.cols,
			rows: size.rows,
		}) as unknown as NodeJS.WriteStream;
		const input = new PassThrough();
		this.stdin = Object.assign(input, {
			isTTY: true,
			isRaw: true,
			setRawMode: () => input,
			ref: () => input,
			unref: () => input,
		}) as unknown as NodeJS.ReadStream;
		this.stderr = new Writable({write: (_chunk, _encoding, done) => done()}) as unknown as NodeJS.WriteStream;
		channel.on('data', (data) => {
			if (!this.#closed && input.readableLength < MAX_PENDING_INPUT) input.write(data);
		});
		channel.on('close', () => this.close());
		// A write the channel can no longer take (the client went, the channel ended) is this attendee's
		// end, never the room's: unheard, the error would end the whole server.
		channel.on('error', () => this.close());
	}

	/**
	 * Ink draws a frame as several writes in a row (synchronized output on, the frame, off). Each
	 * channel write is an SSH packet of its own, and ssh2 hands the socket each packet in three
	 * pieces: the writes of one turn go out together, as one packet, once that turn is done.
	 */
	#send(text: string): void {
		if (this.#closed) return;
		if (this.#pending === '') queueMicrotask(() => this.flush());
		this.#pending += text;
	}

	/** Hands what was written so far to the channel (it is done by itself at the end of each turn). */
	flush(): void {
		const text = this.#pending;
		this.#pending = '';
		if (this.#closed || text === '') return;
		// A client that stops reading would make us hold its frames without end: cut it off.
		if (this.channel.writableLength > MAX_PENDING_OUTPUT) {
			this.channel.destroy();
			return;
		}
		this.channel.write(text.replace(/\n/g, '\r\n'));
	}

	/** The client's window changed (window-change): the dashboard redraws for it. */
	resize(cols: number, rows: number): void {
		if (cols <= 0 || rows <= 0) return;
		Object.assign(this.stdout, {columns: cols, rows});
		this.stdout.emit('resize');
	}

	/** The connection is gone: input ends (the dashboard quits, tearing down), output goes nowhere. */
	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#pending = '';
		this.stdin.end();
	}

	get closed(): boolean {
		return this.#closed;
	}
}
