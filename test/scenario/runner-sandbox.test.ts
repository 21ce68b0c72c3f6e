import {stepsOf} from '../../source/scenario/scenarios/index.js';
import {describe, expect, it} from 'vitest';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import type {JournalResourceKind, RunJournal, ScenarioOptions, ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {useAdminSandbox} from '../support/sandbox.js';

// A one-second propagation delay: the runner must poll until the key and the policy take effect.
const sandbox = useAdminSandbox({port: 0, propagationDelayMs: 1000});

function recordingJournal() {
	const records: string[] = [];
	const journal: RunJournal = {
		intend: async (kind: JournalResourceKind, id: string) => void records.push(`intend ${kind} ${id}`),
		created: async (kind: JournalResourceKind, id: string) => void records.push(`created ${kind} ${id}`),
		deleted: async (kind: JournalResourceKind, id: string) => void records.push(`deleted ${kind} ${id}`),
		complete: async () => void records.push('complete'),
	};
	return {journal, records};
}

async function start(options: Partial<ScenarioOptions> = {}) {
	const names = demoNames(newRunId());
	const full: ScenarioOptions = {
		autoMfa: true,
		assumeYes: true,
		autoAdvance: true,
		propagationTimeoutMs: 20_000,
		...options,
	};
	let scenario: RunningScenario | undefined;
	const services = await sandbox.services((entry) => scenario?.recordTrace(entry));
	const {journal, records} = recordingJournal();
	scenario = createScenario({
		state: initialState(sandbox.target(), full, names),
		services,
		journal,
	});
	return {scenario, names, records};
}

function waitFor(
	scenario: RunningScenario,
	predicate: (state: ScenarioState) => boolean,
	timeoutMs = 20_000,
): Promise<ScenarioState> {
	return new Promise((resolve, reject) => {
		const check = (state: ScenarioState) => {
			if (!predicate(state)) return;
			clearTimeout(timer);
			unsubscribe();
			resolve(state);
		};
		const timer = setTimeout(
			() => reject(new Error(`timed out in phase ${scenario.getState().phase.kind}`)),
			timeoutMs,
		);
		const unsubscribe = scenario.subscribe(check);
		check(scenario.getState());
	});
}

async function leftInSandbox(userName: string) {
	const admin = await sandbox.services();
	const users = await admin.iam().listUsers('/sts-mfa/');
	const devices = await admin.iam().listVirtualMfaDevices();
	return {
		users: users.filter((u) => u.userName === userName),
		devices: devices.filter((d) => d.serialNumber.endsWith(userName)),
	};
}

describe('the runner against the embedded sandbox', () => {
	it('runs the whole demo unattended, proves the point and leaves nothing behind', async () => {
		const {scenario, names, records} = await start();
		const code = await scenario.done;
		const state = scenario.getState();
		expect({code, notice: state.notice}).toEqual({code: 0, notice: state.notice});
		expect(state.results.withoutMfa?.denied).toBe(true);
		expect(state.results.withoutMfa?.errorCode).toBe('AccessDenied');
		expect(state.results.withMfa?.buckets.length).toBeGreaterThan(0);
		expect(state.propagation?.attempts).toBeGreaterThan(1);
		expect(stepsOf(state).map(({id}) => state.steps[id]?.status)).toEqual(Array(8).fill('done'));
		expect(state.teardown.completed).toBe(true);
		expect(await leftInSandbox(names.userName)).toEqual({users: [], devices: []});
		expect(records[0]).toBe(`intend user ${names.userName}`);
		expect(records.at(-1)).toBe('complete');
		expect(records).toContain(`deleted user ${names.userName}`);
		const operations = state.trace.map((entry) => `${entry.principal} ${entry.operation}`);
		expect(operations).toContain('session ListBuckets');
		expect(operations).toContain('mfa-session ListBuckets');
		expect(JSON.stringify(state.trace)).not.toContain(sandbox.sandbox.credentials.secretAccessKey);
	});

	it('asks again after a wrong code and a reused code, without restarting', async () => {
		const {scenario, names} = await start({autoMfa: false, autoAdvance: false});
		await waitFor(scenario, (s) => s.phase.kind === 'ready' && s.phase.next === 'createUser');
		for (const step of ['createUser', 'createMfaDevice']) {
			scenario.dispatch({type: 'nextRequested'});
			await waitFor(scenario, (s) => s.steps[step]?.status === 'done');
		}
		scenario.dispatch({type: 'nextRequested'});
		await waitFor(scenario, (s) => s.phase.kind === 'codeEntry');
		scenario.dispatch({type: 'codeSubmitted', code: '000000'});
		scenario.dispatch({type: 'codeSubmitted', code: '000001'});
		const refused = await waitFor(scenario, (s) => s.phase.kind === 'codeEntry' && s.phase.entry.error !== undefined);
		expect(refused.phase.kind === 'codeEntry' && refused.phase.entry.error).toMatch(/^(invalid|notConsecutive)$/);
		scenario.dispatch({type: 'autoCodesRequested'});
		await waitFor(scenario, (s) => s.steps.enableMfaDevice?.status === 'done');
		scenario.dispatch({type: 'quitRequested'});
		expect(await scenario.done).toBe(1);
		expect(scenario.getState().teardown.completed).toBe(true);
		expect(await leftInSandbox(names.userName)).toEqual({users: [], devices: []});
	});

	it('tears down what was created when quit midway through propagation', async () => {
		const {scenario, names} = await start({autoAdvance: true});
		await waitFor(scenario, (s) => s.propagation !== undefined);
		scenario.dispatch({type: 'quitRequested'});
		expect(await scenario.done).toBe(1);
		const state = scenario.getState();
		expect(state.teardown.items.map((i) => i.kind)).toEqual([
			'userPolicy',
			'accessKey',
			'mfaDeactivation',
			'virtualMfaDevice',
			'user',
		]);
		expect(state.steps.sessionWithMfa?.status).toBe('skipped');
		expect(await leftInSandbox(names.userName)).toEqual({users: [], devices: []});
	});
});
