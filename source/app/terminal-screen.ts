/** Alternate screen buffer on, cursor hidden; and the way back. */
export const ENTER_FULL_SCREEN = '\u001B[?1049h\u001B[?25l\u001B[H';
export const LEAVE_FULL_SCREEN = '\u001B[?25h\u001B[?1049l';

/**
 * Takes over the terminal and gives it back exactly once, whichever comes first: the normal end,
 * an exception, or the process exiting under us.
 */
export function takeOverScreen(stdout: NodeJS.WriteStream): () => void {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.off('exit', restore);
		stdout.write(LEAVE_FULL_SCREEN);
	};
	stdout.write(ENTER_FULL_SCREEN);
	process.on('exit', restore);
	return restore;
}

/**
 * Holds back whatever is written to `stream` (stray warnings) while the dashboard owns the screen,
 * and writes it out once released — after the screen is restored, so nothing lands on a frame.
 */
export function holdWrites(stream: NodeJS.WriteStream): () => void {
	const original = stream.write;
	const held: (string | Uint8Array)[] = [];
	let released = false;
	const holding = (chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
		held.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (typeof done === 'function') queueMicrotask(() => (done as (error?: Error | null) => void)(null));
		return true;
	};
	stream.write = holding as typeof stream.write;
	const release = () => {
		if (released) return;
		released = true;
		process.off('exit', release);
		if (stream.write === holding) stream.write = original;
		for (const chunk of held) original.call(stream, chunk);
	};
	process.on('exit', release);
	return release;
}
