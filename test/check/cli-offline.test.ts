import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {promisify} from 'node:util';
import AjvModule from 'ajv-draft-04';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli, removeCliCopy} from '../e2e/support/build.js';

/*
 * `sts-mfa check --policy` as a user runs it: the built CLI (its catalogue embedded by the build),
 * on AWS's documented policies, in each output, with the exit statuses a CI job reads.
 */
const run = promisify(execFile);
const FIXTURES = new URL('fixtures/', import.meta.url).pathname;

async function check(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	return checkIn('C.UTF-8', ...args);
}

async function checkIn(locale: string, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	try {
		const {LC_ALL, LC_MESSAGES, ...env} = process.env;
		const {stdout, stderr} = await run(process.execPath, [cli(), 'check', ...args], {
			cwd: FIXTURES,
			env: {...env, LANG: locale},
		});
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

/** The SARIF 2.1.0 schema (draft-04), as Microsoft's SARIF matchers ship it. */
function sarifValidator() {
	const require = createRequire(import.meta.url);
	const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
	const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
	const Ajv = AjvModule as unknown as typeof AjvModule.default;
	return new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema);
}

beforeAll(() => prepareCli());
afterAll(() => removeCliCopy());

describe('sts-mfa check --policy (offline)', () => {
	it("the Bool variant: a table naming the Deny's line, exit 1 at the default --fail-on high", async () => {
		const result = await check('--policy', 'force-mfa-bool.json', '--plain');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'A Deny under Bool lets the long-term key through: iam:CreateAccessKey (+18 more) · long-term key · Deny "DenyAllExceptListedIfNoMFA" (force-mfa-bool.json, line 75)',
		);
		expect(result.stdout).toMatch(/^ {2}iam:CreateAccessKey +● +✕ +● +●$/m);
	});

	it('says its findings, fixes and matrix in Portuguese under LANG=pt_BR.UTF-8; --json stays English', async () => {
		const result = await checkIn('pt_BR.UTF-8', '--policy', 'force-mfa-bool.json', '--plain');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('1 entidade principal, 176 células, 2 descobertas');
		expect(result.stdout).toMatch(/^GRAVIDADE +ENTIDADE +DESCOBERTA$/m);
		expect(result.stdout).toContain(
			'alta      policy-user Um Deny sob Bool deixa passar a chave de longo prazo: iam:CreateAccessKey (+18 outras) · chave de longo prazo · Deny "DenyAllExceptListedIfNoMFA" (force-mfa-bool.json, linha 75)',
		);
		expect(result.stdout).toContain(
			'correção: Use BoolIfExists aws:MultiFactorAuthPresent false no Deny: uma chave de longo prazo não tem essa chave de condição, e o Bool nunca se aplica a ela.',
		);
		expect(result.stdout).toContain('usuário policy-user (2 descobertas)');
		expect(result.stdout).toMatch(/^ {2}iam:CreateAccessKey +● +✕ +● +●$/m);
		const json = await checkIn('pt_BR.UTF-8', '--policy', 'force-mfa-bool.json', '--json', '--lang', 'pt-BR');
		const titles = (JSON.parse(json.stdout) as {findings: {title: string}[]}).findings.map((finding) => finding.title);
		expect(titles).toContain('A Deny under Bool lets the long-term key through');
		const missing = await checkIn('pt_BR.UTF-8', '--policy', 'missing.json');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toBe(
			'sts-mfa: não foi possível ler o arquivo de política missing.json: arquivo inexistente\n',
		);
	});

	it('the force-MFA policy passes (exit 0); --fail-on none never fails', async () => {
		expect((await check('--policy', 'force-mfa.json', '--plain')).code).toBe(0);
		expect((await check('--policy', 'self-manage-duo.json', '--plain', '--fail-on', 'none')).code).toBe(0);
	});

	it("several files after one --policy are one principal: today's BoolIfExists Deny covers what the Bool one misses", async () => {
		const result = await check(
			'--policy',
			'self-manage-today.json',
			'force-mfa-bool.json',
			'--json',
			'--fail-on',
			'none',
		);
		const report = JSON.parse(result.stdout) as {
			principals: {policies: {id: string}[]; ways: string[]; cells: unknown[]}[];
			findings: unknown[];
		};
		expect(report.principals[0]?.policies.map((policy) => policy.id)).toEqual([
			'self-manage-today.json',
			'force-mfa-bool.json',
		]);
		expect(report.principals[0]?.ways).toEqual(['longTermKey', 'noMfaSession', 'freshMfaSession', 'oldMfaSession']);
		expect(report.principals[0]?.cells.length).toBeGreaterThan(100);
		expect(report.findings).toEqual([]);
		expect(report.principals[0]?.cells).toContainEqual({
			action: 'iam:CreateAccessKey',
			way: 'longTermKey',
			decision: 'explicitDeny',
			decidedBy: {
				policyId: 'self-manage-today.json',
				kind: 'file',
				statement: 2,
				sid: 'DenyAllExceptListedIfNoMFA',
				effect: 'Deny',
				line: 23,
				file: 'self-manage-today.json',
			},
		});
	});

	it('--format sarif validates against the SARIF 2.1.0 schema and points at the statement', async () => {
		const result = await check('--policy', 'self-manage-duo.json', '--format', 'sarif');
		const sarif = JSON.parse(result.stdout) as {
			runs: {
				results: {
					ruleId: string;
					locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[];
				}[];
			}[];
		};
		const validate = sarifValidator();
		expect(validate(sarif) ? [] : validate.errors).toEqual([]);
		const deactivate = sarif.runs[0]?.results.find((entry) => entry.ruleId === 'selfManagementWithoutMfa');
		expect(deactivate?.locations[0]?.physicalLocation).toEqual({
			artifactLocation: {uri: 'self-manage-duo.json'},
			region: {startLine: 53},
		});
		expect(result.code).toBe(1);
	});

	it('usage errors exit 2 and say what is wrong', async () => {
		const missing = await check('--policy', 'nothere.json');
		expect(missing).toMatchObject({code: 2, stderr: 'sts-mfa: cannot read policy file nothere.json: no such file\n'});
		const sarifOnline = await check('--format', 'sarif');
		expect(sarifOnline.stderr).toContain('--format sarif reports locations in policy files');
		expect((await check('--policy', 'force-mfa.json', '--fail-on', 'urgent')).code).toBe(2);
		expect((await check('--policy', 'force-mfa.json', '--actions', 'CreateAccessKey')).stderr).toContain(
			"'CreateAccessKey' is not an action",
		);
	});

	it('--actions replaces the set, its wildcards expanded from the catalogue', async () => {
		const result = await check(
			'--policy',
			'force-mfa.json',
			'--actions',
			'iam:*MFADevice,sts:GetSessionToken',
			'--json',
		);
		const report = JSON.parse(result.stdout) as {principals: {actions: string[]}[]};
		expect(report.principals[0]?.actions).toEqual([
			'iam:CreateVirtualMFADevice',
			'iam:DeactivateMFADevice',
			'iam:DeleteVirtualMFADevice',
			'iam:EnableMFADevice',
			'iam:GetMFADevice',
			'iam:ResyncMFADevice',
			'iam:TagMFADevice',
			'iam:UntagMFADevice',
			'sts:GetSessionToken',
		]);
	});
});
