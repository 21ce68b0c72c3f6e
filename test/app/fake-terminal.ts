import chalk from 'chalk';
import {EventEmitter} from 'node:events';
import {afterEach, beforeEach} from 'vitest';

/** Everything written to the fake terminal's streams, in order. */
export type Written = {readonly stream: 'stdout' | 'stderr'; readonly text: string};

export class FakeOutput extends EventEmitter {
	readonly isTTY = true;
	columns: number;
	rows: number;

	constructor(
		private readonly name: 'stdout' | 'stderr',
		private readonly log: Written[],
		size = {columns: 80, rows: 24},
	) {
		super();
		this.columns = size.columns;
		this.rows = size.rows;
	}

	write(chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean {
		this.log.push({stream: this.name, text: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()});
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (typeof done === 'function') (done as () => void)();
		return true;
	}

	/** Resizes like a terminal window does. */
	resize(columns: number, rows: number): void {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

export class FakeInput extends EventEmitter {
	readonly isTTY = true;
	private pending: string[] = [];

	type(data: string): void {
		this.pending.push(data);
		this.emit('readable');
	}

	read(): string | null {
		return this.pending.shift() ?? null;
	}

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

export function fakeTerminal(size = {columns: 80, rows: 24}) {
	const log: Written[] = [];
	const stdout = new FakeOutput('stdout', log, size);
	const stderr = new FakeOutput('stderr', log, size);
	const stdin = new FakeInput();
	return {
		log,
		stdout,
		stderr,
		stdin,
		streams: {
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
		},
		text: (stream: 'stdout' | 'stderr' = 'stdout') =>
			log
				.filter((entry) => entry.stream === stream)
				.map((entry) => entry.text)
				.join(''),
	};
}

/** For a test file whose frames must carry colour whatever runs the tests: chalk at full colour in each test. */
export function useColourChalk(): void {
	let level: typeof chalk.level;
	beforeEach(() => {
		level = chalk.level;
		chalk.level = 3;
	});
	afterEach(() => {
		chalk.level = level;
	});
}
