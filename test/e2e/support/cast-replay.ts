import {readFileSync} from 'node:fs';
import {Terminal as Xterm} from '@xterm/headless';

/*
 * Plays an asciicast v2 file into a headless terminal (xterm.js, the emulator of asciinema's
 * players' kin) at full speed, and reads the screen it ends on, as asciinema play would show it.
 */

export interface CastHeader {
	readonly version: number;
	readonly width: number;
	readonly height: number;
	readonly timestamp?: number;
}

export type CastEvent = readonly [seconds: number, code: string, data: string];

export interface Cast {
	readonly header: CastHeader;
	readonly events: readonly CastEvent[];
}

/** Parses the file line by line; each line must be JSON (a half-written last line fails the read). */
export function readCast(file: string): Cast {
	const [first, ...rest] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
	return {header: JSON.parse(first ?? '{}') as CastHeader, events: rest.map((line) => JSON.parse(line) as CastEvent)};
}

/** All the output the cast holds, in order. */
export function castOutput(cast: Cast): string {
	return cast.events
		.filter(([, code]) => code === 'o')
		.map(([, , data]) => data)
		.join('');
}

/** The screen the cast ends on, one line per row, trailing blanks trimmed (as tmux's capture-pane gives it). */
export async function replayCast(cast: Cast): Promise<string> {
	const xterm = new Xterm({cols: cast.header.width, rows: cast.header.height, allowProposedApi: true});
	try {
		for (const [, code, data] of cast.events) {
			if (code === 'o') await new Promise<void>((resolve) => xterm.write(data, resolve));
			if (code === 'r') {
				const [columns, rows] = data.split('x').map(Number);
				xterm.resize(columns ?? cast.header.width, rows ?? cast.header.height);
			}
		}
		const buffer = xterm.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < xterm.rows; row++)
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines.join('\n');
	} finally {
		xterm.dispose();
	}
}

/** The screen with trailing blanks and trailing empty lines gone, for comparing two emulators' screens. */
export function trimmed(screen: string): string {
	return screen
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n+$/, '');
}
