// One attendee's whole demo over SSH, as an attendee without a phone runs it: the first scenario,
// Enter for each step, `a` for each code (the built-in authenticator), to the closing summary. The
// screen is read as a terminal shows it (xterm.js, headless), since frames only redraw what changed.
import xterm from '@xterm/headless';

/** An attendee whose demo does not reach its summary by then is a failure of the benchmark. */
const DEMO_LIMIT_MS = 300_000;

/** What the screen asks for now, read from the status bar and the live panel (as the e2e tests read it). */
function promptOn(screen) {
	if (/q exit/.test(screen)) return 'finished';
	if (/a auto code/.test(screen)) return 'code';
	if (/Enter\/y create/.test(screen)) return 'confirm';
	if (/Enter next step/.test(screen)) return 'next';
	return undefined;
}

/** The line naming the step Enter runs next; it changes once that step has run. */
const nextLine = (screen) => /(Next [▸>] .{1,20}|Press Enter to start\.)/.exec(screen)?.[1];

/** The key that moves the demo on from `screen`, and what the screen must show once it has. */
function nextMove(screen) {
	const prompt = promptOn(screen);
	if (prompt === 'code') return {key: 'a', done: (now) => promptOn(now) !== undefined && promptOn(now) !== 'code'};
	if (prompt === 'confirm')
		return {key: 'y', done: (now) => promptOn(now) !== undefined && promptOn(now) !== 'confirm'};
	const marker = nextLine(screen);
	if (prompt !== 'next' || marker === undefined) throw new Error(`the demo cannot move on from:\n${screen}`);
	return {key: '\r', done: (now) => !now.includes(marker) && promptOn(now) !== undefined};
}

/**
 * Runs `attendee`'s demo from the picker to its summary. `attendee.transcript` is everything its
 * terminal received so far; `attendee.stream` the channel. Resolves once the summary is on screen.
 */
export async function runWholeDemo(attendee, {cols, rows}) {
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true});
	const waiting = [];
	// Bytes as they came (a character may be split between two messages): xterm decodes UTF-8 across them.
	const feed = (data) =>
		terminal.write(data, () => {
			for (const wake of waiting.splice(0)) wake();
		});
	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true)).join(
			'\n',
		);
	};
	const deadline = performance.now() + DEMO_LIMIT_MS;
	const until = async (check) => {
		while (!check(screen())) {
			if (performance.now() > deadline) throw new Error(`an attendee's demo stalled on:\n${screen()}`);
			// A stalled screen sends nothing: look again each second, for the deadline.
			await Promise.race([new Promise((wake) => waiting.push(wake)), new Promise((wake) => setTimeout(wake, 1_000))]);
		}
		return screen();
	};
	feed(attendee.transcript);
	attendee.stream.on('data', feed);
	try {
		attendee.stream.write('\r');
		let now = await until((text) => promptOn(text) !== undefined);
		for (let moves = 0; promptOn(now) !== 'finished'; moves++) {
			if (moves > 30) throw new Error(`the demo did not reach its summary:\n${now}`);
			const {key, done} = nextMove(now);
			attendee.stream.write(key);
			now = await until(done);
		}
	} finally {
		attendee.stream.off('data', feed);
		terminal.dispose();
	}
}
