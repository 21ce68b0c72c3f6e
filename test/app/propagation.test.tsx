import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {Propagation} from '../../source/app/propagation/propagation.js';

afterEach(() => {
	cleanup();
});

describe('the propagation bar', () => {
	it('shows the time used of the time allowed once the key and policy are in force, not a full bar', () => {
		const startedAt = Date.now() - 1_000;
		const propagation = {
			startedAt,
			deadline: startedAt + 120_000,
			attempts: 2,
			keyWorks: true,
			policyInForce: true,
		};
		const {lastFrame} = render(<Propagation propagation={propagation} width={60} />);
		const bar = (lastFrame() ?? '').split('\n').find((line) => line.includes('/ 2:00')) ?? '';
		const filled = [...bar].filter((char) => char === '█').length;
		const empty = [...bar].filter((char) => char === '░').length;
		expect(filled).toBeLessThanOrEqual(1);
		expect(empty).toBeGreaterThan(40);
	});
});
