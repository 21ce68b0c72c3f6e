import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AwsServices} from '../../source/aws/types.js';
import {SCENARIO_NAMES, type ScenarioName} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import {FORCE_MFA_POLICY} from '../../source/scenario/scenarios/force-mfa.js';
import {scenarioOf, stepsOf} from '../../source/scenario/scenarios/index.js';
import {initialState} from '../../source/scenario/update.js';
import {type AdminSandbox, skippingClock, startAdminSandbox} from '../support/sandbox.js';

// The sandbox and the runs share a clock that skips waits: mfa-age's MFA grows older than its
// limit without the test waiting for it (the built CLI's runs wait for real: test/plain).
let sandbox: AdminSandbox;
let admin: AwsServices;
const services: AdminSandbox['services'] = (onTrace) => sandbox.services(onTrace);

beforeAll(async () => {
	sandbox = await startAdminSandbox({port: 0, propagationDelayMs: 300}, skippingClock());
	admin = await services();
});
afterAll(() => sandbox.stop());

async function runUnattended(scenario: ScenarioName) {
	const names = demoNames(newRunId(), scenario);
	let running: RunningScenario | undefined;
	running = createScenario({
		state: initialState(
			sandbox.target(),
			{autoMfa: true, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 20_000},
			names,
			scenario,
		),
		services: await services((entry) => running?.recordTrace(entry)),
		clock: sandbox.clock,
	});
	const code = await running.done;
	return {code, state: running.getState(), names};
}

describe.each(SCENARIO_NAMES)('the %s scenario against the embedded sandbox', (scenario) => {
	it('runs unattended, is denied without MFA, allowed with it, and leaves nothing behind', async () => {
		const {code, state, names} = await runUnattended(scenario);
		expect(stepsOf(state).map(({id}) => [id, state.steps[id]?.status])).toEqual(
			stepsOf(state).map(({id}) => [id, 'done']),
		);
		expect(code).toBe(0);
		expect(state.results.withoutMfa).toMatchObject({denied: true, errorCode: 'AccessDenied'});
		expect(state.results.withMfa?.buckets.length).toBeGreaterThan(0);
		// With an MFA age limit: the same session, once its MFA is older, is refused.
		const limit = scenarioOf(state).maxMfaAgeSeconds;
		if (limit !== undefined) expect(state.results.afterMfaAge).toMatchObject({denied: true, errorCode: 'AccessDenied'});
		if (limit !== undefined) expect(state.results.afterMfaAge?.ageSeconds).toBeGreaterThan(limit);
		expect((await admin.iam().listUsers('/sts-mfa/')).map((user) => user.userName)).not.toContain(names.userName);
	});
});

const MFA = 'aws:MultiFactorAuthPresent';
/** What the simulator must say about each denial the test knows word for word: the deciding statement and the request's key. */
const EXPLANATIONS: {readonly [N in ScenarioName]?: object} = {
	'session-token': {
		decision: 'implicitDeny',
		keyValue: 'false',
		statement: {
			policyId: 'sts-mfa-list-buckets-with-mfa',
			sid: 'ListBucketsOnlyWithMfa',
			effect: 'Allow',
			condition: {operator: 'Bool', key: MFA, value: 'true'},
		},
	},
	'assume-role': {
		decision: 'implicitDeny',
		keyValue: 'absent',
		statement: {
			sid: 'AssumeOnlyWithMfa',
			effect: 'Allow',
			actions: {not: false, names: ['sts:AssumeRole']},
			condition: {operator: 'Bool', key: MFA, value: 'true'},
		},
	},
	'force-mfa': {
		decision: 'explicitDeny',
		keyValue: 'absent',
		statement: {
			sid: 'DenyAllExceptListedIfNoMFA',
			effect: 'Deny',
			actions: {not: true, names: expect.arrayContaining(['sts:GetSessionToken'])},
			condition: {operator: 'BoolIfExists', key: MFA, value: 'false'},
		},
		withBool: 'allowed',
	},
	'stolen-key': {
		decision: 'explicitDeny',
		keyValue: 'absent',
		statement: {
			policyId: 'sts-mfa-stolen-key',
			sid: 'BlockMostAccessUnlessSignedInWithMFA',
			effect: 'Deny',
			actions: {not: true, names: expect.arrayContaining(['iam:DeactivateMFADevice'])},
			condition: {operator: 'BoolIfExists', key: MFA, value: 'false'},
		},
	},
	'mfa-age': {
		decision: 'implicitDeny',
		key: 'aws:MultiFactorAuthAge',
		keyValue: 'absent',
		statement: {
			policyId: 'sts-mfa-list-buckets-with-recent-mfa',
			sid: 'ListBucketsWithRecentMfa',
			effect: 'Allow',
			condition: {operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', value: '30'},
		},
	},
};

/** Any other declared scenario: a refusal decided on the key its proof turns on, with the value its declaration gives. */
function declaredExplanation(scenario: ScenarioName): object {
	const {context} = scenarioOf({scenario});
	return {
		decision: expect.stringMatching(/^(implicit|explicit)Deny$/),
		key: context.key,
		keyValue: context.denied,
		statement: {condition: {key: context.key}},
	};
}

describe.each(SCENARIO_NAMES)("why %s was denied, from the sandbox's policy simulator", (scenario) => {
	it("names the deciding statement, its condition and the request's value of the key", async () => {
		const {state} = await runUnattended(scenario);
		const expected = EXPLANATIONS[scenario] ?? declaredExplanation(scenario);
		expect(state.results.withoutMfa?.explanation).toMatchObject({kind: 'simulated', ...expected});
		const simulations = state.trace.filter((entry) => entry.operation.startsWith('Simulate'));
		expect(simulations.every((entry) => entry.principal === 'operator' && entry.outcome === 'ok')).toBe(true);
	});
});

describe('force-mfa: why BoolIfExists and not Bool', () => {
	it('a Deny with plain Bool lets the long-term key list the buckets; BoolIfExists denies it', async () => {
		const userName = `sts-mfa-bool-${newRunId()}`;
		const iam = admin.iam();
		await iam.createUser({userName, path: '/sts-mfa/', tags: []});
		const key = await iam.createAccessKey(userName);
		const [allow, deny] = FORCE_MFA_POLICY.Statement;
		const withBool = {
			...FORCE_MFA_POLICY,
			Statement: [allow, {...deny, Condition: {Bool: deny.Condition.BoolIfExists}}],
		};
		const listWith = async (document: object) => {
			await iam.putUserPolicy({userName, policyName: 'p', policyDocument: JSON.stringify(document)});
			await new Promise((resolve) => setTimeout(resolve, 400)); // the sandbox's propagation delay
			return (await services())
				.s3(key, 'demo-user')
				.listBuckets()
				.then(
					() => 'allowed',
					(error: {awsCode?: string}) => error.awsCode,
				);
		};
		expect(await listWith(withBool)).toBe('allowed');
		expect(await listWith(FORCE_MFA_POLICY)).toBe('AccessDenied');
		await iam.deleteUserPolicy({userName, policyName: 'p'});
		await iam.deleteAccessKey({userName, accessKeyId: key.accessKeyId});
		await iam.deleteUser(userName);
	});
});
