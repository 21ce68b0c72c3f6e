import {describe, expect, it} from 'vitest';
import type {AttackOutcome} from '../../source/scenario/attack/types.js';
import type {RunReport} from '../../source/plain/report.js';
import {useSandboxCli} from '../e2e/support/run-cli.js';

/*
 * stolen-key as a script runs it: the built CLI, `--scenario stolen-key --plain --auto-mfa --yes
 * --json`, against a standalone sandbox. The report has each attack's outcome and the rule that
 * decided it, and each attack call's CloudTrail record; nothing of either part is left behind.
 */

const {admin, run: runCli} = useSandboxCli('sts-mfa-stolen-');

describe('--scenario stolen-key through the built CLI', () => {
	it('reports each attack with its deciding rule and each attack call with its CloudTrail record, and leaves nothing', async () => {
		const args = ['--scenario', 'stolen-key', '--plain', '--auto-mfa', '--yes', '--json'];
		const {code, stdout, stderr} = await runCli([...args, '--endpoint', admin.sandbox.endpoint]);
		const report = JSON.parse(stdout) as RunReport;
		expect(report, stderr).toMatchObject({scenario: 'stolen-key', proved: true, leftBehind: [], exitCode: 0});
		expect(code).toBe(0);

		const moves = new Map<string, AttackOutcome>(Object.values(report.attacks ?? {}).map((o) => [o.move, o]));
		// The key alone may not remove the user's device nor add a second one: the 2023 guard, although
		// the Duo-era policy allows both (its gap).
		for (const move of ['deactivateUsersDevice', 'enrolSecondDevice']) {
			expect(moves.get(move), move).toMatchObject({
				refused: true,
				errorCode: 'AccessDenied',
				rule: 'guard2023',
				policyDecision: 'allowed',
			});
		}
		// A first device on a user whose key leaked first: let through, and its MFA session lists.
		const gap = moves.get('enrolFirstDevice');
		expect(gap).toMatchObject({refused: false, rule: 'none'});
		expect(gap?.buckets?.length).toBeGreaterThan(0);
		// The fix refuses the same enrolment by a statement of the policy.
		expect(moves.get('applyFix')).toMatchObject({refused: true, rule: 'policy', sid: 'DenyEnrollingWithLongTermKey'});

		// Every attack call was found in CloudTrail, as signed by the key that made it.
		const events = report.detection?.events ?? [];
		const calls = [...moves.values()].flatMap((outcome) => outcome.calls);
		expect(events.length).toBeGreaterThanOrEqual(calls.length);
		for (const {call, record} of events) {
			expect(record, `${call.eventName} by ${call.accessKeyId}`).toBeDefined();
			expect(record?.eventName).toBe(call.eventName);
			expect(record?.userIdentity.accessKeyId).toBe(call.accessKeyId);
			// A long-term key (AKIA…) signs with no session: its record has no mfaAuthenticated.
			if (call.accessKeyId.startsWith('AKIA')) expect(record?.userIdentity.mfaAuthenticated).toBeUndefined();
		}
		// The attacker's MFA session's call says MFA was used.
		expect(events.some(({record}) => record?.userIdentity.mfaAuthenticated === 'true')).toBe(true);

		// Nothing of either part is left: both users, the attacker's devices and the user's.
		const iam = (await admin.services()).iam();
		expect(await iam.listUsers('/sts-mfa/')).toEqual([]);
		expect(await iam.listVirtualMfaDevices()).toEqual([]);
	}, 120_000);
});
