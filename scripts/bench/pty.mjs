// A program in a pseudo-terminal with timestamps on its output, for start-up and latency figures.
//
// util-linux `script` gives the program a real pty and relays its output to our pipe as it is
// written (-f flushes each write), so a frame's bytes reach us within microseconds of the write.
// That costs one small extra process (script, then sh to size the pty with stty) at start; bench.mjs
// measures that cost with a program that prints one byte and reports it next to the figures.
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

const SGR_AND_CONTROL = /\u001B\[[\d;?]*[A-Za-z]|\u001B[()][A-Z0-9]|\u001B[78=>]/g;

/** Text as a person would read it: escapes removed (cursor moves become nothing, not spaces). */
export function plainText(output) {
	return output.replace(SGR_AND_CONTROL, '');
}

const OSC11_QUERY = '\u001B]11;?';
const DA1_QUERY = '\u001B[c';

/**
 * Answers what a terminal emulator answers at once (xterm, VTE, kitty, iTerm2, Windows Terminal):
 * its background colour (OSC 11, here a dark one) and its device attributes (DA1). The dashboard
 * asks both as it starts when no theme is chosen, and draws its first frame without waiting for
 * them; `startInPty(…, {answers: false})` is a terminal that never answers, to show that.
 */
function answerAsTerminal(data, input) {
	if (data.includes(OSC11_QUERY)) input.write('\u001B]11;rgb:1e1e/1e1e/1e1e\u001B\\');
	if (data.includes(DA1_QUERY)) input.write('\u001B[?62;22c');
}

function shellQuote(word) {
	return `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * Starts argv in a pty of cols × rows. `startedAt` is taken just before spawn: figures include
 * everything the user waits for, process creation included.
 */
export function startInPty(argv, {cols = 80, rows = 24, env = {}, cwd, answers = true} = {}) {
	const command = `stty cols ${cols} rows ${rows}; exec ${argv.map(shellQuote).join(' ')}`;
	const startedAt = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {
		cwd,
		env: {...process.env, TERM: 'xterm-256color', ...env},
		stdio: ['pipe', 'pipe', 'inherit'],
		detached: true,
	});
	const chunks = [];
	let output = '';
	const waiters = new Set();
	child.stdout.setEncoding('utf8');
	child.stdout.on('data', (data) => {
		const at = performance.now();
		chunks.push({at, bytes: Buffer.byteLength(data)});
		output += data;
		if (answers) answerAsTerminal(data, child.stdin);
		for (const waiter of waiters) waiter.check(at);
	});
	const exited = new Promise((resolve) => {
		child.on('exit', (code) => resolve(code ?? 128));
	});
	return {
		startedAt,
		chunks,
		exited,
		get output() {
			return output;
		},
		/** Sends keys; returns the time they were handed to the pty. */
		send(keys) {
			const at = performance.now();
			child.stdin.write(keys);
			return at;
		},
		/** Resolves with the arrival time of the output chunk after which `predicate(outputSince(from))` holds. */
		waitFor(predicate, {from = 0, timeout = 10_000} = {}) {
			return new Promise((resolve, reject) => {
				const waiter = {
					check(at) {
						if (!predicate(output.slice(from))) return;
						clearTimeout(timer);
						waiters.delete(waiter);
						resolve(at);
					},
				};
				const timer = setTimeout(() => {
					waiters.delete(waiter);
					reject(new Error(`timed out; the last output was: ${JSON.stringify(plainText(output.slice(-600)))}`));
				}, timeout);
				waiters.add(waiter);
				waiter.check(performance.now());
			});
		},
		/** Ends the whole process group (script, the shell and the program). */
		async stop(keys) {
			if (keys !== undefined && child.exitCode === null) {
				child.stdin.write(keys);
				const quit = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'))]);
				if (quit !== 'timeout') return quit;
			}
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
			return exited;
		},
	};
}
