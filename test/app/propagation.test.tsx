import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {Propagation} from '../../source/app/propagation/propagation.js';

afterEach(() => {
	cleanup();
});

const startedAt = Date.now() - 1_000;
const waiting = {startedAt, deadline: startedAt + 120_000, attempts: 1, keyWorks: true, policyInForce: false};

describe('the propagation panel', () => {
	it('shows the time used of the time allowed while IAM propagates', () => {
		const {lastFrame} = render(<Propagation propagation={waiting} width={45} />);
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/░+ 0:0\d \/ 2:00/);
		expect(frame).toContain('attempt 1 · waiting for: policy');
	});

	it('once in force, says what the wait took instead of an empty bar beside "in force"', () => {
		const settled = {...waiting, attempts: 2, policyInForce: true, settledAt: startedAt + 1_500};
		const {lastFrame} = render(<Propagation propagation={settled} width={45} />);
		const frame = lastFrame() ?? '';
		expect(frame).not.toMatch(/[░█]/);
		expect(frame).toContain('✓ key and policy in force after 0:02');
		expect(frame).toContain('2 attempts · up to 2:00 allowed');
	});
});
