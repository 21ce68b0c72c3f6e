import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ScenarioState} from '../../source/scenario/types.js';
import {createdState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

const SPINNER = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;

function sessionCodeState(patch: Partial<ScenarioState> = {}, autoCodeReadyAt?: number): ScenarioState {
	const state = createdState({
		kind: 'codeEntry',
		step: 'sessionWithMfa',
		entry: {purpose: 'session', needed: 1, codes: [], ...(autoCodeReadyAt ? {autoCodeReadyAt} : {})},
	});
	return {
		...state,
		steps: {
			...state.steps,
			sessionWithoutMfa: {status: 'done', ms: 20},
			sessionWithMfa: {status: 'running', startedAt: Date.now()},
		},
		...patch,
	};
}

/** The row of the steps list (the left column), not the detail panel's title. */
function stepRow(frame: string, title: string): string {
	const row = frame.split('\n').find((line) => line.indexOf(title) >= 0 && line.indexOf(title) < 6) ?? '';
	return [...row].slice(0, 52).join('');
}

describe('a step waiting for the presenter', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`is marked "your turn" instead of spinning at ${columns}x${rows}`, () => {
			const view = renderApp(sessionCodeState(), {columns, rows});
			const row = stepRow(view.frame(), '7. Session with MFA');
			expect(row).toContain('✎');
			expect(row).toContain('your turn');
			expect(row).not.toMatch(SPINNER);
		});
	}

	it('spins again once the code is in and AWS is working', () => {
		const state = sessionCodeState();
		const view = renderApp({...state, phase: {kind: 'running', step: 'sessionWithMfa'}});
		const row = stepRow(view.frame(), '7. Session with MFA');
		expect(row).toMatch(SPINNER);
		expect(row).not.toContain('your turn');
	});

	it("is not the presenter's turn while the built-in authenticator fills the code in", () => {
		const auto = sessionCodeState({options: {...sessionCodeState().options, autoMfa: true}});
		expect(stepRow(renderApp(auto).frame(), '7. Session with MFA')).not.toContain('your turn');
		cleanup();
		const waiting = sessionCodeState({}, Date.now() + 10_000);
		expect(stepRow(renderApp(waiting).frame(), '7. Session with MFA')).not.toContain('your turn');
	});
});
