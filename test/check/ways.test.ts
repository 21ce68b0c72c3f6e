import {describe, expect, it} from 'vitest';
import {ROLE_WAYS, USER_WAYS} from '../../source/check/types.js';
import {SCENARIOS} from '../../source/scenario/scenarios/index.js';

describe("check's ways of signing", () => {
	it("share no name with a scenario's step, so a way in --json is never read as a step of the demo", () => {
		const ways = new Set<string>([...USER_WAYS, ...ROLE_WAYS]);
		const steps = Object.values(SCENARIOS).flatMap((scenario) => scenario.steps.map((step) => step.id));
		expect(steps.length).toBeGreaterThan(0);
		expect(steps.filter((step) => ways.has(step))).toEqual([]);
	});
});
