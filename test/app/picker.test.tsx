import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {SCENARIO_NAMES, scenarioOf} from '../../source/scenario/scenarios/index.js';
import {baseState, KEYS} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => cleanup());

describe('the first screen without --scenario', () => {
	it('lists every scenario with its one line, session-token highlighted, and the keys to choose', () => {
		const {frame} = renderApp(baseState({kind: 'choosing'}));
		expect(frame()).toContain('› session-token');
		expect(frame()).toContain('  assume-role');
		expect(frame()).toContain('  force-mfa');
		expect(frame()).toContain(scenarioOf({scenario: 'session-token'}).summary.en.slice(0, 40));
		expect(frame()).toContain('↑↓ Enter choose a scenario');
		// Started from a command line: the flag that skips this screen is offered.
		expect(frame()).toContain('Which scenario? (--scenario NAME skips this screen)');
		for (const line of frame().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
	});

	it('moves the highlight with the arrow keys and chooses with Enter', async () => {
		const view = renderApp(baseState({kind: 'choosing'}));
		const last = SCENARIO_NAMES.at(-1);
		await view.press(KEYS.down);
		await view.until((frame) => frame.includes(`› ${SCENARIO_NAMES[1]}`));
		// Down past the end stays on the last scenario.
		for (const _ of SCENARIO_NAMES) await view.press(KEYS.down);
		await view.until((frame) => frame.includes(`› ${last}`));
		await view.press(KEYS.up);
		await view.until((frame) => frame.includes(`› ${SCENARIO_NAMES.at(-2)}`));
		await view.press(KEYS.down);
		await view.until((frame) => frame.includes(`› ${last}`));
		await view.press(KEYS.enter);
		expect(view.controller.events).toEqual([{type: 'scenarioChosen', scenario: last}]);
	});

	it('obeys keys that arrive in one read', async () => {
		const view = renderApp(baseState({kind: 'choosing'}));
		await view.press(`${KEYS.down}${KEYS.enter}`);
		expect(view.controller.events).toEqual([{type: 'scenarioChosen', scenario: 'assume-role'}]);
	});
});
