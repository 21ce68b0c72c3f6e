import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {finishedState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

describe('the MFA session result', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`shows the session key and its whole countdown at ${columns}x${rows}`, () => {
			const state = finishedState();
			const view = renderApp(
				{
					...state,
					phase: {kind: 'ready', next: 'teardown'},
					steps: {...state.steps, teardown: {status: 'pending'}},
					teardown: {items: [], completed: false},
				},
				{columns, rows},
			);
			const frame = view.frame();
			expect(frame).toContain('session key ASIASESSIONKEY000001');
			expect(frame).toMatch(/expires in (59:\d\d|1:00:00)/);
			expect(frame).toContain('demo-reports');
			expect(frame).toContain('Next ▸ Tear everything down');
		});
	}

	it('stops counting once teardown has deleted the session’s user', async () => {
		const view = renderApp(finishedState(), {columns: 120, rows: 40});
		await view.press('\u001B[D');
		const frame = await view.until((now) => now.includes('session key ASIASESSIONKEY000001'));
		expect(frame).toContain('ended: its user was deleted');
		expect(frame).not.toMatch(/expires in/);
	});
});
