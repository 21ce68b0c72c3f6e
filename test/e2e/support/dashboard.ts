import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll} from 'vitest';
import {stopChildren} from '../../support/processes.js';
import {ROOT, cli, prepareCli, removeCliCopy} from './build.js';
import {Terminal, killAllTerminals} from './terminal.js';

/*
 * Driving the real dashboard the way a person does: read what the screen asks for, press that key,
 * and wait until the screen has moved on before reading it again (never a fixed delay).
 */

export interface Size {
	readonly cols: number;
	readonly rows: number;
}

export const SIZES: readonly Size[] = [
	{cols: 80, rows: 24},
	{cols: 120, rows: 40},
];

const stateDirs: string[] = [];
let cacheDir: string | undefined;

/**
 * `sts-mfa [args]` from dist/, with journals in a scratch directory, and the V8 code cache in one
 * shared by the test file's starts (the first writes it, the others run from it), not the user's.
 * Without a --scenario in `args` it runs session-token, past the first screen's choice, unless
 * `picker` asks for that screen.
 */
export async function startDashboard(
	size: Size,
	options: {args?: readonly string[]; env?: Record<string, string>; picker?: boolean; background?: string} = {},
): Promise<Terminal> {
	const args = options.args ?? [];
	const scenario = options.picker || args.includes('--scenario') ? [] : ['--scenario', 'session-token'];
	const stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-e2e-state-'));
	stateDirs.push(stateDir);
	cacheDir ??= mkdtempSync(join(tmpdir(), 'sts-mfa-e2e-cache-'));
	return Terminal.start([process.execPath, cli(), ...scenario, ...args], {
		...size,
		cwd: ROOT,
		...(options.background ? {background: options.background} : {}),
		env: {STS_MFA_STATE_DIR: stateDir, STS_MFA_CACHE_DIR: cacheDir, ...options.env},
	});
}

export function removeStateDirs(): void {
	for (const dir of stateDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
	if (cacheDir !== undefined) rmSync(cacheDir, {recursive: true, force: true});
	cacheDir = undefined;
}

/**
 * For a describe block that runs the built CLI in terminals: its own copy of dist/ first; after each
 * test, every terminal and child process it left ended; at the end, its state directories and copy removed.
 */
export function useDashboardTerminals(): void {
	beforeAll(prepareCli);
	afterEach(async () => {
		await killAllTerminals();
		await stopChildren();
	});
	afterAll(() => {
		removeStateDirs();
		removeCliCopy();
	});
}

/** The dashboard's first frame: the header says where calls go, the status bar offers help. */
export const FIRST_FRAME = (screen: string) => screen.includes('LOCAL SANDBOX') && /\? help/.test(screen);

/** What the screen asks the user to do now, read from the status bar and the live panel. */
export type Prompt = 'start' | 'next' | 'confirm' | 'code' | 'finished';

export function promptOn(screen: string): Prompt | undefined {
	if (/q exit/.test(screen)) return 'finished';
	if (/a auto code/.test(screen)) return 'code';
	if (/Enter\/y create/.test(screen)) return 'confirm';
	if (/Enter next step/.test(screen)) return /Press Enter to start/.test(screen) ? 'start' : 'next';
	return undefined;
}

/**
 * What names the step Enter will run; it changes once that step has run. Narrow panels truncate the
 * title, and the first 20 characters already tell every step apart.
 */
function nextLine(screen: string): string | undefined {
	return /(Next [▸>] .{1,20}|Press Enter to start\.)/.exec(screen)?.[1];
}

/** Presses Enter on a ready screen and waits until the step it named has been taken. */
export async function runNextStep(terminal: Terminal, screen: string): Promise<string> {
	const marker = nextLine(screen);
	if (marker === undefined) throw new Error(`no step to run on this screen:\n${screen}`);
	await terminal.press('Enter');
	// mfa-age's eighth step waits for real until its MFA is 31 s old.
	return terminal.waitFor((now) => !now.includes(marker) && promptOn(now) !== undefined, {
		timeout: 60_000,
		settled: true,
	});
}

/** Answers the confirmation before anything is created and waits until it is gone. */
export async function confirmRun(terminal: Terminal): Promise<string> {
	await terminal.type('y');
	return terminal.waitFor((now) => promptOn(now) !== undefined && promptOn(now) !== 'confirm', {
		timeout: 30_000,
		settled: true,
	});
}

/** The one action that moves the demo on from `screen`, and the screen it leads to. */
async function advance(terminal: Terminal, screen: string): Promise<string> {
	switch (promptOn(screen)) {
		case 'code':
			return autoFillCodes(terminal);
		case 'confirm':
			return confirmRun(terminal);
		case 'start':
		case 'next':
			return runNextStep(terminal, screen);
		default:
			throw new Error(`the demo cannot move on from this screen:\n${screen}`);
	}
}

/** Fills the pending code(s) with the built-in authenticator and waits for the entry to close. */
export async function autoFillCodes(terminal: Terminal): Promise<string> {
	await terminal.type('a');
	return terminal.waitFor((now) => promptOn(now) !== undefined && promptOn(now) !== 'code', {
		timeout: 30_000,
		settled: true,
	});
}

/** Runs Enter-steps (filling codes with the built-in authenticator) until `count` steps are done. */
export async function completeSteps(terminal: Terminal, count: number): Promise<string> {
	let screen = await terminal.waitFor((now) => promptOn(now) !== undefined, {timeout: 30_000, settled: true});
	// ✓, or its ASCII stand-in + where the locale is not UTF-8.
	while ((screen.match(/[✓+] +\d\./g) ?? []).length < count) screen = await advance(terminal, screen);
	return screen;
}

/**
 * Runs the demo from wherever it is to the summary. `onCodeEntry` sees each code-entry screen
 * before the codes are filled (the QR code is on the first one).
 */
export async function runToSummary(
	terminal: Terminal,
	onCodeEntry: (screen: string, index: number) => Promise<void> = async () => undefined,
): Promise<string> {
	let screen = await terminal.waitFor((now) => promptOn(now) !== undefined, {timeout: 30_000, settled: true});
	let codeEntries = 0;
	for (let actions = 0; actions < 30; actions++) {
		const prompt = promptOn(screen);
		if (prompt === 'finished') return screen;
		if (prompt === 'code') await onCodeEntry(await terminal.screen({colours: true}), codeEntries++);
		screen = await advance(terminal, screen);
	}
	throw new Error(`the demo did not reach its summary; the screen was:\n${screen}`);
}

/** Shown above the seed once `s` revealed it (the panel may wrap the rest of the heading). */
export const SEED_HEADING = 'Secret key (manual entry)';

/** The Base32 seed shown (after `s`) under its heading, groups of four joined. */
export function revealedSeed(screen: string): string | undefined {
	const lines = screen.split('\n');
	const heading = lines.findIndex((line) => line.includes(SEED_HEADING));
	if (heading < 0) return undefined;
	const column = lines[heading]!.indexOf('Secret key');
	const isGroups = (text: string) => /^[A-Z2-7]{1,4}( [A-Z2-7]{1,4})*$/.test(text);
	const below = lines.slice(heading + 1).map((line) => line.slice(column).trim());
	const first = below.findIndex(isGroups);
	// The seed follows the heading directly, or after its wrapped remainder.
	if (first < 0 || first > 1) return undefined;
	const groups: string[] = [];
	for (const text of below.slice(first)) {
		if (!isGroups(text)) break;
		groups.push(...text.split(' '));
	}
	return groups.join('');
}
