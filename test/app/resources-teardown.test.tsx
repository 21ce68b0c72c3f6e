import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ScenarioState, TeardownItem} from '../../source/scenario/types.js';
import {createdState, finishedState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

/** The Resources panel's rows, left column only. */
function resourceRows(frame: string, width: number): Record<string, string> {
	const lines = frame.split('\n').map((line) => [...line].slice(0, width).join('').trimEnd());
	const start = lines.findIndex((line) => line.startsWith('Resources'));
	const rows: Record<string, string> = {};
	for (const line of lines.slice(start + 1, start + 5)) rows[line.slice(0, 12).trim()] = line.slice(12);
	return rows;
}

function withItems(
	state: ScenarioState,
	statuses: Partial<Record<TeardownItem['kind'], TeardownItem['status']>>,
): ScenarioState {
	const items = state.teardown.items.map((item) => ({...item, status: statuses[item.kind] ?? 'pending'}));
	return {
		...state,
		phase: {kind: 'tearingDown', exitAfter: false},
		teardown: {...state.teardown, items, completed: false},
	};
}

describe('resources panel during and after teardown', () => {
	for (const [columns, rows, width] of [
		[80, 24, 34],
		[120, 40, 52],
	] as const) {
		it(`marks every resource deleted once teardown finished at ${columns}x${rows}`, () => {
			const view = renderApp(finishedState(), {columns, rows});
			const panel = resourceRows(view.frame(), width);
			for (const label of ['user', 'MFA device', 'access key', 'policy']) expect(panel[label]).toMatch(/✓ deleted$/);
			// A successful deletion never wears the failure mark.
			expect(Object.values(panel).join('\n')).not.toContain('✗');
			expect(view.frame()).not.toContain('(in force)');
			expect(view.frame()).not.toContain('(enabled)');
		});
	}

	it('follows the teardown item by item', () => {
		const state = withItems(finishedState(), {userPolicy: 'done', accessKey: 'running'});
		const panel = resourceRows(renderApp(state, {columns: 120, rows: 40}).frame(), 52);
		expect(panel.policy).toMatch(/✓ deleted$/);
		expect(panel['access key']).toMatch(/AKIAEXAMPLEDEMOKEY01 deleting…$/);
		expect(panel['MFA device']).toMatch(/\(enabled\)$/);
		expect(panel.user).toBe('sts-mfa-demo-r1a2b3');
	});

	it('says "left behind" for a resource whose deletion failed', () => {
		const state = withItems(finishedState(), {
			userPolicy: 'done',
			accessKey: 'done',
			mfaDeactivation: 'done',
			virtualMfaDevice: 'failed',
			user: 'failed',
		});
		const panel = resourceRows(renderApp({...state, phase: {kind: 'finished'}}).frame(), 34);
		expect(panel['MFA device']).toMatch(/left behind$/);
		expect(panel.user).toMatch(/left behind$/);
		expect(panel['access key']).toMatch(/✓ deleted$/);
	});

	it('shows live resources as before while nothing is being deleted', () => {
		const panel = resourceRows(renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'})).frame(), 34);
		expect(panel.policy).toMatch(/\(in force\)$/);
		expect(Object.values(panel).join(' ')).not.toMatch(/deleted|left behind|deleting/);
	});
});
