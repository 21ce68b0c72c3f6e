import {type ChildProcessWithoutNullStreams, spawn, spawnSync} from 'node:child_process';
import {waitUntil} from './wait-until.js';

/*
 * A program in a real pseudo-terminal whose terminal the test plays: util-linux `script` gives the
 * program a pty and relays, byte for byte, what the program writes (to us) and what we write (to
 * the program, as the terminal's input). Unlike tmux, nothing answers the program's questions
 * (OSC 11, DA1) unless the test does, and only when it chooses: late, never, or in one write
 * together with keys.
 */

export function scriptAvailable(): boolean {
	return spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;
}

const ESCAPES = /\u001B\[[\d;?]*[A-Za-z]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[()][A-Z0-9]|\u001B[78=>]/g;

/** What a person reads: escapes removed. */
export function plainText(output: string): string {
	return output.replace(ESCAPES, '');
}

function shellQuote(word: string): string {
	return `'${word.replaceAll("'", "'\\''")}'`;
}

export class PlayedTerminal {
	#output = '';
	readonly #child: ChildProcessWithoutNullStreams;
	readonly exited: Promise<number>;

	/** Starts argv in a cols × rows pty with exactly `env` (plus PATH and TERM). */
	constructor(
		argv: readonly string[],
		{cols = 80, rows = 24, env = {}}: {cols?: number; rows?: number; env?: Record<string, string>},
	) {
		const command = `stty cols ${cols} rows ${rows}; exec ${argv.map(shellQuote).join(' ')}`;
		this.#child = spawn('script', ['-qfec', command, '/dev/null'], {
			env: {
				PATH: process.env.PATH ?? '/usr/bin:/bin',
				HOME: process.env.HOME ?? '/tmp',
				TERM: 'xterm-256color',
				...env,
			},
			stdio: ['pipe', 'pipe', 'pipe'],
			detached: true,
		});
		this.#child.stdout.setEncoding('latin1');
		this.#child.stdout.on('data', (data: string) => {
			this.#output += data;
		});
		this.exited = new Promise((resolve) => this.#child.on('exit', (code) => resolve(code ?? 128)));
	}

	/** Everything the program wrote so far (bytes as latin1 characters). */
	get output(): string {
		return this.#output;
	}

	/** What the program wrote after `from` (an earlier output.length), as text: UTF-8 decoded, escapes removed. */
	textSince(from = 0): string {
		return plainText(Buffer.from(this.#output.slice(from), 'latin1').toString('utf8'));
	}

	/** Writes to the program's input, as the terminal does with keys and with its answers. */
	send(bytes: string): void {
		this.#child.stdin.write(Buffer.from(bytes, 'latin1'));
	}

	/** Waits until the program's output (after `from`) satisfies `check`; returns output.length then. */
	async waitFor(what: string, check: (text: string, raw: string) => boolean, from = 0): Promise<number> {
		try {
			return await waitUntil(what, () => check(this.textSince(from), this.#output.slice(from)) && this.#output.length, {
				timeoutMs: 20_000,
				intervalMs: 10,
			});
		} catch (error) {
			throw new Error(
				`${(error as Error).message}; the program wrote: ${JSON.stringify(this.textSince(from).slice(-600))}`,
			);
		}
	}

	/** Ends script, the shell and the program. */
	async kill(): Promise<void> {
		try {
			if (this.#child.pid !== undefined) process.kill(-this.#child.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
		await this.exited;
	}
}
