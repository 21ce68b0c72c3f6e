import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAwsServices} from '../../source/aws/index.js';
import type {AwsCredentials, AwsServices, TraceEntry} from '../../source/aws/types.js';
import {type RunningSandbox, startSandbox} from '../../source/sandbox/index.js';
import type {ScenarioName} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {Secret} from '../../source/secret.js';

/*
 * An operator who may do everything the demo needs but iam:SimulateCustomPolicy, as on an account
 * whose policy leaves it out: the run still proves its point, and the denial is explained with the
 * declaration's sentence where the simulator could not be asked.
 */

let sandbox: RunningSandbox;
let operator: AwsCredentials;

const NO_CUSTOM_SIMULATION = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{Effect: 'Allow', Action: '*', Resource: '*'},
		{Effect: 'Deny', Action: 'iam:SimulateCustomPolicy', Resource: '*'},
	],
});

function servicesFor(credentials: AwsCredentials, onTrace?: (entry: TraceEntry) => void): Promise<AwsServices> {
	return createAwsServices({region: sandbox.region, endpoint: sandbox.endpoint, credentials, onTrace});
}

beforeAll(async () => {
	sandbox = await startSandbox({port: 0});
	const admin = await servicesFor({
		accessKeyId: sandbox.credentials.accessKeyId,
		secretAccessKey: new Secret(sandbox.credentials.secretAccessKey),
	});
	const userName = `operator-${newRunId()}`;
	await admin.iam().createUser({userName, path: '/ops/', tags: []});
	await admin.iam().putUserPolicy({userName, policyName: 'ops', policyDocument: NO_CUSTOM_SIMULATION});
	operator = await admin.iam().createAccessKey(userName);
});
afterAll(() => sandbox.stop());

async function runAsOperator(scenario: ScenarioName) {
	let running: RunningScenario | undefined;
	running = createScenario({
		state: initialState(
			{kind: 'sandbox', region: sandbox.region, endpoint: sandbox.endpoint},
			{autoMfa: true, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 20_000},
			demoNames(newRunId(), scenario),
			scenario,
		),
		services: await servicesFor(operator, (entry) => running?.recordTrace(entry)),
	});
	const code = await running.done;
	return {code, state: running.getState()};
}

describe('when the policy simulator may not be asked', () => {
	it('assume-role still proves its point and says the simulator was not available', async () => {
		const {code, state} = await runAsOperator('assume-role');
		expect(code).toBe(0);
		expect(state.results.withoutMfa?.explanation).toEqual({
			kind: 'unavailable',
			reason: 'the caller may not use iam:SimulateCustomPolicy',
		});
		expect(state.trace.some((entry) => entry.operation === 'SimulateCustomPolicy' && entry.outcome === 'error')).toBe(
			true,
		);
	});

	it("force-mfa keeps the simulator's Deny and only leaves out the Bool comparison", async () => {
		const {code, state} = await runAsOperator('force-mfa');
		expect(code).toBe(0);
		expect(state.results.withoutMfa?.explanation).toMatchObject({
			kind: 'simulated',
			decision: 'explicitDeny',
			statement: {sid: 'DenyAllExceptListedIfNoMFA'},
		});
		expect(state.results.withoutMfa?.explanation).not.toHaveProperty('withBool', expect.anything());
	});
});
