import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/app/app.js';
import type {AwsServices, TraceEntry} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {codeForStep, PERIOD_MS, timeStep} from '../../source/scenario/authenticator.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {SCENARIO_NAMES, type ScenarioName} from '../../source/scenario/declaration.js';
import {initialState} from '../../source/scenario/update.js';
import {startDashboardRun} from '../support/dashboard-run.js';
import {type AdminSandbox, skippingClock, startAdminSandbox} from '../support/sandbox.js';
import {eventually, KEYS} from './fixtures.js';
import {inAct} from './render-app.js';
import {adminServices} from '../support/sandbox.js';

/*
 * The whole dashboard against the real runner and the embedded sandbox: keys in, AWS calls out,
 * and afterwards nothing of the run left in the sandbox.
 */

let sandbox: RunningSandbox;
let admin: AwsServices;

beforeAll(async () => {
	sandbox = await startSandbox({port: 0});
	admin = await adminServices(sandbox);
});

afterAll(async () => {
	await sandbox?.stop();
});

afterEach(() => {
	cleanup();
});

async function startRun(size: {columns: number; rows: number}, scenarioName: ScenarioName = 'session-token') {
	const names = demoNames(newRunId(), scenarioName);
	let scenario: RunningScenario | undefined;
	const services = adminServices(sandbox, (entry: TraceEntry) => scenario?.recordTrace(entry));
	const target = {kind: 'sandbox' as const, region: sandbox.region, endpoint: sandbox.endpoint};
	const options = {autoMfa: false, assumeYes: false, autoAdvance: false, propagationTimeoutMs: 20_000};
	scenario = createScenario({state: initialState(target, options, names, scenarioName), services});
	const running = scenario;
	const app = render(<App controller={running} columns={size.columns} rows={size.rows} />);
	const press = (key: string) =>
		inAct(async () => {
			app.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
	const phaseIs = (check: (state: ScenarioState) => boolean, timeoutMs = 15_000) =>
		eventually(() => {
			const state = running.getState();
			if (!check(state)) throw new Error(`still in phase ${JSON.stringify(state.phase)}; frame:\n${app.lastFrame()}`);
			return state;
		}, timeoutMs);
	/** Enter through every 'ready' step until `check` holds. */
	const advanceUntil = async (check: (state: ScenarioState) => boolean) => {
		for (;;) {
			const state = await phaseIs(
				(current) => check(current) || current.phase.kind === 'ready' || current.phase.kind === 'failed',
			);
			if (check(state)) return;
			if (state.phase.kind === 'failed') throw new Error(`step failed: ${JSON.stringify(state.phase)}`);
			await press(KEYS.enter);
			// Wait for the Enter to be taken before looking again.
			await phaseIs((current) => current.phase !== state.phase);
		}
	};
	const typeCode = async (code: string) => {
		await press(code);
		await press(KEYS.enter);
	};
	/** Past the preflight, confirming when the target asks for it. */
	const begin = async () => {
		const state = await phaseIs((current) => current.phase.kind === 'confirm' || current.phase.kind === 'ready');
		if (state.phase.kind === 'confirm') await press('y');
	};
	/** On the summary: proved and torn down; q then exits 0. */
	const exitsProvedAndClean = async () => {
		const summary = await eventually(() => {
			const frame = app.lastFrame() ?? '';
			expect(frame).toContain('press q to exit');
			return frame;
		});
		expect(summary).toContain('✓ Proved');
		expect(summary).toContain('✓ Torn down: nothing left behind');
		await press('q');
		expect(await running.done).toBe(0);
	};
	return {
		names,
		scenario: running,
		exitsProvedAndClean,
		begin,
		app,
		press,
		phaseIs,
		advanceUntil,
		typeCode,
		allFrames: () => app.frames.join('\n'),
	};
}

/** Waits out the end of a 30 s step when it is too close, so codes computed now are still valid when they arrive. */
async function awayFromStepBoundary(): Promise<number> {
	await eventually(() => {
		if (PERIOD_MS - (Date.now() % PERIOD_MS) < 3000) throw new Error('too close to the next TOTP step');
	}, 5000);
	return timeStep(Date.now());
}

/** What any run left under the demo path: users, devices, roles and managed policies. */
async function leftUnderDemoPath(services: AwsServices = admin) {
	const admin = services;
	const path = '/sts-mfa/';
	return {
		users: (await admin.iam().listUsers(path)).map((user) => user.userName),
		devices: (await admin.iam().listVirtualMfaDevices())
			.map((device) => device.serialNumber)
			.filter((serial) => serial.includes(`:mfa${path}`)),
		roles: (await admin.roles().listRoles(path)).map((role) => role.roleName),
		policies: (await admin.roles().listPolicies(path)).map((policy) => policy.policyName),
	};
}

async function leftInSandbox(userName: string, deviceName: string) {
	const users = (await admin.iam().listUsers('/')).filter((user) => user.userName === userName);
	const devices = (await admin.iam().listVirtualMfaDevices()).filter((device) =>
		device.serialNumber.endsWith(`/${deviceName}`),
	);
	return {users, devices};
}

describe('the dashboard against the runner and the embedded sandbox', () => {
	it('runs the demo with typed codes — a wrong one and a reused one refused — through to teardown', async () => {
		const run = await startRun({columns: 120, rows: 40});
		await run.begin();
		expect(run.app.lastFrame()).toContain('LOCAL SANDBOX — not AWS');

		await run.advanceUntil((state) => state.phase.kind === 'codeEntry');
		await eventually(() => expect(run.app.lastFrame()).toContain('Scan with an authenticator app'));
		await run.typeCode('000000');
		await eventually(() => expect(run.app.lastFrame()).toContain('Code 2 of 2'));
		await run.typeCode('000000');
		await run.phaseIs((state) => state.phase.kind === 'codeEntry' && state.phase.entry.error !== undefined);
		await eventually(() => expect(run.app.lastFrame()).toMatch(/✗ .*(code|Code)/));

		const seed = run.scenario.getState().resources.mfaDevice!.seed;
		const step = await awayFromStepBoundary();
		await run.typeCode(codeForStep(seed, step - 1));
		await run.typeCode(codeForStep(seed, step));
		await run.phaseIs((state) => state.resources.mfaDevice?.enabled === true);
		const secretKey = await run.phaseIs(
			(state) => state.resources.accessKey !== undefined || state.phase.kind === 'ready',
		);

		await run.advanceUntil((state) => state.phase.kind === 'codeEntry' && state.phase.entry.purpose === 'session');
		const accessKeySecret = run.scenario.getState().resources.accessKey!.secretAccessKey.reveal();
		await eventually(() => expect(run.app.lastFrame()).toContain('Fresh code for the MFA session'));
		await run.typeCode(codeForStep(seed, step));
		await run.phaseIs((state) => state.phase.kind === 'codeEntry' && state.phase.entry.error !== undefined);
		await eventually(() => expect(run.app.lastFrame()).toContain('✗'));
		await run.typeCode(codeForStep(seed, step + 1));

		await run.advanceUntil((state) => state.phase.kind === 'finished');
		await run.exitsProvedAndClean();

		expect(secretKey).toBeDefined();
		expect(run.allFrames()).not.toContain(accessKeySecret);
		expect(run.allFrames()).not.toContain(seed.reveal());
		expect(await leftInSandbox(run.names.userName, run.names.deviceName)).toEqual({users: [], devices: []});
		// A reused code is refused only until the next 30-second step, which the test waits for: up to
		// 30 s of waiting alone, more than the default limit once the machine is busy.
	}, 120_000);

	it('quitting midway with q tears down what was created (80x24, codes from the built-in authenticator)', async () => {
		const run = await startRun({columns: 80, rows: 24});
		await run.begin();
		await run.advanceUntil((state) => state.phase.kind === 'codeEntry');
		await run.press('a');
		await run.advanceUntil((state) => state.steps.createAccessKey?.status === 'done');
		expect((await leftInSandbox(run.names.userName, run.names.deviceName)).users).toHaveLength(1);

		await run.press('q');
		await eventually(() => expect(run.app.lastFrame()).toContain('Quit? Everything created is torn down first.'));
		await run.press('y');
		const exitCode = await run.scenario.done;
		expect(exitCode).not.toBe(0);
		expect(run.scenario.getState().teardown.completed).toBe(true);
		expect(await leftInSandbox(run.names.userName, run.names.deviceName)).toEqual({users: [], devices: []});
	});

	it('Ctrl-C while a code is asked for tears down too', async () => {
		const run = await startRun({columns: 80, rows: 24});
		await run.begin();
		await run.advanceUntil((state) => state.phase.kind === 'codeEntry');
		await run.press(KEYS.ctrlC);
		await run.scenario.done;
		expect(await leftInSandbox(run.names.userName, run.names.deviceName)).toEqual({users: [], devices: []});
	});
});

describe('every scenario in the dashboard against the runner and the embedded sandbox', () => {
	// Its own sandbox, on a clock shared with the runs that skips their waits (mfa-age's MFA
	// growing older than its limit): the codes typed elsewhere in this file come from real time.
	let skipping: AdminSandbox;
	beforeAll(async () => {
		skipping = await startAdminSandbox({port: 0}, skippingClock());
	});
	afterAll(() => skipping?.stop());

	for (const name of SCENARIO_NAMES) {
		it(`${name}: Enter through the steps, a for the codes, proved and torn down to nothing`, async () => {
			const run = startDashboardRun(skipping, name, {options: {autoMfa: false}});
			await run.toSummary();
			expect(run.frame()).toContain('✓ Proved');
			expect(run.frame()).toContain('✓ Torn down: nothing left behind');
			await run.press('q');
			expect(await run.running.done).toBe(0);
			expect(await leftUnderDemoPath(await skipping.services())).toEqual({
				users: [],
				devices: [],
				roles: [],
				policies: [],
			});
		}, 90_000);
	}
});
