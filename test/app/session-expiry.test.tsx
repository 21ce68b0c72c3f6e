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

	it('keeps counting while only a second user, stolen-key’s, is deleted', async () => {
		const state = finishedState();
		const demoUser = state.teardown.items.find((item) => item.kind === 'user');
		if (!demoUser) throw new Error('the fixture has no user row');
		const others = state.teardown.items.filter((item) => item !== demoUser);
		const second = {
			kind: 'user',
			id: 'sts-mfa-victim-r1a2b3',
			status: 'done',
			userName: 'sts-mfa-victim-r1a2b3',
		} as const;
		const counting = renderApp(
			{...state, teardown: {...state.teardown, items: [...others, second, {...demoUser, status: 'pending'}]}},
			{columns: 120, rows: 40},
		);
		await counting.press('\u001B[D');
		const frame = await counting.until((now) => now.includes('session key ASIASESSIONKEY000001'));
		expect(frame).toMatch(/expires in/);
		expect(frame).not.toContain('ended:');
	});

	it('says a role session ended when its role is deleted, not its user', async () => {
		const state = finishedState();
		const withMfa = state.results.withMfa;
		if (!withMfa) throw new Error('the fixture has no MFA session');
		const roleSession = {
			...state,
			results: {
				...state.results,
				withMfa: {...withMfa, assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/sts-mfa-role-r1a2b3/demo'},
			},
		};
		const userGone = renderApp(roleSession, {columns: 120, rows: 40});
		await userGone.press('\u001B[D');
		const before = await userGone.until((now) => now.includes('assumed-role') || now.includes('sts-mfa-role-r1a2b3'));
		expect(before).toMatch(/expires in/);
		cleanup();
		const roleGone = renderApp(
			{
				...roleSession,
				teardown: {
					...roleSession.teardown,
					items: [...roleSession.teardown.items, {kind: 'role', id: 'sts-mfa-role-r1a2b3', status: 'done'}],
				},
			},
			{columns: 120, rows: 40},
		);
		await roleGone.press('\u001B[D');
		const after = await roleGone.until((now) => now.includes('ended: its role was deleted'));
		expect(after).not.toMatch(/expires in/);
	});
});
