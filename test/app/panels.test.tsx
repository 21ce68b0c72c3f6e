import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {baseState, createdState, enableCodeState, finishedState, SECRET_ACCESS_KEY, SEED} from './fixtures.js';
import {renderApp} from './render-app.js';
import {demoNames} from '../../source/scenario/names.js';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import {declaredCreations} from '../../source/scenario/teardown-plan.js';

afterEach(() => {
	cleanup();
});

function lineCount(frame: string): number {
	return frame.split('\n').length;
}

function widest(frame: string): number {
	return Math.max(...frame.split('\n').map((line) => [...line].length));
}

describe('the tags a run puts on what it creates', () => {
	it('are shown as they really are, on the confirmation and on the user step', () => {
		const names = demoNames('r1a2b3');
		const confirm = renderApp({...baseState({kind: 'confirm'}), names}, {columns: 120, rows: 40});
		expect(confirm.frame()).toContain('tagged sts-mfa:run=r1a2b3, sts-mfa:created-by=sts-mfa');
		expect(confirm.frame()).not.toContain('run-id=');
	});
});

describe('the confirmation on AWS', () => {
	it.each(SCENARIO_NAMES)('lists every resource %s will create, each once, two of a kind included', (scenario) => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const state = {...baseState({kind: 'confirm'}), scenario};
			const {frame} = renderApp(state, {columns: 120, rows: 60});
			const bullets = frame().match(/• /g) ?? [];
			expect(bullets).toHaveLength(declaredCreations(state).length);
			// React says so when two rows share a key: one of them may be dropped on the next frame.
			expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
		} finally {
			errors.mockRestore();
		}
	});
});

describe('header', () => {
	it('says plainly that the sandbox is not AWS', () => {
		const {frame} = renderApp(baseState());
		expect(frame()).toContain('LOCAL SANDBOX — not AWS');
	});

	it('shows the account and caller ARN on AWS', () => {
		const state = {...baseState(), target: {kind: 'aws' as const, region: 'eu-west-1'}};
		const {frame} = renderApp(state, {columns: 120, rows: 40});
		expect(frame()).toContain('AWS account 123456789012');
		expect(frame()).toContain('arn:aws:iam::123456789012:user/admin');
		expect(frame()).not.toContain('SANDBOX');
	});

	it('names the endpoint, not "AWS account", when the AWS configuration sends --aws elsewhere', () => {
		const state = {
			...baseState(),
			target: {kind: 'aws' as const, region: 'eu-west-1', profile: 'demo', endpoint: 'http://127.0.0.1:4566'},
		};
		const {frame} = renderApp(state, {columns: 120, rows: 40});
		expect(frame()).toContain('Endpoint http://127.0.0.1:4566 · account 123456789012');
		expect(frame()).not.toContain('AWS account');
	});

	it('keeps the title apart from a target too long for the line (at 80 and 100 columns)', () => {
		const state = {
			...baseState(),
			target: {kind: 'aws' as const, region: 'eu-west-1', profile: 'demo', endpoint: 'http://127.0.0.1:38899'},
		};
		for (const columns of [80, 100]) {
			const top = renderApp(state, {columns, rows: 30}).frame().split('\n')[0]!;
			expect(top).toMatch(/^sts-mfa +(Endpoint|…)/);
			expect(top).toContain('eu-west-1');
			cleanup();
		}
	});

	it('shows the endpoint URL for a custom endpoint', () => {
		const state = {
			...baseState(),
			target: {kind: 'endpoint' as const, region: 'us-east-1', endpoint: 'http://10.0.0.5:4566'},
		};
		const {frame} = renderApp(state);
		expect(frame()).toContain('Endpoint http://10.0.0.5:4566');
	});
});

describe('layout', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`fits every screen in ${columns}x${rows}, leaving the last row for the cursor`, () => {
			for (const state of [
				baseState(),
				createdState({kind: 'ready', next: 'sessionWithoutMfa'}),
				enableCodeState(),
				finishedState(),
			]) {
				const {frame, app} = renderApp(state, {columns, rows});
				expect(lineCount(frame())).toBe(rows - 1);
				expect(widest(frame())).toBeLessThanOrEqual(columns);
				app.unmount();
			}
		});
	}

	it('says what to do when the terminal is too small, and q still quits', async () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}), {columns: 64, rows: 20});
		expect(view.frame()).toContain('Terminal too small: 64×20. sts-mfa needs at least 80×24');
		expect(view.frame()).toContain('--plain');
		expect(view.frame()).not.toContain('Steps');
		await view.press('t');
		await view.press('q');
		await view.until((frame) => frame.includes('Quit? Everything created is torn down first. y yes, n no'));
		expect(view.controller.types()).toEqual([]);
		await view.press('y');
		expect(view.controller.types()).toEqual(['quitRequested']);
	});
});

describe('steps', () => {
	it('shows each status with its icon, and milliseconds for finished steps', () => {
		const state = createdState({
			kind: 'failed',
			step: 'sessionWithoutMfa',
			error: {code: 'Aws', awsCode: 'Throttling', message: 'Rate exceeded'},
		});
		const withStatuses = {
			...state,
			steps: {
				...state.steps,
				sessionWithoutMfa: {
					status: 'failed' as const,
					error: {code: 'Aws', awsCode: 'Throttling', message: 'Rate exceeded'},
				},
				sessionWithMfa: {status: 'skipped' as const},
			},
		};
		const {frame} = renderApp(withStatuses, {columns: 120, rows: 40});
		expect(frame()).toMatch(/✓ 1\. Create a demo IAM user\s+42ms/);
		expect(frame()).toMatch(/✗ 6\. Session without MFA/);
		expect(frame()).toMatch(/– 7\. Session with MFA/);
		expect(frame()).toMatch(/· 8\. Tear everything down/);
		expect(frame()).toContain('Rate exceeded [Throttling]');
	});

	it('moves a review cursor over finished steps with the arrows and returns to the live step with Esc', async () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}), {columns: 120, rows: 40});
		expect(view.frame()).toMatch(/›✓ 5\. Require MFA by policy/);
		await view.press('\u001B[D');
		await view.press('\u001B[A');
		const reviewing = await view.until((frame) => frame.includes('Reviewing 3.'));
		expect(reviewing).toMatch(/›✓ 3\. Enable MFA device/);
		expect(reviewing).toContain('Esc live');
		await view.press('\u001B[C');
		await view.until((frame) => frame.includes('Reviewing 4. Create an access key'));
		await view.press('\u001B');
		await view.until((frame) => !frame.includes('Reviewing') && /›✓ 5\. Require MFA by policy/.test(frame));
		expect(view.controller.events).toEqual([]);
	});
});

describe('resources', () => {
	it('shows the user, device serial and access key id, never the secret key', () => {
		const {frame} = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}), {columns: 120, rows: 40});
		expect(frame()).toContain('sts-mfa-demo-r1a2b3');
		expect(frame()).toContain('AKIAEXAMPLEDEMOKEY01');
		expect(frame()).toContain('"aws:MultiFactorAuthPresent": "true"');
		expect(frame()).not.toContain(SECRET_ACCESS_KEY);
	});

	it('summarises the policy in one line when its JSON does not fit at 80x24', () => {
		const {frame} = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		expect(frame()).toContain('Allow s3:ListAllMyBuckets on arn:aws:s3:::*');
		expect(frame()).toContain('if Bool aws:MultiFactorAuthPresent = "true"');
		expect(frame()).not.toContain('"Version"');
	});
});

describe('results and teardown', () => {
	it('explains the AccessDenied, lists the buckets and counts the session down', () => {
		const state = finishedState();
		const view = renderApp(
			{
				...state,
				phase: {kind: 'ready', next: 'teardown'},
				steps: {...state.steps, teardown: {status: 'pending'}},
				teardown: {items: [], completed: false},
			},
			{columns: 120, rows: 40},
		);
		expect(view.frame()).toContain('With MFA: ListBuckets allowed — 2 buckets');
		expect(view.frame()).toContain('demo-reports');
		expect(view.frame()).toMatch(/expires in (59:\d\d|1:00:00)/);
	});

	it('shows the AccessDenied without MFA with its explanation when reviewing step 6', async () => {
		const view = renderApp(finishedState(), {columns: 120, rows: 40});
		await view.press('\u001B[D');
		await view.press('\u001B[D');
		const frame = await view.until((current) => current.includes('Reviewing 6.'));
		expect(frame).toContain('Without MFA: ListBuckets → AccessDenied');
		expect(frame).toContain('Allow "ListBucketsOnlyWithMfa" on s3:ListAllMyBuckets');
	});

	it('ends with a summary: proved, torn down, press q to exit', () => {
		const {frame} = renderApp(finishedState());
		expect(frame()).toContain('✓ Proved');
		expect(frame()).toContain('✓ Torn down: nothing left behind');
		expect(frame()).toContain('press q to exit');
	});

	it('names what was left behind when teardown failed', () => {
		const state = finishedState();
		const items = state.teardown.items.map((item) =>
			item.kind === 'user' ? {...item, status: 'failed' as const, error: 'DeleteConflict'} : item,
		);
		const {frame} = renderApp(
			{...state, teardown: {...state.teardown, items, completed: false}},
			{columns: 120, rows: 40},
		);
		expect(frame()).toContain('✗ Left behind: the IAM user sts-mfa-demo-r1a2b3');
		expect(frame()).toContain('sts-mfa cleanup');
	});
});

describe('trace', () => {
	it('lists the AWS calls with service, operation, principal, outcome and milliseconds', () => {
		const {frame} = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		expect(frame()).toMatch(/iam CreateUser\s+operator\s+ok\s+42ms/);
		expect(frame()).toMatch(/s3\s+ListBuckets\s+session\s+AccessDenied\s+7ms/);
	});

	it('shows only the most recent calls that fit', () => {
		const state = createdState({kind: 'ready', next: 'sessionWithoutMfa'});
		const trace = Array.from({length: 40}, (_, index) => ({...state.trace[0]!, id: index, operation: `Op${index}`}));
		const {frame} = renderApp({...state, trace});
		expect(frame()).toContain('Op39');
		expect(frame()).not.toContain('Op30 ');
		expect(frame()).toContain('(last');
	});
});

describe('seed', () => {
	it('stays hidden until s, then shows in groups of four, and s hides it again', async () => {
		const view = renderApp(enableCodeState());
		expect(view.frame()).toContain('press s to reveal');
		expect(view.frame()).not.toContain(`${SEED.slice(0, 4)} `);
		await view.press('s');
		const revealed = await view.until((frame) => frame.includes('JBSW Y3DP EHPK'));
		// The seed sits right of the QR code (45 columns + 1 gap).
		const side = revealed
			.split('\n')
			.map((line) => [...line].slice(46).join(''))
			.join('');
		expect(side.replace(/\s/g, '')).toContain(SEED);
		await view.press('s');
		await view.until((frame) => frame.includes('press s to reveal'));
		expect(view.controller.events).toEqual([]);
	});
});
