import {execFile, spawn, spawnSync} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand} from '@aws-sdk/client-iam';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {stopChildren, tracked} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {cli, prepareCli, removeCliCopy} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../../e2e/support/terminal.js';

/*
 * A seeded account (seed_account.py, through boto3: users, a group, roles, managed policies, a
 * boundary, MFA devices and keys) checked the way a user checks theirs: the built CLI against a
 * standalone sandbox. Exactly the expected findings, each with its deciding statement, in JSON, the
 * table and the dashboard; the same cells offline, through the sandbox's simulator and through
 * boto3; and --aws --profile through a temporary ~/.aws.
 */
const run = promisify(execFile);
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping the seeded-account check tests: python3 with boto3 is not installed.');
const HERE = new URL('.', import.meta.url).pathname;
const scratch = new ScratchDirs();

interface Seeded {
	readonly account: string;
	readonly held: Record<string, string[]>;
}
interface JsonReport {
	principals: {
		name: string;
		kind: string;
		findings: number;
		actions: string[];
		cells: {action: string; way: string; decision: string}[];
	}[];
	findings: {
		severity: string;
		principal: string;
		kind: string;
		action?: string;
		way?: string;
		decidedBy?: {sid?: string; policyId: string};
		alsoActions?: string[];
	}[];
}

let sandbox: StandaloneSandbox;
let seeded: Seeded;

async function python(script: string, input?: string): Promise<string> {
	const child = tracked(
		spawn('python3', [join(HERE, script)], {env: {...process.env, ...sandbox.env}, stdio: ['pipe', 'pipe', 'pipe']}),
	);
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()));
	child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
	child.stdin?.end(input ?? '');
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	if (code !== 0) throw new Error(`${script} failed: ${stderr}`);
	return stdout;
}

async function check(args: string[], env: Record<string, string> = sandbox.env, cwd = HERE) {
	try {
		const {stdout, stderr} = await run(process.execPath, [cli(), 'check', ...args], {
			cwd,
			env: {PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env},
			maxBuffer: 64 * 1024 * 1024,
		});
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

beforeAll(async () => {
	if (!hasBoto3) return;
	prepareCli();
	sandbox = await startStandaloneSandbox();
	seeded = JSON.parse(await python('seed_account.py')) as Seeded;
}, 60_000);
afterAll(async () => {
	await killAllTerminals();
	await sandbox?.stop();
	await stopChildren();
	await scratch.removeAll();
	removeCliCopy();
});

const EXPECTED = [
	['high', 'alice', 'allowedWithoutMfa', 'iam:CreateAccessKey', 'longTermKey', 'ReadBucketsAnyhow'],
	['high', 'bob', 'selfManagementWithoutMfa', 'iam:DeactivateMFADevice', 'longTermKey', 'AllowManageOwnUserMFA'],
	['high', 'bob', 'boolDenyMissesKey', 'iam:CreateAccessKey', 'longTermKey', 'DenyAllExceptListedIfNoMFA'],
	[
		'high',
		'carol',
		'selfManagementWithoutMfa',
		'iam:DeactivateMFADevice',
		'longTermKey',
		'AllowIndividualUserToDeactivateOnlyTheirOwnMFA',
	],
	[
		'high',
		'carol',
		'selfManagementWithoutMfa',
		'iam:DeleteVirtualMFADevice',
		'longTermKey',
		'AllowIndividualUserToViewAndManageTheirOwnMFA',
	],
	['high', 'carol', 'allowedWithoutMfa', 'iam:GetAccountSummary', 'longTermKey', 'AllowAllUsersToListAccounts'],
	[
		'high',
		'carol',
		'allowedWithoutMfa',
		'iam:ListAccessKeys',
		'longTermKey',
		'AllowIndividualUserToSeeAndManageOnlyTheirOwnAccountInformation',
	],
	['high', 'erin', 'keyWithoutDevice', undefined, 'longTermKey', undefined],
	['high', 'ivan', 'firstDeviceFromKey', 'iam:EnableMFADevice', 'longTermKey', 'AllowManageOwnUserMFA'],
	['high', 'ivan', 'keyWithoutDevice', undefined, 'longTermKey', undefined],
	['high', 'ops-open', 'roleAssumableWithoutMfa', 's3:ListAllMyBuckets', 'noMfaRoleSession', 'AnyoneInTheAccount'],
	['low', 'dave', 'mfaAgeWithoutPresence', 's3:ListAllMyBuckets', undefined, 'ListBucketsWithinTheHour'],
];

describe.skipIf(!hasBoto3)('sts-mfa check --endpoint on a seeded account', () => {
	it('--json: exactly the expected findings, each with its deciding statement; the protected principals have none', async () => {
		const result = await check(['--endpoint', sandbox.endpoint, '--json']);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.findings.map((f) => [f.severity, f.principal, f.kind, f.action, f.way, f.decidedBy?.sid])).toEqual(
			EXPECTED,
		);
		const clean = report.principals.filter((entry) => entry.findings === 0).map((entry) => entry.name);
		expect(clean.sort()).toEqual(['frank', 'grace', 'heidi', 'ops-mfa']);
		// The group's managed policy is named as the simulator named it.
		expect(report.findings[3]?.decidedBy?.policyId).toBe('SelfManageAsDuoDescribed');
	});

	it('--plain: the table names the statement, its policy and line, and the fix', async () => {
		const result = await check(['--endpoint', sandbox.endpoint, '--plain', '--fail-on', 'none']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('12 findings');
		expect(result.stdout).toContain(
			'high     ops-open  Role assumable without MFA reaches what needs MFA: s3:ListAllMyBuckets · AssumeRole without MFA · Allow "AnyoneInTheAccount" (trust policy ops-open, line 4)',
		);
		expect(result.stdout).toContain('high     erin      Access key and no MFA device: long-term key');
		expect(result.stdout).toContain("fix: Add Bool aws:MultiFactorAuthPresent true to the trust policy's Allow.");
		// heidi may do everything by identity, but her boundary allows buckets only with MFA.
		expect(result.stdout).toMatch(/^user heidi \(0 findings\)$/m);
		expect(result.stdout).toMatch(/^ {2}s3:ListAllMyBuckets +✕?·? +· +● +● *$/m);
	});

	it.skipIf(!tmuxAvailable())(
		'the dashboard lists every principal with its counts at 80x24',
		async () => {
			const terminal = await Terminal.start([process.execPath, cli(), 'check', '--endpoint', sandbox.endpoint], {
				cols: 80,
				rows: 24,
				env: sandbox.env,
			});
			const screen = await terminal.waitFor('Principals (11 of 11)', {timeout: 60_000});
			expect(screen).toContain('11 high · 0 medium · 1 low');
			expect(screen).toMatch(/user carol +4 high/);
			expect(screen).toMatch(/user grace +no finding/);
			expect(screen).toMatch(/role ops-open +1 high/);
			await terminal.type('/ops');
			await terminal.press('Enter');
			const filtered = await terminal.waitFor('Principals (2 of 11)');
			expect(filtered).not.toContain('carol');
			await terminal.type('q');
			expect(await terminal.waitForExit({timeout: 30_000})).toBe(1);
		},
		90_000,
	);
});

const ACTIONS = ['iam:CreateAccessKey', 'iam:DeactivateMFADevice', 'iam:EnableMFADevice', 's3:ListAllMyBuckets'];
const WAYS = ['longTermKey', 'noMfaSession', 'freshMfaSession', 'oldMfaSession'];

describe.skipIf(!hasBoto3)('the same cells three ways', () => {
	it.each(['alice', 'bob', 'carol', 'dave', 'frank', 'grace'])(
		'%s: offline --policy, --endpoint and boto3 agree',
		async (name) => {
			const dir = await scratch.make('sts-mfa-check-');
			const files = await Promise.all(
				(seeded.held[name] ?? []).map(async (text, index) => {
					const file = join(dir, `policy-${index}.json`);
					await writeFile(file, text);
					return file;
				}),
			);
			const decisions = (report: JsonReport) =>
				ACTIONS.flatMap((action) =>
					WAYS.map(
						(way) => report.principals[0]?.cells.find((cell) => cell.action === action && cell.way === way)?.decision,
					),
				);
			const offline = JSON.parse(
				(await check(['--policy', ...files, '--actions', ACTIONS.join(','), '--json'], {})).stdout,
			) as JsonReport;
			const online = JSON.parse(
				(await check(['--endpoint', sandbox.endpoint, '--user', name, '--actions', ACTIONS.join(','), '--json']))
					.stdout,
			) as JsonReport;
			const arn = `arn:aws:iam::${seeded.account}:user/${name}`;
			const resource = (action: string) =>
				action === 'iam:DeactivateMFADevice' || action === 'iam:EnableMFADevice' || action === 'iam:CreateAccessKey'
					? arn
					: '*';
			const cells = ACTIONS.flatMap((action) =>
				WAYS.map((way) => ({arn, userName: name, action, resource: resource(action), way})),
			);
			const boto3 = JSON.parse(await python('simulate_cells.py', JSON.stringify({cells}))) as string[];
			expect(decisions(offline)).toEqual(boto3);
			expect(decisions(online)).toEqual(boto3);
		},
	);
});

describe.skipIf(!hasBoto3)('--aws --profile through ~/.aws', () => {
	async function home(profile: string, keyId: string, secret: string): Promise<string> {
		const dir = await scratch.make('sts-mfa-home-');
		await mkdir(join(dir, '.aws'));
		await writeFile(
			join(dir, '.aws', 'config'),
			`[profile ${profile}]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
		);
		await writeFile(
			join(dir, '.aws', 'credentials'),
			`[${profile}]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\n`,
			{mode: 0o600},
		);
		return dir;
	}

	it('reads the account as the profile says, and checks the principals named', async () => {
		const dir = await home('audit', sandbox.env.AWS_ACCESS_KEY_ID ?? '', sandbox.env.AWS_SECRET_ACCESS_KEY ?? '');
		const result = await check(
			['--aws', '--profile', 'audit', '--user', 'grace', '--role', 'ops-open', '--json'],
			{HOME: dir},
			dir,
		);
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.principals.map((entry) => entry.name)).toEqual(['grace', 'ops-open']);
		expect(report.findings.map((finding) => finding.kind)).toEqual(['roleAssumableWithoutMfa']);
	});

	it('a principal that may read but not simulate gets an error naming iam:SimulatePrincipalPolicy (exit 2)', async () => {
		const admin = new IAMClient({
			endpoint: sandbox.endpoint,
			region: 'us-east-1',
			credentials: {
				accessKeyId: sandbox.env.AWS_ACCESS_KEY_ID ?? '',
				secretAccessKey: sandbox.env.AWS_SECRET_ACCESS_KEY ?? '',
			},
		});
		await admin.send(new CreateUserCommand({UserName: 'reader'}));
		const readOnly = {
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'iam:GenerateCredentialReport'], Resource: '*'}],
		};
		await admin.send(
			new PutUserPolicyCommand({UserName: 'reader', PolicyName: 'read-only', PolicyDocument: JSON.stringify(readOnly)}),
		);
		const {AccessKey} = await admin.send(new CreateAccessKeyCommand({UserName: 'reader'}));
		admin.destroy();
		const dir = await home('reader', AccessKey?.AccessKeyId ?? '', AccessKey?.SecretAccessKey ?? '');
		const result = await check(['--aws', '--profile', 'reader', '--user', 'grace', '--plain'], {HOME: dir}, dir);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^sts-mfa: the credentials cannot call the policy simulator: iam:SimulatePrincipalPolicy is needed \(read-only; it changes nothing\)\. AWS said: /,
		);
	});
});
