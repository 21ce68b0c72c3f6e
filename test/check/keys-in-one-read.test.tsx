import {render} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import type {CheckReport, PrincipalReport} from '../../source/check/types.js';
import {CheckApp} from '../../source/check/view/check-app.js';
import {becomes} from '../support/wait-until.js';

/*
 * Keys that reach the check's dashboard in one read (a busy machine, a slow SSH link, tmux sending
 * Enter and the next key together) are each taken: the Enter that ends the filter does not swallow
 * the key after it.
 */

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const entry = (name: string, kind: 'user' | 'role'): PrincipalReport =>
	({
		principal: {kind, name, arn: `arn:aws:iam::123456789012:${kind}/${name}`, accountId: '123456789012', policies: []},
		ways: ['longTermKey', 'noMfaSession', 'freshMfaSession', 'oldMfaSession'],
		actions: ['s3:ListAllMyBuckets'],
		cells: [{action: 's3:ListAllMyBuckets', way: 'longTermKey', decision: 'allowed'}],
		findings: [],
	}) as unknown as PrincipalReport;

const REPORT = {
	target: {kind: 'offline'},
	unexpanded: [],
	principals: [entry('carol', 'user'), entry('ops-mfa', 'role'), entry('ops-open', 'role')],
} as unknown as CheckReport;

const selected = (frame: string) => frame.split('\n').find((line) => line.startsWith('›')) ?? '';

it('"/ops", Enter and j in one read: the filter is kept and the selection moves to the second match', async () => {
	const app = render(<CheckApp report={REPORT} color={false} />);
	unmount = app.unmount;
	await becomes(() => selected(app.lastFrame() ?? '').includes('carol'));
	app.stdin.write('/ops\rj');
	expect(await becomes(() => selected(app.lastFrame() ?? '').includes('ops-open')), app.lastFrame()).toBe(true);
	expect(app.lastFrame()).toContain('filter: ops');
	expect(app.lastFrame()).not.toContain('carol');
});
