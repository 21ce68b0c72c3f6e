import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {prepareCli, removeCliCopy} from '../e2e/support/build.js';
import {type CliResult, runBuiltCli} from '../e2e/support/run-cli.js';
import {stopChildren} from '../support/processes.js';

/*
 * Why each scenario's request was denied, as the built CLI prints it unattended and reports it in
 * --json: the simulator's deciding statement, its condition, the key the request carried.
 */

let home: string;

beforeAll(() => {
	prepareCli();
	home = mkdtempSync(join(tmpdir(), 'sts-mfa-why-'));
});
afterAll(() => {
	stopChildren();
	removeCliCopy();
	rmSync(home, {recursive: true, force: true});
});

function runScenario(name: string): Promise<CliResult> {
	const args = ['--scenario', name, '--plain', '--auto-mfa', '--yes', '--json'];
	return runBuiltCli(args, {env: {...process.env, HOME: home}, stdin: ''});
}

const CASES = [
	{
		name: 'assume-role',
		printed: [
			'AssumeRole without MFA → AccessDenied, as it should be.',
			'The role\'s trust policy: Allow "AssumeOnlyWithMfa" on sts:AssumeRole when Bool aws:MultiFactorAuthPresent true',
			'The request had no aws:MultiFactorAuthPresent (a long-term key never has one): Bool … true did not match',
			'Proved: AssumeRole without MFA → AccessDenied; AssumeRole with MFA, then ListBuckets → allowed.',
		],
		explanation: {
			decision: 'implicitDeny',
			keyValue: 'absent',
			statement: {sid: 'AssumeOnlyWithMfa', effect: 'Allow', condition: {operator: 'Bool', value: 'true'}},
		},
	},
	{
		name: 'force-mfa',
		printed: [
			'Long-term key: ListBuckets → AccessDenied, as it should be.',
			'Deny "DenyAllExceptListedIfNoMFA" on all but 7 actions when BoolIfExists aws:MultiFactorAuthPresent false',
			'BoolIfExists … false matched, so the Deny applied.',
			'With Bool instead of BoolIfExists: allowed — an absent key never matches Bool.',
			'Proved: Long-term key: ListBuckets → AccessDenied; MFA session: ListBuckets → allowed.',
		],
		explanation: {
			decision: 'explicitDeny',
			keyValue: 'absent',
			statement: {sid: 'DenyAllExceptListedIfNoMFA', effect: 'Deny', condition: {operator: 'BoolIfExists'}},
			withBool: 'allowed',
		},
	},
] as const;

describe('why it was denied, through the built CLI', () => {
	it.each(CASES)(
		'$name prints the deciding statement and reports it in --json',
		async ({name, printed, explanation}) => {
			const {code, stdout, stderr} = await runScenario(name);
			expect(code).toBe(0);
			// The log's first line names the scenario that runs.
			expect(stderr.split('\n')).toContainEqual(expect.stringContaining(`sts-mfa: MFA ${name} demo against`));
			for (const line of printed) expect(stderr).toContain(line);
			const report = JSON.parse(stdout) as RunReport;
			expect(report).toMatchObject({scenario: name, proved: true, leftBehind: []});
			expect(report.denial?.explanation).toMatchObject({kind: 'simulated', ...explanation});
			expect(report.denial?.because.length).toBeGreaterThan(1);
			// The sentence-long wording of the session-token scenario appears nowhere else.
			expect(stderr).not.toContain('Without MFA: ListBuckets');
		},
	);
});
