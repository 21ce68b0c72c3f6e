import {describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {MAX_MFA_AGE_SECONDS} from '../../source/scenario/scenarios/mfa-age.js';
import {useSandboxCli} from '../e2e/support/run-cli.js';

/*
 * mfa-age as a user runs it: the built CLI, `--scenario mfa-age --plain --auto-mfa --yes --json`,
 * against a standalone sandbox on the real clock (no skipping: the run waits until the session's
 * MFA is older than the limit). Denied without MFA, allowed fresh, denied again once older, and
 * nothing of the run left in the sandbox.
 */

const {admin, run: runCli} = useSandboxCli('sts-mfa-age-');

describe('--scenario mfa-age through the built CLI', () => {
	it('denies without MFA, lists with a fresh code, denies the same session once its MFA is too old, and leaves nothing', async () => {
		const args = ['--scenario', 'mfa-age', '--plain', '--auto-mfa', '--yes', '--json'];
		const {code, stdout, stderr} = await runCli([...args, '--endpoint', admin.sandbox.endpoint]);
		const report = JSON.parse(stdout) as RunReport;
		expect(report, stderr).toMatchObject({
			scenario: 'mfa-age',
			deniedWithoutMfa: true,
			denial: {explanation: {kind: 'simulated', key: 'aws:MultiFactorAuthAge', keyValue: 'absent'}},
			afterMfaAge: {denied: true, errorCode: 'AccessDenied'},
			teardownCompleted: true,
			leftBehind: [],
			proved: true,
			exitCode: 0,
		});
		expect(report.bucketsWithMfa.length).toBeGreaterThan(0);
		expect(report.afterMfaAge?.ageSeconds).toBeGreaterThan(MAX_MFA_AGE_SECONDS);
		expect(code).toBe(0);
		// The explanation names the key's value in each denied request: absent, then an age.
		expect(stderr).toContain('The request had no aws:MultiFactorAuthAge (AWS sets it only when MFA was used)');
		expect(stderr).toMatch(
			/The request had aws:MultiFactorAuthAge = \d+ \(seconds since the MFA code\), no longer less than 30/,
		);
		const iam = (await admin.services()).iam();
		expect(await iam.listUsers('/sts-mfa/')).toEqual([]);
		expect(await iam.listVirtualMfaDevices()).toEqual([]);
	}, 120_000);
});
