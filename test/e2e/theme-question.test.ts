import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Chalk} from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PALETTES, type ThemeName} from '../../source/theme/palettes.js';
import {PlayedTerminal, scriptAvailable} from '../support/played-terminal.js';
import {cli, prepareCli, removeCliCopy} from './support/build.js';

/*
 * The dashboard asks the terminal for its background (OSC 11, then DA1) by default. Whenever the
 * terminal answers — at once, after the first frame, in the same write as keys, or never — every
 * key the person types reaches the dashboard, and none of the answer does. The test plays the
 * terminal, so it decides when (and whether) the answer comes.
 */
const available = scriptAvailable();
if (!available) console.warn('util-linux `script` is not installed: the OSC 11 question tests are skipped.');

const OSC11_QUERY = '\u001B]11;?';
const DA1_QUERY = '\u001B[c';
const WHITE_REPLY = '\u001B]11;rgb:ffff/ffff/ffff\u001B\\';
const DA1_REPLY = '\u001B[?62;22c';
const REPLY = WHITE_REPLY + DA1_REPLY;

const HELP_OPEN = (text: string) => text.includes('show / hide this help');
const FIRST_FRAME = (text: string) => text.includes('LOCAL SANDBOX') && /\? help/.test(text);

/** The escape a 256-colour terminal gets for a theme's accent (the "sts-mfa" title, the keys' names). */
function accent(theme: ThemeName): string {
	const painted = new Chalk({level: 2}).hex(PALETTES[theme].accent)('x');
	return painted.slice(0, painted.indexOf('x'));
}

let stateDir = '';
const terminals: PlayedTerminal[] = [];

/** sts-mfa with no --theme and no STS_MFA_THEME: the default, auto. */
function start(args: readonly string[] = []): PlayedTerminal {
	const terminal = new PlayedTerminal([process.execPath, cli(), '--scenario', 'session-token', ...args], {
		env: {LANG: 'C.UTF-8', STS_MFA_STATE_DIR: stateDir, STS_MFA_CACHE_DIR: join(stateDir, 'cache')},
	});
	terminals.push(terminal);
	return terminal;
}

/** Waits for the question, then for the first frame; returns where the output stood then. */
async function questionThenFirstFrame(terminal: PlayedTerminal): Promise<number> {
	await terminal.waitFor('the OSC 11 and DA1 question', (_text, raw) =>
		raw.includes(`${OSC11_QUERY}\u001B\\${DA1_QUERY}`),
	);
	return terminal.waitFor('the first frame', FIRST_FRAME);
}

/** ? opens the help, ? closes it, q quits with status 0: three keys, none lost. */
async function keysWork(terminal: PlayedTerminal, from: number, firstKeys = '?'): Promise<void> {
	terminal.send(firstKeys);
	const opened = await terminal.waitFor('the help, opened by ?', HELP_OPEN, from);
	terminal.send('?');
	await terminal.waitFor('the help closed by the second ?', (text) => /\? help\s*$/.test(text), opened);
	terminal.send('q');
	expect(await terminal.exited).toBe(0);
}

describe.skipIf(!available)('keys around the OSC 11 question', () => {
	beforeAll(() => {
		prepareCli();
		stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-question-'));
	});
	afterEach(async () => {
		await Promise.all(terminals.splice(0).map((terminal) => terminal.kill()));
	});
	afterAll(() => {
		rmSync(stateDir, {recursive: true, force: true});
		removeCliCopy();
	});

	it('draws the first frame without waiting for the answer; the answer after it turns the screen light, and the keys typed right after it work', async () => {
		const terminal = start();
		const from = await questionThenFirstFrame(terminal);
		expect(terminal.output.slice(0, from)).toContain(accent('dark'));
		expect(terminal.output.slice(0, from)).not.toContain(accent('light'));
		terminal.send(REPLY);
		await keysWork(terminal, from);
		expect(terminal.output.slice(from)).toContain(accent('light'));
		expect(terminal.textSince(from)).not.toMatch(/rgb|62;22/);
	});

	it('turns light when a white terminal answers as soon as it is asked, as a local one does, and the keys work', async () => {
		const terminal = start();
		await terminal.waitFor('the OSC 11 and DA1 question', (_text, raw) => raw.includes(OSC11_QUERY));
		terminal.send(REPLY);
		const from = await terminal.waitFor('the first frame', FIRST_FRAME);
		// Answered while the dashboard loads, it is light from the first frame on; answered later, from the next.
		await terminal.waitFor('the light theme', (_text, raw) => raw.includes(accent('light')));
		await keysWork(terminal, from);
	});

	it('keeps a key typed before the first frame, while the question is open', async () => {
		const terminal = start();
		await terminal.waitFor('the OSC 11 and DA1 question', (_text, raw) => raw.includes(OSC11_QUERY));
		terminal.send('?');
		terminal.send(REPLY);
		await terminal.waitFor('the help, opened by the ? typed before the first frame', HELP_OPEN);
		terminal.send('q');
		expect(await terminal.exited).toBe(0);
	});

	it('takes keys that come in the same write as the answer', async () => {
		const terminal = start();
		const from = await questionThenFirstFrame(terminal);
		await keysWork(terminal, from, `${REPLY}?`);
	});

	it('works with a terminal that never answers', async () => {
		const terminal = start();
		await keysWork(terminal, await questionThenFirstFrame(terminal));
	});
});
