import {describe, expect, it} from 'vitest';
import {traceLine} from '../../source/app/trace/trace.js';
import type {TraceEntry} from '../../source/aws/types.js';

const call = (patch: Partial<TraceEntry>): TraceEntry => ({
	id: 1,
	service: 'iam',
	operation: 'EnableMFADevice',
	principal: 'operator',
	params: {UserName: 'sts-mfa-demo-r1a2b3'},
	outcome: 'ok',
	ms: 11,
	at: new Date(0),
	...patch,
});

describe('trace lines', () => {
	for (const width of [80, 120]) {
		it(`keep the times in one column whatever the outcome at ${width} columns`, () => {
			const lines = [
				call({}),
				call({outcome: 'error', errorCode: 'InvalidAuthenticationCode', ms: 6}),
				call({outcome: 'error', errorCode: 'AccessDenied', ms: 201}),
				call({outcome: 'error', errorCode: 'SomeVeryLongErrorCodeFromAnEndpoint', ms: 3}),
			].map((entry) => traceLine(entry, width));
			const ends = lines.map((line) => line.indexOf('ms') + 2);
			expect(new Set(ends).size).toBe(1);
			expect(lines[1]).toContain('InvalidAuthenticationCode');
			expect(lines[3]).toContain('SomeVeryLongErrorCodeFro…');
			for (const line of lines) expect([...line.slice(0, ends[0])].length).toBeLessThanOrEqual(80);
		});
	}
});
