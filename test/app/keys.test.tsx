import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Phase} from '../../source/scenario/types.js';
import {baseState, createdState, enableCodeState, finishedState, KEYS} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

function statusBar(frame: string): string {
	return (
		frame
			.split('\n')
			.filter((line) => line.trim() !== '')
			.at(-1) ?? ''
	);
}

describe('status bar', () => {
	const cases: [string, Phase, string[], string[]][] = [
		['preflight', {kind: 'preflight'}, ['q quit', '? help'], ['Enter', 'retry', 'tear down']],
		['confirm', {kind: 'confirm'}, ['Enter/y create', 'n cancel', 'q quit'], ['tear down', 'review']],
		[
			'ready',
			{kind: 'ready', next: 'sessionWithoutMfa'},
			['Enter next step', '←→ review', 't tear down', 'q quit'],
			['retry', 'auto code'],
		],
		['running', {kind: 'running', step: 'sessionWithoutMfa'}, ['t tear down', 'q quit'], ['Enter', 'retry']],
		[
			'failed',
			{kind: 'failed', step: 'sessionWithoutMfa', error: {code: 'Aws', message: 'boom'}},
			['r retry', 't tear down'],
			['Enter', 'auto code'],
		],
		[
			'tearingDown',
			{kind: 'tearingDown', exitAfter: false},
			['q leave now (rest left behind)', '? help'],
			['Enter', 'retry', 'tear down', 'q quit'],
		],
	];
	for (const [name, phase, shown, absent] of cases) {
		it(`shows only the keys that work while ${name}`, () => {
			const {frame} = renderApp(createdState(phase));
			const bar = statusBar(frame());
			for (const hint of shown) expect(bar).toContain(hint);
			for (const hint of absent) expect(bar).not.toContain(hint);
		});
	}

	it('offers the code keys while a code is asked for', () => {
		const bar = statusBar(renderApp(enableCodeState(), {columns: 120, rows: 40}).frame());
		for (const hint of ['0-9 Enter type code', 'a auto code', 's seed', 't tear down', 'q quit'])
			expect(bar).toContain(hint);
	});

	it('says q exits once the run has finished', () => {
		expect(statusBar(renderApp(finishedState()).frame())).toContain('q exit');
	});
});

describe("keys dispatch the user's intent", () => {
	it('Enter runs the next step', async () => {
		const view = renderApp(baseState({kind: 'ready', next: 'createUser'}));
		await view.press(KEYS.enter);
		expect(view.controller.types()).toEqual(['nextRequested']);
	});

	it('Enter or y confirms, n declines', async () => {
		const view = renderApp(baseState({kind: 'confirm'}));
		await view.press(KEYS.enter);
		await view.press('y');
		await view.press('n');
		expect(view.controller.types()).toEqual(['confirmed', 'confirmed', 'declined']);
	});

	it('r retries a failed step; t and q ask first (y, or the same key again, goes ahead); Ctrl-C quits at once', async () => {
		const view = renderApp(
			createdState({kind: 'failed', step: 'sessionWithoutMfa', error: {code: 'Aws', message: 'boom'}}),
		);
		await view.press('r');
		await view.press('t');
		expect(statusBar(await view.until((frame) => frame.includes('Tear everything down now?')))).toContain(
			'n/Esc no, carry on',
		);
		expect(view.controller.types()).toEqual(['retryRequested']);
		await view.press('y');
		await view.press('q');
		await view.until((frame) => frame.includes('Quit? Everything created is torn down first.'));
		await view.press('q');
		await view.press(KEYS.ctrlC);
		expect(view.controller.types()).toEqual(['retryRequested', 'teardownRequested', 'quitRequested', 'quitRequested']);
	});

	it('n or Esc withdraws the question and nothing is torn down; other keys are ignored meanwhile', async () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		await view.press('t');
		await view.until((frame) => frame.includes('Tear everything down now?'));
		await view.press(KEYS.enter);
		await view.press('n');
		await view.until((frame) => !frame.includes('Tear everything down now?'));
		await view.press('q');
		await view.until((frame) => frame.includes('Quit?'));
		await view.press(KEYS.escape);
		await view.until((frame) => !frame.includes('Quit?') && statusBar(frame).includes('Enter next step'));
		expect(view.controller.types()).toEqual([]);
	});

	it('t and q act at once when nothing has been created yet', async () => {
		const view = renderApp(baseState({kind: 'ready', next: 'createUser'}));
		await view.press('t');
		await view.press('q');
		expect(view.controller.types()).toEqual(['teardownRequested', 'quitRequested']);
	});

	it('during teardown, q and Ctrl-C leave at once instead of waiting for a stalled endpoint', async () => {
		const view = renderApp(createdState({kind: 'tearingDown', exitAfter: false}));
		await view.press('q');
		await view.press(KEYS.ctrlC);
		expect(view.controller.types()).toEqual(['teardownAbandoned', 'teardownAbandoned']);
	});

	it('ignores keys that do nothing now', async () => {
		const view = renderApp(createdState({kind: 'running', step: 'sessionWithoutMfa'}));
		await view.press(KEYS.enter);
		await view.press('r');
		await view.press('a');
		await view.press('y');
		expect(view.controller.types()).toEqual([]);
	});

	it('a asks the built-in authenticator for the codes', async () => {
		const view = renderApp(enableCodeState());
		await view.press('a');
		expect(view.controller.types()).toEqual(['autoCodesRequested']);
	});
});

describe('keys that reach the program in one read (a slow SSH link, or typed while it was busy)', () => {
	it('are each obeyed: two Enters, then q', async () => {
		const view = renderApp(baseState({kind: 'ready', next: 'createUser'}));
		await view.press('\r\rq');
		// The fake controller does not move on, so both Enters still find a next step to ask for.
		expect(view.controller.types()).toEqual(['nextRequested', 'nextRequested', 'quitRequested']);
	});

	it('a Ctrl-C among them still quits, and y confirms', async () => {
		const view = renderApp(baseState({kind: 'confirm'}));
		await view.press('y\u0003');
		expect(view.controller.types()).toEqual(['confirmed', 'quitRequested']);
	});

	it('s typed three times shows the seed (each s toggles it)', async () => {
		const view = renderApp(enableCodeState(), {columns: 120, rows: 40});
		await view.press('sss');
		await view.until((frame) => frame.includes('JBSW Y3DP'));
		await view.press('s');
		await view.until((frame) => !frame.includes('JBSW Y3DP'));
	});
});

describe('code input', () => {
	it('takes digits only, at most six, and submits them with Enter', async () => {
		const view = renderApp(enableCodeState());
		expect(view.frame()).toContain('Code 1 of 2 to enable the device');
		await view.press('12x3');
		await view.press('4 5');
		await view.press('67');
		await view.until((frame) => frame.includes('› 123456'));
		await view.press(KEYS.enter);
		expect(view.controller.events).toEqual([{type: 'codeSubmitted', code: '123456'}]);
		await view.until((frame) => !frame.includes('123456'));
	});

	it('asks for six digits instead of submitting a short code', async () => {
		const view = renderApp(enableCodeState());
		await view.press('123');
		await view.press(KEYS.enter);
		await view.until((frame) => frame.includes('A code has 6 digits'));
		expect(view.controller.events).toEqual([]);
	});

	it('shows why a code was refused, and which code is next', () => {
		const refused = enableCodeState('invalid');
		const {frame} = renderApp(refused, {columns: 120, rows: 40});
		expect(frame()).toContain('Code not valid for this device');
	});

	it('asks for a fresh code for the session, with a countdown to the next code', () => {
		const state = createdState({
			kind: 'codeEntry',
			step: 'sessionWithMfa',
			entry: {purpose: 'session', needed: 1, codes: [], error: 'reused'},
		});
		const {frame} = renderApp(state);
		expect(frame()).toContain('Fresh code for the MFA session');
		expect(frame()).toContain('That code was already used');
		expect(frame()).toMatch(/next code in\s+\d+s/);
		expect(frame()).not.toContain('█▀▀▀▀▀█');
	});

	it('lets letters act as shortcuts while the field has focus but holds no digits', async () => {
		const view = renderApp(enableCodeState());
		await view.press('t');
		await view.until((frame) => frame.includes('Tear everything down now?'));
		await view.press('y');
		await view.until(() => view.controller.types().length > 0);
		expect(view.controller.types()).toEqual(['teardownRequested']);
		expect(view.frame()).not.toContain('› t');
	});
});

describe('help overlay', () => {
	it('lists every key on ?, and closes with Esc', async () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		await view.press('?');
		const help = await view.until((frame) => frame.includes('Keys'));
		for (const key of ['Enter', 'y / n', '0-9', 'a ', 's ', '← → ↑ ↓', 'Esc', 'r ', 't ', 'q ', 'Ctrl-C'])
			expect(help).toContain(key);
		expect(statusBar(help)).toContain('?/Esc close help');
		await view.press(KEYS.enter);
		expect(view.controller.events).toEqual([]);
		await view.press(KEYS.escape);
		await view.until((frame) => frame.includes('Steps') && !frame.includes('q / Ctrl-C'));
	});
});
