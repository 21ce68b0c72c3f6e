import {describe, expect, it} from 'vitest';
import {clockSkewWarning} from '../../source/scenario/clock.js';
import {said, ACCOUNT, drive, start} from './fixtures.js';

const identity = {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/ops/alice`, userId: 'AIDAALICE'};

describe("a clock that is off, measured from the server's Date header", () => {
	it('says nothing when the clocks agree within a TOTP step', () => {
		const {state} = drive(start(), [{type: 'identityResolved', identity, clockSkewMs: 29_000}]);
		expect(state.notice).toBeUndefined();
		expect(state.preflight?.clockSkewMs).toBe(29_000);
	});

	it('warns before anything is created when this machine is more than 30 s behind or ahead', () => {
		const behind = drive(start(), [{type: 'identityResolved', identity, clockSkewMs: 95_000}]).state;
		expect(said(behind)).toEqual({
			level: 'warn',
			text: expect.stringContaining("This machine's clock is 95 s behind the server's"),
		});
		const ahead = drive(start(), [{type: 'identityResolved', identity, clockSkewMs: -40_400}]).state;
		expect(said(ahead)?.text).toContain('40 s ahead of the server');
		expect(ahead.steps.createUser?.status).toBe('pending');
	});

	it('keeps the warning beside the missing-permissions list on a real account', () => {
		const checked = drive(start({}, 'aws'), [
			{type: 'identityResolved', identity, clockSkewMs: 120_000},
			{type: 'permissionsChecked', missing: ['iam:CreateUser']},
		]).state;
		expect(said(checked)?.text).toMatch(/^Missing permissions: iam:CreateUser\. This machine's clock is 120 s behind/);
		expect(checked.preflight).toEqual({missingPermissions: ['iam:CreateUser'], isRoot: false, clockSkewMs: 120_000});
	});

	it('adds it to the root-user warning', () => {
		const root = drive(start({}, 'aws'), [
			{type: 'identityResolved', identity: {...identity, arn: `arn:aws:iam::${ACCOUNT}:root`}, clockSkewMs: -60_000},
		]).state;
		expect(said(root)?.text).toMatch(/account root user.*60 s ahead of the server/);
	});

	it('rounds to whole seconds and has no warning when the skew is unknown', () => {
		expect(clockSkewWarning(undefined)).toBeUndefined();
		expect(clockSkewWarning(-30_000)).toContain('30 s ahead');
	});
});
