import {describe, expect, it} from 'vitest';
import {DELETION_KINDS, type ResourceKind} from '../../source/resources/kinds.js';
import {stepsOf} from '../../source/scenario/scenarios/index.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {rowLabel} from '../../source/words/resources.js';
import {renderApp} from './render-app.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {startDashboardRun, useDashboardSandbox} from '../support/dashboard-run.js';
import {runPlainLogged} from '../support/plain-run.js';

/*
 * What assume-role creates, as a person sees it before and while it exists: the confirmation on an
 * endpoint (dashboard and plain mode) names all six resources, and the Resources panel shows each
 * of the six as it appears and as teardown deletes it, at 80x24 and 120x40.
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

/** The Resources panel's row of `kind` in a frame whose left column is `width` wide. */
function panelRow(frame: string, kind: ResourceKind, width: number): string | undefined {
	return frame
		.split('\n')
		.map((line) => [...line].slice(0, width).join('').trimEnd())
		.find((line) => line.startsWith(rowLabel(kind).padEnd(12)));
}

describe('the Resources panel of assume-role at 80x24', () => {
	const SIX: readonly ResourceKind[] = ['user', 'virtualMfaDevice', 'accessKey', 'managedPolicy', 'role', 'userPolicy'];

	it('shows each of the six resources as its step creates it, and each deleted as teardown goes', async () => {
		const run = startDashboardRun(admin, 'assume-role');
		const row = (kind: ResourceKind) => panelRow(run.frame(), kind, 34);
		await run.settled((state) => state.phase.kind === 'ready');
		for (const kind of SIX) expect(row(kind)).toMatch(/—$/);
		const created = new Set<ResourceKind>();
		for (const step of stepsOf(run.running.getState()).filter((declared) => declared.creates)) {
			await run.advanceUntil((state) => state.steps[step.id]?.status === 'done');
			for (const {kind} of step.creates ?? []) created.add(kind);
			// Once the step is done its resources have a row with a value; what comes later is still empty.
			await run.settled(() => [...created].every((kind) => row(kind) !== undefined && !row(kind)?.endsWith('—')));
			for (const kind of SIX.filter((one) => !created.has(one))) expect(row(kind)).toMatch(/—$/);
		}
		expect([...created].sort()).toEqual([...SIX].sort());
		await run.toSummary();
		const finished = run.running.getState();
		for (const kind of SIX) expect(row(kind)).toMatch(/✓ deleted$/);
		await run.press('q');
		await run.running.done;
		expectDeletedOneByOne(finished, SIX);
	});
});

/**
 * The finished run's teardown replayed item by item: each resource is marked deleted once the last
 * call that takes it apart is done (a device once deactivated and deleted), and not before.
 */
function expectDeletedOneByOne(finished: ScenarioState, kinds: readonly ResourceKind[]): void {
	const {items} = finished.teardown;
	for (let done = 0; done <= items.length; done++) {
		const state: ScenarioState = {
			...finished,
			phase: {kind: 'tearingDown', exitAfter: false},
			teardown: {
				...finished.teardown,
				completed: false,
				items: items.map((item, index) => ({...item, status: index < done ? 'done' : 'pending'})),
			},
		};
		const view = renderApp(state);
		for (const kind of kinds) {
			const gone = items
				.filter((item) => DELETION_KINDS[item.kind].resource === kind)
				.every((item) => items.indexOf(item) < done);
			if (gone) expect(panelRow(view.frame(), kind, 34)).toMatch(/✓ deleted$/);
			else expect(panelRow(view.frame(), kind, 34)).not.toMatch(/deleted/);
		}
		view.app.unmount();
	}
}

describe('the detail panel of the steps that create resources, at 80x24', () => {
	it("shows the access key's id and never its secret, then the role's ARN, its managed policy and its trust policy", async () => {
		const run = startDashboardRun(admin, 'assume-role');
		// The detail panel, right of the 34-column left column, its lines joined.
		const detail = () =>
			run
				.frame()
				.split('\n')
				.map((line) => [...line].slice(35).join('').trim())
				.join('\n');
		await run.advanceUntil((state) => state.steps.createAccessKey?.status === 'done');
		const {resources, names} = await run.settled((state) => state.phase.kind === 'ready');
		const key = resources.accessKey;
		expect(key).toBeDefined();
		await run.settled(() => detail().includes(`access key id: ${key?.accessKeyId}`));
		expect(detail()).toMatch(/secret: held in memory only/);
		expect(run.frame()).not.toContain(key?.secretAccessKey.reveal());
		await run.advanceUntil((state) => state.steps.createRole?.status === 'done');
		await run.settled(() => detail().includes(`managed policy: ${names.managedPolicyName}`));
		expect(detail()).toContain(`role: …:role${names.path}${names.roleName}`);
		// The trust policy, summarised: who may assume the role, and only with MFA.
		expect(detail()).toMatch(/Allow sts:AssumeRole for/);
		expect(detail()).toMatch(/aws:MultiFactorAuthPresent = "true"/);
		// Quitting tears down what was created first.
		await run.press('q');
		await run.settled(() => run.frame().includes('Quit?'));
		await run.press('y');
		const ended = await run.settled((state) => state.teardown.completed);
		expect(ended.teardown.items.every((item) => item.status === 'done')).toBe(true);
		await run.running.done;
	});
});
