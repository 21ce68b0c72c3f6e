import {openSync} from 'node:fs';
import {isatty, ReadStream, WriteStream} from 'node:tty';

/** The controlling terminal, opened apart from stdin and stdout (which may be a pipe to $(...) or to an SDK). */
export interface ControllingTerminal {
	readonly input: ReadStream;
	readonly output: WriteStream;
	close(): void;
}

/**
 * Opens /dev/tty, or gives undefined when the process has no controlling terminal (a cron job, a
 * CI runner, an SDK that started us in a session of its own): then nothing can be asked, and the
 * caller fails at once instead of waiting for an answer that cannot come.
 */
export function openControllingTerminal(path = '/dev/tty'): ControllingTerminal | undefined {
	let readFd: number;
	let writeFd: number;
	try {
		readFd = openSync(path, 'r');
		writeFd = openSync(path, 'w');
	} catch {
		return undefined;
	}
	if (!isatty(readFd) || !isatty(writeFd)) return undefined;
	const input = new ReadStream(readFd);
	const output = new WriteStream(writeFd);
	return {
		input,
		output,
		close() {
			if (input.isRaw) input.setRawMode(false);
			input.destroy();
			output.end();
		},
	};
}
