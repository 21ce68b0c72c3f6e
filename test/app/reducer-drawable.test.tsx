import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {describeChange, type Paint} from '../../source/plain/describe.js';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {update} from '../../source/scenario/update.js';
import {NOW} from '../scenario/fixtures.js';
import {candidateEvents, startsOf} from '../scenario/walk.js';
import {Random} from '../support/random.js';
import {renderApp} from './render-app.js';

/*
 * The reducer's random walks (test/scenario/walk.ts) end in states the front ends can draw: each
 * walk's last state, whatever phase it ended in, is drawn by the dashboard at 80x24 with its
 * header, and plain mode words every change along the way without throwing.
 */

afterEach(() => cleanup());

const plainPaint: Paint = {ok: (text) => text, bad: (text) => text, dim: (text) => text};

/** Walks from each start of `scenario`; every change is put into plain mode's words on the way. */
function walkEnds(scenario: string, walks: number): ScenarioState[] {
	const random = new Random(11);
	const starts = startsOf(scenario);
	const ends: ScenarioState[] = [];
	for (let walk = 0; walk < walks; walk++) {
		let state = starts[walk % starts.length]!;
		for (let i = 0; i < 60 && state.phase.kind !== 'exiting'; i++) {
			const next = update(state, random.pick(candidateEvents(state)), NOW + i * 1000).state;
			describeChange(state, next, plainPaint, NOW + i * 1000);
			state = next;
		}
		ends.push(state);
	}
	return ends;
}

describe('every state a random walk ends in can be drawn', () => {
	it.each(SCENARIO_NAMES)(
		'%s: plain mode words each change; the dashboard draws the last state',
		async (name) => {
			for (const state of walkEnds(name, 24)) {
				const {until, app} = renderApp(state);
				const frame = await until((current) => current.includes('sts-mfa'), 20_000);
				expect(frame.split('\n').length).toBeLessThanOrEqual(24);
				app.unmount();
			}
		},
		120_000,
	);
});
