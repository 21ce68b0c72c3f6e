import {describe, expect, it} from 'vitest';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {startDashboardRun, useDashboardSandbox} from '../support/dashboard-run.js';
import {runPlainLogged} from '../support/plain-run.js';

/*
 * What assume-role creates, as a person sees it before and while it exists: the confirmation on an
 * endpoint (dashboard and plain mode) names all six resources, and the Resources panel shows the
 * role and its managed policy as they appear and as teardown deletes them.
 */

const admin = useDashboardSandbox();

/** The six lines the confirmation must hold for a run with this run id. */
function sixResources(runId: string): RegExp[] {
	return [
		new RegExp(`• IAM user /sts-mfa/sts-mfa-demo-${runId}`),
		new RegExp(`• MFA device sts-mfa-demo-${runId}`),
		new RegExp(`• an access key for sts-mfa-demo-${runId}`),
		/• inline policy sts-mfa-may-assume-role/,
		new RegExp(`• managed policy sts-mfa-list-buckets-${runId}`),
		new RegExp(`• IAM role /sts-mfa/sts-mfa-demo-${runId}`),
	];
}

describe('the assume-role confirmation', () => {
	it('lists all six resources on the dashboard at 80x24, and n creates none of them', async () => {
		const run = startDashboardRun(admin, 'assume-role', {target: 'endpoint', options: {assumeYes: false}});
		await run.settled((state) => state.phase.kind === 'confirm');
		const runId = run.running.getState().names.runId;
		await run.settled(() => run.frame().includes('Create them?'));
		// The detail panel, right of the 34-column steps list, its wrapped lines joined.
		const panel = run
			.frame()
			.split('\n')
			.map((line) => [...line].slice(35).join('').trim())
			.join(' ');
		for (const line of sixResources(runId)) expect(panel).toMatch(line);
		await run.press('n');
		const ended = await run.settled((state) => state.phase.kind === 'finished' || state.phase.kind === 'exiting');
		expect(ended.teardown.items).toEqual([]);
		if (ended.phase.kind === 'finished') await run.press('q');
		await run.running.done;
	});

	it('lists all six in plain mode, and n creates none of them', async () => {
		const options = {autoMfa: true, assumeYes: false, autoAdvance: true, propagationTimeoutMs: 10_000};
		const state = initialState(admin.target('endpoint'), options, demoNames(newRunId(), 'assume-role'), 'assume-role');
		const scenario = createScenario({state, services: admin.services()});
		const said = (await runPlainLogged(scenario, {answers: ['n']})).log.join('\n');
		for (const line of sixResources(state.names.runId)) expect(said).toMatch(line);
		expect(scenario.getState().resources).toEqual({});
	});
});

describe('the Resources panel of assume-role', () => {
	it('shows the role and its managed policy once created, and marks both deleted after teardown', async () => {
		const run = startDashboardRun(admin, 'assume-role', {columns: 120, rows: 40});
		const {names} = run.running.getState();
		const row = (label: string) =>
			run
				.frame()
				.split('\n')
				.map((line) => [...line].slice(0, 52).join('').trimEnd())
				.find((line) => line.startsWith(label.padEnd(12)));
		// Before the role step: both rows are there, empty.
		await run.settled((state) => state.phase.kind === 'ready');
		expect(row('role policy')).toMatch(/—$/);
		await run.advanceUntil((state) => state.steps.createRole?.status === 'done');
		await run.settled(() => row('role policy')?.includes(names.managedPolicyName) === true);
		expect(row('role')).toContain(names.roleName);
		await run.press('t');
		await run.settled(() => run.frame().includes('Tear everything down now?'));
		await run.press('y');
		await run.settled((state) => state.teardown.completed);
		await run.settled(() => row('role policy')?.endsWith('✓ deleted') === true);
		expect(row('role')).toMatch(/✓ deleted$/);
		await run.press('q');
		await run.running.done;
	});
});
