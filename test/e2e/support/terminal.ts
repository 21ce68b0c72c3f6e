import {execFile, execFileSync} from 'node:child_process';
import {appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {allEnded, isRunning, processTree, terminate} from '../../support/processes.js';
import {becomes, readUntil} from '../../support/wait-until.js';

/*
 * A real pseudo-terminal for end-to-end tests: each Terminal is a command running in its own
 * detached tmux server (a unique socket), so tests never see each other's sessions, and what the
 * test reads is what tmux's terminal emulator rendered — cursor movement, alternate screen, colours.
 */

const run = promisify(execFile);

export function tmuxAvailable(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

// Without a status line the pane is the whole window; remain-on-exit keeps the pane (and its exit
// status and last screen) after the command ends, so a test can inspect how the program left it.
const CONFIG = [
	'set -g default-terminal xterm-256color',
	'set -g status off',
	'set -g remain-on-exit on',
	'set -g escape-time 0',
	'set -g history-limit 2000',
].join('\n');

// How long a program may take to end by itself once its terminal is gone, before kill() signals it.
const HANG_UP_GRACE_MS = 1_000;

/** Named keys as tmux's send-keys spells them. */
export type NamedKey = 'Enter' | 'Left' | 'Right' | 'Up' | 'Down' | 'Escape' | 'Tab' | 'BSpace' | 'C-c';

export interface StartOptions {
	readonly cols: number;
	readonly rows: number;
	/** The program's whole environment besides PATH, HOME, LANG and TERM: nothing leaks in from the test runner. */
	readonly env?: Readonly<Record<string, string>>;
	readonly cwd?: string;
	/** The pane's background colour, which tmux then reports to an OSC 11 query (unset: it reports none). */
	readonly background?: string;
}

export interface WaitOptions {
	readonly timeout?: number;
	/** Read the screen with colour escapes (capture-pane -e). */
	readonly colours?: boolean;
	/**
	 * Only a screen that two reads in a row agree on. A frame larger than the pty's buffer reaches
	 * tmux in pieces, and a read between two pieces shows the new top over the old bottom (the code
	 * entry above the last step's status bar): a person never sees that, but a test acting on it would.
	 */
	readonly settled?: boolean;
}

const live = new Set<Terminal>();

export class Terminal {
	// The socket and the configuration live in the terminal's own directory, removed with it.
	readonly #outputDir = mkdtempSync(join(tmpdir(), 'sts-mfa-e2e-out-'));
	readonly #socket = join(this.#outputDir, 'tmux.sock');
	readonly #config = join(this.#outputDir, 'tmux.conf');
	/** The tmux server and the pane's wrapper shell (the program is its child), once started. */
	#pids: number[] = [];
	#processesAtHangUp: number[] = [];
	#hungUp = false;
	#killed = false;

	private constructor() {
		writeFileSync(this.#config, `${CONFIG}\n`);
	}

	get #outputPath(): string {
		return join(this.#outputDir, 'output');
	}

	/** Starts `command` (argv, no shell) in a fresh detached tmux session of the given size. */
	static async start(command: readonly string[], options: StartOptions): Promise<Terminal> {
		const terminal = new Terminal();
		live.add(terminal);
		if (options.background) appendFileSync(terminal.#config, `set -g window-style 'bg=${options.background}'\n`);
		const env = {
			PATH: process.env.PATH ?? '/usr/bin:/bin',
			HOME: process.env.HOME ?? tmpdir(),
			LANG: 'C.UTF-8',
			TERM: 'xterm-256color',
			...options.env,
		};
		const envFlags = Object.entries(env).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
		const args = [
			'new-session',
			'-d',
			'-s',
			'e2e',
			'-x',
			String(options.cols),
			'-y',
			String(options.rows),
			...envFlags,
		];
		if (options.cwd) args.push('-c', options.cwd);
		// The server inherits this environment as its global one; keep it as explicit as the pane's.
		// tmux sometimes marks a pane dead without learning its exit status, so a small shell records
		// it; its trap is a handler (reset on exec), so the program still gets Ctrl-C and SIGHUP itself.
		const wrapper = [
			'sh',
			'-c',
			'trap : INT TERM HUP; "$@"; echo $? > "$0"',
			join(terminal.#outputDir, 'status'),
			...command,
		];
		// pipe-pane in the same command list records every byte the program writes from the start.
		await terminal.#tmux(
			[...args, '--', ...wrapper, ';', 'pipe-pane', '-t', 'e2e', `cat > '${terminal.#outputPath}'`],
			env,
		);
		terminal.#pids = (await terminal.#format('#{pid} #{pane_pid}'))
			.split(' ')
			.map(Number)
			.filter((pid) => pid > 0);
		return terminal;
	}

	async #tmux(
		args: readonly string[],
		env: NodeJS.ProcessEnv = {PATH: process.env.PATH, LANG: 'C.UTF-8'},
	): Promise<string> {
		const {stdout} = await run('tmux', ['-u', '-S', this.#socket, '-f', this.#config, ...args], {
			env,
			encoding: 'utf8',
		});
		return stdout;
	}

	/** Types text exactly as given (no key-name lookup). */
	async type(text: string): Promise<void> {
		await this.#tmux(['send-keys', '-t', 'e2e', '-l', text]);
	}

	async press(...keys: readonly NamedKey[]): Promise<void> {
		await this.#tmux(['send-keys', '-t', 'e2e', ...keys]);
	}

	/**
	 * The visible screen as text, one line per row, trailing blanks trimmed by tmux. With `history`,
	 * the scrolled-off lines too (after exit tmux scrolls one line to say the pane is dead).
	 */
	async screen(options: {colours?: boolean; history?: boolean} = {}): Promise<string> {
		// With colours, keep trailing blanks (-N): a blank with a background colour is part of the picture.
		const flags = [...(options.colours ? ['-e', '-N'] : []), ...(options.history ? ['-S', '-'] : [])];
		// capture-pane ends every row with a newline; drop the last so there is one line per row.
		return (await this.#tmux(['capture-pane', '-p', '-t', 'e2e', ...flags])).replace(/\n$/, '');
	}

	/** Polls the screen until it contains `expected` (or the predicate holds); returns that screen. */
	async waitFor(expected: string | RegExp | ((screen: string) => boolean), options: WaitOptions = {}): Promise<string> {
		const matches =
			typeof expected === 'function'
				? expected
				: typeof expected === 'string'
					? (screen: string) => screen.includes(expected)
					: (screen: string) => expected.test(screen);
		let screen = '';
		let matched: string | undefined;
		// With `settled`, a match counts only when the next read shows the same screen.
		const found = await becomes(
			async () => {
				screen = await this.screen({colours: options.colours});
				if (!matches(screen)) {
					matched = undefined;
					return false;
				}
				if (!options.settled || screen === matched) return true;
				matched = screen;
				return false;
			},
			{timeoutMs: options.timeout ?? 20_000, intervalMs: 25},
		);
		if (found) return screen;
		throw new Error(`timed out waiting for ${describe(expected)}; the screen was:\n${screen}`);
	}

	/** Polls until the screen no longer contains `text`. */
	async waitForGone(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		return this.waitFor((screen) => (typeof text === 'string' ? !screen.includes(text) : !text.test(screen)), options);
	}

	async resize(cols: number, rows: number): Promise<void> {
		await this.#tmux(['resize-window', '-t', 'e2e', '-x', String(cols), '-y', String(rows)]);
	}

	async #format(format: string): Promise<string> {
		return (await this.#tmux(['display-message', '-p', '-t', 'e2e', format])).trim();
	}

	async size(): Promise<{cols: number; rows: number}> {
		const [cols, rows] = (await this.#format('#{pane_width} #{pane_height}')).split(' ').map(Number);
		return {cols: cols ?? 0, rows: rows ?? 0};
	}

	async alternateScreenOn(): Promise<boolean> {
		return (await this.#format('#{alternate_on}')) === '1';
	}

	/** While the program runs: whether the terminal shows the cursor. */
	async cursorVisible(): Promise<boolean> {
		return (await this.#format('#{cursor_flag}')) === '1';
	}

	/** Everything the program wrote, escapes included (tmux hides the cursor of a dead pane, so exit checks read this). */
	output(): string {
		try {
			return readFileSync(this.#outputPath, 'utf8');
		} catch {
			return '';
		}
	}

	/** Whether the program's last word on the cursor was to show it (or it never hid it). */
	cursorShownAtEnd(): boolean {
		const output = this.output();
		return output.lastIndexOf('\u001B[?25h') >= output.lastIndexOf('\u001B[?25l');
	}

	/** The command's exit status once it has ended (128 + n for signal n), undefined while it runs. */
	async exitStatus(): Promise<number | undefined> {
		if ((await this.#format('#{pane_dead}')) !== '1') return undefined;
		try {
			return Number(readFileSync(join(this.#outputDir, 'status'), 'utf8').trim());
		} catch {
			return undefined;
		}
	}

	async waitForExit(options: {timeout?: number} = {}): Promise<number> {
		const status = await readUntil(
			() => this.exitStatus(),
			(exited) => exited !== undefined,
			{timeoutMs: options.timeout ?? 20_000, intervalMs: 25},
		);
		if (status === undefined) throw new Error(`the program did not exit; the screen was:\n${await this.screen()}`);
		return status;
	}

	/** The tmux server and every process of the pane: the wrapper shell, the program and its children. */
	#processes(): number[] {
		const [server, pane] = this.#pids;
		const now = pane === undefined ? [] : processTree(pane);
		return [...new Set([...(server === undefined ? [] : [server]), ...this.#processesAtHangUp, ...now])];
	}

	/**
	 * What sshd does to a dropped session: the tmux server and the pty go away (SIGHUP), and the
	 * program is left to notice by itself. kill() (or killAllTerminals) later ends whatever remains.
	 */
	async hangUp(): Promise<void> {
		if (this.#hungUp) return;
		this.#hungUp = true;
		// Noted while the tree is whole: once the wrapper is gone, its children have another parent.
		this.#processesAtHangUp = this.#processes();
		await this.#tmux(['kill-server']).catch(() => undefined);
	}

	/**
	 * Ends the program and the tmux server; safe to call twice. The hang-up alone is not trusted: a
	 * program that ignores it (or is slow to act on it) gets SIGTERM, then SIGKILL.
	 */
	async kill(): Promise<void> {
		if (this.#killed) return;
		this.#killed = true;
		live.delete(this);
		try {
			await this.hangUp();
			const remaining = this.#processes();
			if (!(await allEnded(remaining, HANG_UP_GRACE_MS))) await terminate(this.#processes());
		} finally {
			rmSync(this.#outputDir, {recursive: true, force: true});
		}
	}

	/** Sends `signal` to the program itself (the wrapper shell's child), as `kill PID` from elsewhere would. */
	signalProgram(signal: NodeJS.Signals): void {
		const [, pane] = this.#pids;
		const children = readFileSync(`/proc/${pane}/task/${pane}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
		if (children.length === 0) throw new Error('the program is not running');
		for (const pid of children) process.kill(Number(pid), signal);
	}

	/** The program's own process and the processes it started, while any of them runs. */
	runningProcesses(): number[] {
		const [, pane] = this.#pids;
		return pane === undefined ? [] : processTree(pane).filter((pid) => pid !== pane && isRunning(pid));
	}
}

/** For afterEach: ends every terminal this worker started that a test did not end itself. */
export async function killAllTerminals(): Promise<void> {
	await Promise.all([...live].map(async (terminal) => terminal.kill()));
}

function describe(expected: string | RegExp | ((screen: string) => boolean)): string {
	return typeof expected === 'function' ? 'the condition' : JSON.stringify(String(expected));
}
