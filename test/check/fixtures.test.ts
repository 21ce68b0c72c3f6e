import {describe, expect, it} from 'vitest';
import {loadCatalogue} from '../../source/check/catalogue.js';
import {embeddedEvaluator} from '../../source/check/engine.js';
import {cellIndex} from '../../source/check/findings.js';
import {offlinePrincipal} from '../../source/check/offline-input.js';
import {allFindings, runCheck} from '../../source/check/run-check.js';

const fixture = (name: string) => new URL(`fixtures/${name}.json`, import.meta.url).pathname;

async function checkFiles(files: string[], trust?: string) {
	const catalogue = await loadCatalogue();
	const principal = await offlinePrincipal(files.map(fixture), trust === undefined ? undefined : fixture(trust));
	return runCheck({
		catalogue,
		principals: [principal],
		evaluator: embeddedEvaluator(catalogue, []),
		target: {kind: 'offline'},
	});
}

const summary = (report: Awaited<ReturnType<typeof checkFiles>>) =>
	allFindings(report).map((finding) => [finding.kind, finding.action, finding.way, finding.decidedBy?.sid]);

describe("AWS's documented MFA policies, offline", () => {
	it('the force-MFA policy has no finding, and an MFA session may do what it allows while a key may not', async () => {
		const report = await checkFiles(['force-mfa']);
		expect(allFindings(report)).toEqual([]);
		const at = cellIndex(report.principals[0]?.cells ?? []);
		expect(at('iam:CreateAccessKey', 'freshMfaSession')).toMatchObject({
			decision: 'allowed',
			decidedBy: {sid: 'AllowManageOwnAccessKeys'},
		});
		expect(at('iam:CreateAccessKey', 'longTermKey')).toMatchObject({
			decision: 'explicitDeny',
			decidedBy: {sid: 'DenyAllExceptListedIfNoMFA'},
		});
		expect(at('iam:DeactivateMFADevice', 'noMfaSession')?.decision).toBe('explicitDeny');
	});

	it("its Bool variant gets the Bool finding, naming the Deny, and the key's way to the device", async () => {
		const report = await checkFiles(['force-mfa-bool']);
		expect(summary(report)).toEqual([
			['selfManagementWithoutMfa', 'iam:DeactivateMFADevice', 'longTermKey', 'AllowManageOwnUserMFA'],
			['boolDenyMissesKey', 'iam:CreateAccessKey', 'longTermKey', 'DenyAllExceptListedIfNoMFA'],
		]);
		const bool = allFindings(report)[1];
		expect(bool?.decidedBy).toMatchObject({effect: 'Deny', line: 75, file: fixture('force-mfa-bool')});
		expect(bool?.alsoActions).toContain('iam:DeleteAccessKey');
	});

	it('the self-manage policy as Duo described it gets the self-management finding', async () => {
		const kinds = summary(await checkFiles(['self-manage-duo']));
		expect(kinds).toContainEqual([
			'selfManagementWithoutMfa',
			'iam:DeactivateMFADevice',
			'longTermKey',
			'AllowIndividualUserToDeactivateOnlyTheirOwnMFA',
		]);
		expect(kinds).toContainEqual([
			'selfManagementWithoutMfa',
			'iam:DeleteVirtualMFADevice',
			'longTermKey',
			'AllowIndividualUserToViewAndManageTheirOwnMFA',
		]);
	});

	it("today's self-manage policy does not: enrolling a first device without MFA is by design", async () => {
		const report = await checkFiles(['self-manage-today']);
		expect(allFindings(report)).toEqual([]);
		const at = cellIndex(report.principals[0]?.cells ?? []);
		expect(at('iam:EnableMFADevice', 'longTermKey')?.decision).toBe('allowed');
		expect(at('iam:DeactivateMFADevice', 'longTermKey')?.decision).toBe('explicitDeny');
	});
});
