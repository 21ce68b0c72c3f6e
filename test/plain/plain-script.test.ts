import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {type RunningSandbox, startSandbox} from '../../source/sandbox/index.js';
import {prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';
import {adminEnvironment, runBuiltCli} from '../e2e/support/run-cli.js';
import {stopChildren} from '../support/processes.js';
import {ScratchDirs} from '../support/scratch.js';

/*
 * Plain mode as a script runs it: answers piped in (or none at all), the log read line by line and
 * the exit status checked, as the README's table of statuses says.
 */

const scratch = new ScratchDirs();
let stateHome: string;
let sandbox: RunningSandbox;

beforeAll(async () => {
	prepareCli();
	stateHome = await scratch.make('sts-mfa-plain-script-');
	sandbox = await startSandbox({port: 0});
});
afterEach(stopChildren);
afterAll(async () => {
	await sandbox?.stop();
	await scratch.removeAll();
	removeCliCopy();
});

function runCli(args: string[], stdin: 'ignore' | string, env: Record<string, string> = {}) {
	const base = {PATH: process.env.PATH, HOME: stateHome, STS_MFA_STATE_DIR: stateHome, NO_COLOR: '1'};
	return runBuiltCli(args, {stdin, env: {...base, ...env}});
}

const endpointEnv = () => adminEnvironment(sandbox);

describe('plain mode read by a script', () => {
	it('says once that nothing was created when the confirmation is answered n, and exits 0', async () => {
		const {code, stdout} = await runCli(['--plain', '--endpoint', sandbox.endpoint], 'n\n', endpointEnv());
		const lines = stdout.trimEnd().split('\n');
		expect(lines.at(-1)).toBe('Cancelled at the confirmation: nothing was created.');
		expect(stdout).not.toMatch(/skipped|Tear everything down|did not prove|Teardown complete/);
		expect(lines.filter((line) => /nothing was created/i.test(line))).toHaveLength(1);
		expect(code).toBe(0);
	});

	it('puts each question and each answer read from a pipe on a line of its own', async () => {
		const {stdout} = await runCli(['--plain', '--endpoint', sandbox.endpoint], 'y\n12ab56\n', endpointEnv());
		const lines = stdout.split('\n');
		const question = lines.findIndex((line) => line.startsWith('Everything is deleted at the end. Continue?'));
		expect(lines[question]).toBe('Everything is deleted at the end. Continue? [y/N]');
		expect(lines[question + 1]).toBe('    read: y');
		const code = lines.indexOf('MFA code 1 of 2:');
		expect(code).toBeGreaterThan(question);
		expect(lines[code + 1]).toBe('    read: 12ab56');
		expect(lines[code + 2]).toBe('    An MFA code is exactly 6 digits.');
		expect(lines[code + 3]).toBe('MFA code 1 of 2:');
	});

	it('marks the step waiting for a code failed, not skipped, when the input ends early; exit 1', async () => {
		const {code, stdout, stderr} = await runCli(['--plain', '--json'], 'y\n');
		expect(stderr).toMatch(/\[3\/8\] Enable MFA device: FAILED .*the input ended before an MFA code was entered/);
		expect(stderr).not.toContain('Enable MFA device: skipped');
		const report = JSON.parse(stdout) as RunReport;
		expect(report.steps.find((step) => step.id === 'enableMfaDevice')?.status).toBe('failed');
		expect(report).toMatchObject({proved: false, teardownCompleted: true, exitCode: 1});
		expect(code).toBe(1);
	});

	it('exits as the README says: 2 for no input at all (< /dev/null), 1 for a pipe that ends', async () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		expect(readme).toMatch(/^\| 1 \| .*a pipe that closes, counts as a failure/m);
		expect(readme).toMatch(/^\| 2 \| .*\(`< \/dev\/null`\), refused before anything is created/m);
		const none = await runCli(['--plain'], 'ignore');
		expect(none.code).toBe(2);
		expect(none.stdout).toBe('');
		const ended = await runCli(['--plain'], '');
		expect(ended.code).toBe(1);
	});
});
