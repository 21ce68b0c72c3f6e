/*
 * Ink redraws the whole frame for every change: it erases every line it wrote and writes them all
 * again — about 4 KB a second at 80x24 for one ticking countdown, more at 120x40, and more again over
 * a slow link. Ink 6.8's own incrementalRendering would rewrite only the changed lines, but it
 * places a frame that ends in a newline (every frame here) one row too low. So the dashboard keeps
 * Ink's full redraws and turns each one into the lines that changed, on the way to the terminal.
 *
 * Only a write with exactly Ink's shape is rewritten: erase the previous frame's lines, then the new
 * frame as plain lines (text and colours, nothing that moves the cursor). Anything else passes
 * through untouched and makes the next frame go out whole; so does a resize, since the terminal may
 * have moved what was on it.
 */

const ESC = '\u001B[';
const SGR = /\u001B\[[\d;:]*m/g;
/** Cursor hiding and showing, synchronized output on and off: they change no cell. */
const MODE_ONLY = /^(?:\u001B\[\?\d+[hl])+$/;

/** Ink's erase of a frame of `count` lines (ansi-escapes' eraseLines), the cursor ending on its first row. */
export function eraseLines(count: number): string {
	let erase = '';
	for (let i = 0; i < count; i++) erase += `${ESC}2K${i < count - 1 ? `${ESC}1A` : ''}`;
	return count > 0 ? `${erase}${ESC}G` : '';
}

/** Text and colours only, ending in a newline: something written from the cursor down, line after line. */
function isPlainFrame(text: string): boolean {
	return text.endsWith('\n') && !text.replace(SGR, '').includes('\u001B');
}

/** How many lines Ink's erase at the start of `text` covers, if `text` is an erase followed by a plain frame. */
function erasedThenFrame(text: string): {erased: number; frame: string} | undefined {
	const match = /^(?:\u001B\[2K\u001B\[1A)*\u001B\[2K\u001B\[G/.exec(text);
	const erased = match ? match[0].split(`${ESC}2K`).length - 1 : 0;
	const frame = text.slice(match?.[0].length ?? 0);
	return isPlainFrame(frame) ? {erased, frame} : undefined;
}

/**
 * The writes that turn `previous` into `next` on a screen where the frame starts on the first row:
 * each changed line rewritten in place, and the cursor left where Ink expects it, under the frame.
 */
export function frameUpdate(previous: readonly string[], next: readonly string[]): string {
	let update = '';
	for (let row = 0; row < Math.max(previous.length, next.length); row++) {
		if (previous[row] === next[row]) continue;
		// Erased before it is written: erasing after a line that fills the width would take its last cell.
		update += `${ESC}${row + 1};1H${ESC}2K${next[row] ?? ''}`;
	}
	return update === '' ? '' : `${update}${ESC}${next.length};1H`;
}

type Write = NodeJS.WriteStream['write'];

/** Sends only the changed lines of each of Ink's frames to `stdout` until the returned function is called. */
export function diffFrames(stdout: NodeJS.WriteStream): () => void {
	const original = stdout.write;
	// The lines on the screen, when we know them: the last frame, from the first row down.
	let shown: string[] | undefined;
	const forget = () => {
		shown = undefined;
	};
	const write = (chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
		const pass = () => (original as (...args: unknown[]) => boolean).call(stdout, chunk, encodingOrCallback, callback);
		if (typeof chunk !== 'string') {
			shown = undefined;
			return pass();
		}
		if (MODE_ONLY.test(chunk)) return pass();
		const redraw = erasedThenFrame(chunk);
		if (redraw === undefined) {
			shown = undefined;
			return pass();
		}
		const lines = redraw.frame.split('\n');
		if (shown === undefined || redraw.erased !== shown.length) {
			// Drawn whole, as Ink meant it; from now on the screen is known.
			shown = lines;
			return pass();
		}
		const update = frameUpdate(shown, lines);
		shown = lines;
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		return (original as (...args: unknown[]) => boolean).call(stdout, update, done);
	};
	stdout.write = write as Write;
	stdout.on('resize', forget);
	return () => {
		stdout.off('resize', forget);
		if (stdout.write === write) stdout.write = original;
	};
}
