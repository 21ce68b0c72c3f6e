import {beforeAll, describe, expect, it} from 'vitest';
import {createAwsServices} from '../../source/aws/index.js';
import type {AwsCredentials, AwsServices, TraceEntry} from '../../source/aws/types.js';
import type {ScenarioName} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {useAdminSandbox} from '../support/sandbox.js';

/*
 * An operator who may do everything the demo needs but iam:SimulateCustomPolicy, as on an account
 * whose policy leaves it out: the run still proves its point, and the denial is explained with the
 * declaration's sentence where the simulator could not be asked.
 */

const admin = useAdminSandbox();
let operator: AwsCredentials;

const NO_CUSTOM_SIMULATION = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{Effect: 'Allow', Action: '*', Resource: '*'},
		{Effect: 'Deny', Action: 'iam:SimulateCustomPolicy', Resource: '*'},
	],
});

function servicesFor(credentials: AwsCredentials, onTrace?: (entry: TraceEntry) => void): Promise<AwsServices> {
	const {region, endpoint} = admin.sandbox;
	return createAwsServices({region, endpoint, credentials, onTrace});
}

beforeAll(async () => {
	const iam = (await admin.services()).iam();
	const userName = `operator-${newRunId()}`;
	await iam.createUser({userName, path: '/ops/', tags: []});
	await iam.putUserPolicy({userName, policyName: 'ops', policyDocument: NO_CUSTOM_SIMULATION});
	operator = await iam.createAccessKey(userName);
});

async function runAsOperator(scenario: ScenarioName) {
	let running: RunningScenario | undefined;
	running = createScenario({
		state: initialState(
			admin.target(),
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
