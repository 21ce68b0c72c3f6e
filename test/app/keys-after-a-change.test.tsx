import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ScenarioState} from '../../source/scenario/types.js';
import {baseState, enableCodeState, finishedState, KEYS} from './fixtures.js';
import {inAct, renderApp} from './render-app.js';

afterEach(() => cleanup());

/*
 * A key that changes the screen (? closes the help) and the key after it can reach the program
 * together: in one read over SSH, or in two reads before React has drawn the first one's effect.
 * The second key must act on the screen the first one left, whichever screen that is.
 */
async function helpOpen(state: ScenarioState, size?: {columns: number; rows: number}) {
	const view = renderApp(state, size);
	await view.press('?');
	await view.until((frame) => !frame.includes('? help'));
	return view;
}

describe('a key that arrives with the one that closed the help', () => {
	it('chooses on the picker when ? and Enter come in one read', async () => {
		const view = await helpOpen(baseState({kind: 'choosing'}));
		await view.press(`?${KEYS.enter}`);
		await view.until(() => view.controller.events.length > 0);
		expect(view.controller.events).toEqual([{type: 'scenarioChosen', scenario: 'session-token'}]);
	});

	it('moves and chooses on the picker when the keys come in separate reads of one turn', async () => {
		const view = await helpOpen(baseState({kind: 'choosing'}));
		await inAct(async () => {
			for (const key of ['?', KEYS.down, KEYS.enter]) view.app.stdin.write(key);
		});
		await view.until(() => view.controller.events.length > 0);
		expect(view.controller.events).toEqual([{type: 'scenarioChosen', scenario: 'assume-role'}]);
	});

	it('types and submits a code when ? and the digits come in one read', async () => {
		const view = await helpOpen(enableCodeState(), {columns: 120, rows: 40});
		await view.press(`?123456${KEYS.enter}`);
		await view.until(() => view.controller.types().includes('codeSubmitted'));
		expect(view.controller.events).toContainEqual({type: 'codeSubmitted', code: '123456'});
	});

	it('types and submits a code whose digits come in separate reads of one turn', async () => {
		const view = await helpOpen(enableCodeState(), {columns: 120, rows: 40});
		await inAct(async () => {
			for (const key of ['?', ...'123456', KEYS.enter]) view.app.stdin.write(key);
		});
		await view.until(() => view.controller.types().includes('codeSubmitted'));
		expect(view.controller.events).toContainEqual({type: 'codeSubmitted', code: '123456'});
	});

	it('answers the confirmation when ? and y come in one read', async () => {
		const view = await helpOpen(baseState({kind: 'confirm'}));
		await view.press('?y');
		await view.until(() => view.controller.types().includes('confirmed'));
		expect(view.controller.types()).toEqual(['confirmed']);
	});

	it('leaves the summary when ? and q come in one read', async () => {
		const view = await helpOpen(finishedState());
		await view.press('?q');
		await view.until(() => view.controller.types().length > 0);
		expect(view.controller.types()).toEqual(['quitRequested']);
	});
});

describe('a key that no other key waits behind', () => {
	it('costs no render when it changes nothing, and the key after it still works', async () => {
		const view = renderApp(baseState({kind: 'ready', next: 'sessionWithoutMfa'}));
		await view.until((frame) => frame.includes('? help'));
		const drawn = view.app.frames.length;
		await view.press('x');
		expect(view.app.frames.length, 'after x').toBe(drawn);
		await view.press('?');
		await view.until((frame) => !frame.includes('? help'));
	});
});
