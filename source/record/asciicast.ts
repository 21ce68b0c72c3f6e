import {createAppendOnlyFile} from './cast-file.js';

/*
 * asciicast v2 (asciinema's format): newline-delimited JSON, a header object with the terminal's
 * size, then one [seconds since the start, code, data] array per event: "o" for output, "r" for a
 * resize ("COLSxROWS"). Every event is written as it happens.
 */

export interface CastHeader {
	readonly columns: number;
	readonly rows: number;
	/** The terminal type the output was drawn for (env.TERM in the header). */
	readonly term?: string;
	readonly title?: string;
}

export interface CastRecorder {
	output(text: string): void;
	resize(columns: number, rows: number): void;
	close(): void;
}

/** Starts `file` with its header; each event is on disk when the call returns. */
export function startCast(file: string, header: CastHeader, now: () => number = () => performance.now()): CastRecorder {
	const started = now();
	const head = {
		version: 2,
		width: header.columns,
		height: header.rows,
		timestamp: Math.floor(Date.now() / 1000),
		...(header.title === undefined ? {} : {title: header.title}),
		...(header.term === undefined ? {} : {env: {TERM: header.term}}),
	};
	const cast = createAppendOnlyFile(file, JSON.stringify(head));
	const event = (code: 'o' | 'r', data: string) => {
		const seconds = Math.max(0, Math.round(now() - started) / 1000);
		cast.appendLine(JSON.stringify([seconds, code, data]));
	};
	return {
		output: (text) => {
			if (text !== '') event('o', text);
		},
		resize: (columns, rows) => event('r', `${columns}x${rows}`),
		close: () => cast.close(),
	};
}
