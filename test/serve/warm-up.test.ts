import {describe, expect, it} from 'vitest';
import {renderDashboard, wrapToWidth} from '../../source/app/render.js';
import {warmUp} from '../../source/serve/warm-up.js';

/*
 * The run the room makes before it opens, so the first attendee does not pay for V8's first
 * compilation: it must go where an attendee goes (the picker, then the chosen scenario and its
 * first call to the sandbox), create nothing, and leave nothing behind.
 */

const dashboard = {renderDashboard, wrapToWidth, saveCodeCache: async () => false};
const limits = {idleMs: 600_000, maxRequests: 2_000};

describe('the warm-up before the room opens', () => {
	it('draws the picker and the chosen scenario, asks its sandbox who it is, creates nothing and stops that sandbox', async () => {
		// No limit that a loaded machine could reach first: the room's own is a few seconds.
		const {run, ended} = await warmUp(dashboard, limits, {limitMs: 20_000});
		// Ended before warmUp returned: the room opens after its teardown, not during it.
		expect(ended).toBe(true);
		const sandbox = await run.sandbox;
		expect(await run.done).toBe(0);
		const final = run.state();
		// Enter on the picker chose the first scenario, whose preflight signed a call to the sandbox.
		expect(final.scenario).toBe('session-token');
		expect(final.identity?.arn).toMatch(/^arn:aws:iam::\d{12}:/);
		expect(final.teardown.items).toEqual([]);
		await expect(fetch(sandbox.endpoint)).rejects.toThrow();
	}, 60_000);

	it('never holds the room past its limit: the run it started ends by itself, and its sandbox with it', async () => {
		const {run, ended} = await warmUp(dashboard, limits, {limitMs: 0});
		expect(ended).toBe(true);
		const sandbox = await run.sandbox;
		expect(await run.done).toBe(0);
		expect(run.state().teardown.items).toEqual([]);
		await expect(fetch(sandbox.endpoint)).rejects.toThrow();
	}, 60_000);

	it('stops at Ctrl-C: no further key, and the run has ended (its sandbox stopped) when it returns', async () => {
		const {run, ended} = await warmUp(dashboard, limits, {limitMs: 20_000, stopped: Promise.resolve()});
		expect(ended).toBe(true);
		// Enter was never pressed on the picker: no scenario's preflight asked the sandbox anything.
		expect(run.state().identity).toBeUndefined();
		expect(run.state().teardown.items).toEqual([]);
		await expect(fetch((await run.sandbox).endpoint)).rejects.toThrow();
		expect(await run.done).toBe(0);
	}, 60_000);
});
