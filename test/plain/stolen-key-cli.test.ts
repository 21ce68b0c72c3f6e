import {spawn} from 'node:child_process';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {AttackOutcome} from '../../source/scenario/attack/types.js';
import type {RunReport} from '../../source/plain/report.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';
import {stopChildren, tracked} from '../support/processes.js';
import {type AdminSandbox, startAdminSandbox} from '../support/sandbox.js';
import {ScratchDirs} from '../support/scratch.js';

/*
 * stolen-key as a script runs it: the built CLI, `--scenario stolen-key --plain --auto-mfa --yes
 * --json`, against a standalone sandbox. The report has each attack's outcome and the rule that
 * decided it, and each attack call's CloudTrail record; nothing of either part is left behind.
 */

let admin: AdminSandbox;
const scratch = new ScratchDirs();

beforeAll(async () => {
	prepareCli();
	admin = await startAdminSandbox();
});
afterEach(stopChildren);
afterAll(async () => {
	await admin?.stop();
	await scratch.removeAll();
	removeCliCopy();
});

async function runCli(args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
	const {sandbox} = admin;
	const env = {
		...process.env,
		STS_MFA_STATE_DIR: await scratch.make('sts-mfa-stolen-'),
		NO_COLOR: '1',
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		AWS_REGION: sandbox.region,
	};
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(process.execPath, [cli(), ...args], {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}

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
