import {createInterface} from 'node:readline';
import type {Readable} from 'node:stream';

/** Lines from stdin one at a time, for prompts; works the same with a terminal or a pipe. */
export interface LineReader {
	/** The next line, or undefined once the input has ended. */
	next(): Promise<string | undefined>;
	close(): void;
}

export function createLineReader(input: Readable): LineReader {
	const lines: string[] = [];
	const waiting: ((line: string | undefined) => void)[] = [];
	let ended = false;
	const reader = createInterface({input, terminal: false});
	reader.on('line', (line) => {
		const resolve = waiting.shift();
		if (resolve) resolve(line);
		else lines.push(line);
	});
	reader.on('close', () => {
		ended = true;
		for (const resolve of waiting.splice(0)) resolve(undefined);
	});
	return {
		next() {
			const line = lines.shift();
			if (line !== undefined) return Promise.resolve(line);
			if (ended) return Promise.resolve(undefined);
			return new Promise((resolve) => waiting.push(resolve));
		},
		close: () => reader.close(),
	};
}
