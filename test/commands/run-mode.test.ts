import {describe, expect, it} from 'vitest';
import {parseCli, type RunArgs} from '../../source/cli/args.js';
import {runMode} from '../../source/commands/run-mode.js';
import {UsageError} from '../../source/errors.js';

/* Which way a run is shown: the dashboard, the screen-reader mode's lines and keys, or the plain log. */

const run = (argv: string[]) => parseCli(argv) as RunArgs;
const terminal = {stdoutIsTerminal: true, stdinIsTerminal: true, env: {}};

describe('the run mode', () => {
	it('is the dashboard on a terminal, and the screen-reader mode with --screen-reader or INK_SCREEN_READER=true', () => {
		expect(runMode(run([]), terminal).mode).toBe('dashboard');
		expect(runMode(run(['--screen-reader']), terminal).mode).toBe('screenReader');
		expect(runMode(run([]), {...terminal, env: {INK_SCREEN_READER: 'true'}}).mode).toBe('screenReader');
		expect(runMode(run([]), {...terminal, env: {INK_SCREEN_READER: 'false'}}).mode).toBe('dashboard');
	});

	it('reads a dumb terminal in screen-reader mode too: its lines never move the cursor', () => {
		expect(runMode(run([]), {...terminal, env: {TERM: 'dumb'}}).mode).toBe('plain');
		expect(runMode(run(['--screen-reader']), {...terminal, env: {TERM: 'dumb'}}).mode).toBe('screenReader');
	});

	it('falls back to the plain log, saying so, when --screen-reader has no terminal to read keys from', () => {
		const piped = runMode(run(['--screen-reader']), {...terminal, stdinIsTerminal: false});
		expect(piped.mode).toBe('plain');
		expect(piped.note).toMatch(/--screen-reader needs a terminal for its keys/);
		// Asked by the environment only: the plain log, as any run without a terminal.
		expect(
			runMode(run([]), {stdoutIsTerminal: false, stdinIsTerminal: false, env: {INK_SCREEN_READER: 'true'}}),
		).toEqual({
			mode: 'plain',
		});
	});

	it('refuses --screen-reader with --plain or --json, and lets either win over INK_SCREEN_READER', () => {
		expect(() => runMode(run(['--screen-reader', '--plain']), terminal)).toThrow(UsageError);
		expect(() => runMode(run(['--screen-reader', '--json']), terminal)).toThrow(/pick one/);
		expect(runMode(run(['--plain']), {...terminal, env: {INK_SCREEN_READER: 'true'}}).mode).toBe('plain');
	});
});
