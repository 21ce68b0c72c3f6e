import {describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {useSandboxCli} from '../e2e/support/run-cli.js';

/*
 * allow-if-exists as a user runs it: the built CLI, `--scenario allow-if-exists --plain --auto-mfa
 * --yes --json`, against a standalone sandbox, in each language. The long-term key alone lists the
 * buckets under the Allow with BoolIfExists (the bypass), the fix (Bool) denies the same request,
 * an MFA session lists, and nothing of the run is left in the sandbox.
 */

const {admin, run: runCli} = useSandboxCli('sts-mfa-allow-if-exists-');

const SAID = {
	en: [
		/Long-term key, BoolIfExists: ListBuckets ALLOWED without MFA \(the bypass\) — 3 buckets: acme-/,
		/inline policy sts-mfa-allow-if-exists: the fix: s3:ListAllMyBuckets allowed only under Bool/,
		/Long-term key, Bool: ListBuckets → AccessDenied, as it should be\./,
		/The request had no aws:MultiFactorAuthPresent \(a long-term key never has one\): Bool … true did not match/,
	],
	'pt-BR': [
		/Chave de longo prazo, BoolIfExists: ListBuckets PERMITIDO sem MFA \(a brecha\) — 3 buckets: acme-/,
		/a correção: s3:ListAllMyBuckets permitido só sob Bool/,
		/Chave de longo prazo, Bool: ListBuckets → AccessDenied/,
	],
} as const;

describe.each(['en', 'pt-BR'] as const)('--scenario allow-if-exists through the built CLI (--lang %s)', (lang) => {
	it('lets the long-term key through under BoolIfExists, denies it after the fix, lists with MFA, and leaves nothing', async () => {
		const args = ['--scenario', 'allow-if-exists', '--plain', '--auto-mfa', '--yes', '--json', '--lang', lang];
		const {code, stdout, stderr} = await runCli([...args, '--endpoint', admin.sandbox.endpoint]);
		const report = JSON.parse(stdout) as RunReport;
		expect(report, stderr).toMatchObject({
			scenario: 'allow-if-exists',
			deniedWithoutMfa: true,
			denial: {explanation: {kind: 'simulated', key: 'aws:MultiFactorAuthPresent', keyValue: 'absent'}},
			teardownCompleted: true,
			leftBehind: [],
			proved: true,
			exitCode: 0,
		});
		expect(report.bucketsWithMfa.length).toBeGreaterThan(0);
		// The bypass in the report: what the long-term key alone listed, the same buckets the MFA session sees.
		expect(report.bypass?.buckets).toEqual(report.bucketsWithMfa);
		expect(code).toBe(0);
		for (const line of SAID[lang]) expect(stderr).toMatch(line);
		const iam = (await admin.services()).iam();
		expect(await iam.listUsers('/sts-mfa/')).toEqual([]);
		expect(await iam.listVirtualMfaDevices()).toEqual([]);
	}, 120_000);
});
