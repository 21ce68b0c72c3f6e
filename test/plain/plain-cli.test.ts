import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';
import {stopChildren, tracked} from '../support/processes.js';
import {adminServices} from '../support/sandbox.js';

let stateHome: string;

beforeAll(() => {
	prepareCli();
	stateHome = mkdtempSync(join(tmpdir(), 'sts-mfa-plain-'));
});
afterEach(stopChildren);
afterAll(() => {
	rmSync(stateHome, {recursive: true, force: true});
	removeCliCopy();
});

function runCli(
	args: string[],
	options: {stdin?: 'ignore' | string; env?: Record<string, string>} = {},
): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(process.execPath, [cli(), ...args], {
				cwd: ROOT,
				env: {...process.env, STS_MFA_STATE_DIR: stateHome, NO_COLOR: '1', ...options.env},
				stdio: [options.stdin === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		if (typeof options.stdin === 'string') child.stdin?.end(options.stdin);
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}

describe('plain mode, end to end through the built CLI', () => {
	it('runs the whole demo unattended against the embedded sandbox and prints the JSON report', async () => {
		const {code, stdout, stderr} = await runCli([
			'--plain',
			'--auto-mfa',
			'--yes',
			'--json',
			'--propagation-delay',
			'1',
		]);
		const report = JSON.parse(stdout) as RunReport;
		expect(report).toMatchObject({
			target: {kind: 'sandbox', region: 'us-east-1'},
			deniedWithoutMfa: true,
			teardownCompleted: true,
			leftBehind: [],
			perhapsLeftBehind: [],
			proved: true,
			exitCode: 0,
		});
		expect(report.bucketsWithMfa.length).toBeGreaterThan(0);
		// No bypass step in session-token: the report has no bypass to speak of.
		expect(report).not.toHaveProperty('bypass');
		expect(report.steps.map((step) => step.status)).toEqual(Array(8).fill('done'));
		expect(report.steps.every((step) => typeof step.ms === 'number')).toBe(true);
		expect(code).toBe(0);
		// The log went to stderr, line by line, without cursor movement.
		expect(stderr).toMatch(/\[6\/8\] Session without MFA: done/);
		// Why, from the sandbox's policy simulator: the Allow whose condition the session's false failed.
		expect(stderr).toContain(
			'Allow "ListBucketsOnlyWithMfa" on s3:ListAllMyBuckets when Bool aws:MultiFactorAuthPresent true',
		);
		expect(stderr).toContain('The request had aws:MultiFactorAuthPresent = false (a session issued without MFA)');
		expect(report.denial).toMatchObject({
			request: 'Without MFA: ListBuckets',
			errorCode: 'AccessDenied',
			explanation: {
				kind: 'simulated',
				decision: 'implicitDeny',
				keyValue: 'false',
				statement: {sid: 'ListBucketsOnlyWithMfa', effect: 'Allow', condition: {operator: 'Bool', value: 'true'}},
			},
		});
		expect(stderr).toMatch(/waiting for IAM to propagate: check 2/);
		expect(stderr).not.toMatch(/\u001B\[\d*[ABCDHJK]/);
		expect(stderr).not.toMatch(/\(node:\d+\)/);
	});

	it('leaves nothing in an --endpoint sandbox after the run', async () => {
		const sandbox: RunningSandbox = await startSandbox({port: 0});
		try {
			const env = {
				AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
				AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
				AWS_REGION: 'us-east-1',
			};
			const {code, stdout} = await runCli(
				['--plain', '--auto-mfa', '--yes', '--json', '--endpoint', sandbox.endpoint],
				{env},
			);
			expect(JSON.parse(stdout)).toMatchObject({
				target: {kind: 'endpoint', endpoint: sandbox.endpoint},
				proved: true,
				exitCode: 0,
			});
			expect(code).toBe(0);
			const admin = await adminServices(sandbox);
			expect(await admin.iam().listUsers('/sts-mfa/')).toEqual([]);
			expect(await admin.iam().listVirtualMfaDevices()).toEqual([]);
		} finally {
			await sandbox.stop();
		}
	});

	it('refuses clearly, before creating anything, when codes cannot be read', async () => {
		const {code, stdout, stderr} = await runCli(['--plain'], {stdin: 'ignore'});
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/reads MFA codes from stdin, but there is no input: pass --auto-mfa/);
	});

	it('tears down when the piped input ends before a code is typed', async () => {
		const {code, stdout} = await runCli(['--plain', '--json'], {stdin: ''});
		const report = JSON.parse(stdout) as RunReport;
		expect(report.steps.find((step) => step.id === 'createMfaDevice')?.status).toBe('done');
		expect(report).toMatchObject({proved: false, teardownCompleted: true, leftBehind: [], exitCode: 1});
		expect(code).toBe(1);
	});
});
