import {said} from './fixtures.js';
import {describe, expect, it} from 'vitest';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, systemClock} from '../../source/scenario/runner.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {useAdminSandbox} from '../support/sandbox.js';

// A server whose clock runs 95 s ahead of this machine's: within SigV4's 15 minutes, so every
// call is accepted, but far beyond TOTP's one step of drift.
// The runner keeps this machine's clock: only the sandbox runs ahead.
const admin = useAdminSandbox({port: 0}, {...systemClock, now: () => Date.now() + 95_000});

describe('preflight against a server whose clock differs from ours', () => {
	it('measures the skew from the Date header and warns before the first step', async () => {
		const services = await admin.services();
		const options = {autoMfa: false, assumeYes: true, autoAdvance: false, propagationTimeoutMs: 5_000};
		const scenario = createScenario({
			state: initialState(admin.target('endpoint'), options, demoNames(newRunId())),
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
