import {said} from './fixtures.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAwsServices} from '../../source/aws/index.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {Secret} from '../../source/secret.js';

// A server whose clock runs 95 s ahead of this machine's: within SigV4's 15 minutes, so every
// call is accepted, but far beyond TOTP's one step of drift.
let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0, now: () => Date.now() + 95_000});
});
afterAll(() => sandbox.stop());

describe('preflight against a server whose clock differs from ours', () => {
	it('measures the skew from the Date header and warns before the first step', async () => {
		const services = await createAwsServices({
			region: sandbox.region,
			endpoint: sandbox.endpoint,
			credentials: {
				accessKeyId: sandbox.credentials.accessKeyId,
				secretAccessKey: new Secret(sandbox.credentials.secretAccessKey),
			},
		});
		const options = {autoMfa: false, assumeYes: true, autoAdvance: false, propagationTimeoutMs: 5_000};
		const scenario = createScenario({
			state: initialState(
				{kind: 'endpoint', region: sandbox.region, endpoint: sandbox.endpoint},
				options,
				demoNames(newRunId()),
			),
			services,
		});
		const ready = await new Promise<ScenarioState>((resolve) => {
			const unsubscribe = scenario.subscribe((state) => {
				if (state.phase.kind !== 'ready' && state.phase.kind !== 'confirm') return;
				unsubscribe();
				resolve(state);
			});
		});
		expect(ready.preflight?.clockSkewMs).toBeGreaterThan(90_000);
		expect(ready.preflight?.clockSkewMs).toBeLessThan(100_000);
		expect(said(ready)?.text).toMatch(/This machine's clock is 9\d s behind the server's/);
		scenario.dispatch({type: 'quitRequested'});
		await scenario.done;
	});
});
