/*
 * Ink redraws the whole frame for every change: it erases every line it wrote and writes them all
 * again — about 4 KB a second at 80x24 for one ticking countdown, more at 120x40, and more again over
 * a slow link. Ink 6.8's own incrementalRendering would rewrite only the changed lines, but it
 * places a frame that ends in a newline (every frame here) one row too low. So the dashboard keeps
 * Ink's full redraws and turns each one into the lines that changed, on the way to the terminal.
 *
 * Only a write with exactly Ink's shape is rewritten: erase the previous frame's lines, then the new
 * frame as plain lines (text and colours, nothing that moves the cursor). Anything else passes
 * through untouched; after a resize the next frame goes out whole, since the terminal may have
 * moved what was on it.
 */

const ESC = '\u001B[';
const SGR = /\u001B\[[\d;:]*m/g;
/** Cursor hiding and showing, synchronized output on and off: they change no cell. */
const MODE_ONLY = /^(?:\u001B\[\?\d+[hl])+$/;

/** Text and colours only, ending in a newline: something written from the cursor down, line after line. */
function isPlainFrame(text: string): boolean {
	return text.endsWith('\n') && !text.replace(SGR, '').includes('\u001B');
}

interface InkWrite {
	/** Lines erased upwards from the cursor first (0: none). */
	readonly erased: number;
	/** Then these lines, the last one empty (the cursor's, under the frame); none for an erase alone. */
	readonly lines?: readonly string[];
}

/** A write in the shape Ink's log-update gives its writes: an erase of the last frame, a frame, or both. */
function inkWrite(text: string): InkWrite | undefined {
	const erase = /^(?:\u001B\[2K\u001B\[1A)*\u001B\[2K\u001B\[G/.exec(text)?.[0] ?? '';
	const erased = erase.split(`${ESC}2K`).length - 1;
	const rest = text.slice(erase.length);
	if (rest === '') return erased > 0 ? {erased} : undefined;
	return isPlainFrame(rest) ? {erased, lines: rest.split('\n')} : undefined;
}

/**
 * The writes that turn `previous` into `next`, a frame whose first line is on row `top`: each
 * changed line rewritten in place, and the cursor left where Ink expects it, under the frame.
 */
function frameUpdate(previous: readonly string[], next: readonly string[], top = 1): string {
	let update = '';
	for (let row = 0; row < Math.max(previous.length, next.length); row++) {
		if (previous[row] === next[row]) continue;
		// Erased before it is written: erasing after a line that fills the width would take its last cell.
		update += `${ESC}${top + row};1H${ESC}2K${next[row] ?? ''}`;
	}
	return update === '' ? '' : `${update}${ESC}${top + next.length - 1};1H`;
}

type Write = NodeJS.WriteStream['write'];

/**
 * Sends only the changed lines of each of Ink's frames to `stdout` until the returned function is
 * called. Install it with the cursor at the top left (renderDashboard does, right after taking over
 * the screen): from there it follows where each write leaves the cursor, so it knows where each frame
 * starts. A write it cannot follow (or one that scrolls the screen) ends the diffing for good.
 */
export function diffFrames(stdout: NodeJS.WriteStream): () => void {
	const original = stdout.write as (...args: unknown[]) => boolean;
	let cursorRow: number | undefined = 1;
	// The frame on the screen, when it is known: its lines and the row of the first.
	let shown: {lines: readonly string[]; top: number} | undefined;
	const onResize = () => {
		// The terminal keeps the cursor on the screen, and may have moved what was on it.
		if (cursorRow !== undefined) cursorRow = Math.min(cursorRow, stdout.rows);
		shown = undefined;
	};
	const write = (chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
		const pass = () => original.call(stdout, chunk, encodingOrCallback, callback);
		if (typeof chunk === 'string' && MODE_ONLY.test(chunk)) return pass();
		const parsed = typeof chunk === 'string' ? inkWrite(chunk) : undefined;
		if (parsed === undefined || cursorRow === undefined) {
			cursorRow = undefined;
			return pass();
		}
		const top = Math.max(1, cursorRow - Math.max(0, parsed.erased - 1));
		const previous = shown;
		shown = parsed.lines && {lines: parsed.lines, top};
		cursorRow = top + (parsed.lines?.length ?? 1) - 1;
		if (cursorRow > stdout.rows) cursorRow = undefined; // the screen scrolled: rows are no longer where they were
		const sameSpot = previous !== undefined && previous.top === top && parsed.erased === previous.lines.length;
		if (!parsed.lines || !sameSpot || cursorRow === undefined) return pass();
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		return original.call(stdout, frameUpdate(previous.lines, parsed.lines, top), done);
	};
	stdout.write = write as Write;
	stdout.on('resize', onResize);
	return () => {
		stdout.off('resize', onResize);
		if (stdout.write === write) stdout.write = original as Write;
	};
}
