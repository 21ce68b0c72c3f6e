import {StringDecoder} from 'node:string_decoder';
import {startCast} from './asciicast.js';
import {ScreenRedactor} from './redactor.js';

export interface RecordOptions {
	readonly file: string;
	/** Keep the QR code in the recording (the embedded sandbox, or --record-qr). */
	readonly keepQr: boolean;
	/** The run's secrets as they stand now, scrubbed wherever they appear. */
	readonly secrets: () => readonly string[];
}

export interface TerminalRecording {
	/** Give it to the dashboard (renderDashboard's screenSecrets): the views say through it which lines are secret. */
	readonly redactor: ScreenRedactor;
	/** Stops recording and closes the file; later output is not recorded. */
	stop(): void;
}

type Write = NodeJS.WriteStream['write'];

/**
 * Records everything written to `stdout` from now on, exactly as it goes to the terminal (after the
 * dashboard's own frame diffing), less the secrets, and each resize. Install it before the
 * dashboard takes the screen, so that its first write, the switch to the alternate screen, is in.
 */
export function recordTerminal(stdout: NodeJS.WriteStream, options: RecordOptions): TerminalRecording {
	const cast = startCast(options.file, {
		columns: stdout.columns || 80,
		rows: stdout.rows || 24,
		term: process.env.TERM,
		title: 'sts-mfa',
	});
	const redactor = new ScreenRedactor({keepQr: options.keepQr, secrets: options.secrets});
	const decoder = new StringDecoder('utf8');
	const original = stdout.write;
	const recording = function (this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: unknown[]): boolean {
		const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk));
		// What the terminal receives: the terminal driver turns each newline into CR LF (onlcr).
		cast.output(redactor.scrub(text).replace(/\n/g, '\r\n'));
		return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as Write;
	stdout.write = recording;
	const onResize = () => cast.resize(stdout.columns, stdout.rows);
	stdout.on('resize', onResize);
	let stopped = false;
	return {
		redactor,
		stop() {
			if (stopped) return;
			stopped = true;
			stdout.off('resize', onResize);
			if (stdout.write === recording) stdout.write = original;
			cast.close();
		},
	};
}
