import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';

beforeAll(prepareCli);
afterAll(removeCliCopy);

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli(), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1'},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('the built sts-mfa command', () => {
	it('prints help on stdout and exits 0', () => {
		const {code, stdout, stderr} = run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('sts-mfa sandbox');
		expect(stderr).toBe('');
	});

	it('names every scenario --scenario takes, and every run flag, in its help', () => {
		const {stdout} = run(['--help']);
		for (const name of SCENARIO_NAMES) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
		expect(stdout).toContain('--light-background');
	});

	it('refuses bad input with one clear line on stderr and exit code 2, creating nothing', () => {
		const {code, stdout, stderr} = run(['--aws', '--endpoint', 'http://127.0.0.1:1']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('sts-mfa: --aws and --endpoint cannot be used together: pick one target\n');
	});

	it('refuses help for a command that does not exist, with exit code 2', () => {
		const {code, stdout, stderr} = run(['help', 'nope']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			"sts-mfa: no help for 'nope': commands are run, sandbox, cleanup, session, check, serve, presenter, help (see 'sts-mfa --help')\n",
		);
	});

	it('lists the exit statuses in its help', () => {
		const {stdout} = run(['--help']);
		expect(stdout).toMatch(
			/Exit status\n\s+0 .+\n(?: {4,}.+\n)*\s+1 .+\n(?: {4,}.+\n)*\s+2 .+\n(?: {4,}.+\n)*\s+3 .+\n(?: {4,}.+\n)*\s+130, 143 /,
		);
	});

	it('says in one line, in plain mode, what the AWS SDK warns about Node 20; nothing on newer Node', () => {
		const {code, stdout, stderr} = run(['--plain', '--auto-mfa', '--yes']);
		expect(code).toBe(0);
		const notes = stdout.split('\n').filter((line) => line.includes('Node 20'));
		expect(notes).toEqual(
			Number(process.versions.node.split('.')[0]) < 22
				? ['note: Node 20 works, but AWS SDK releases after early 2027 need Node 22 or newer (22 or 24 recommended)']
				: [],
		);
		expect(stdout + stderr).not.toContain('NodeVersionSupportWarning');
	});

	it('prints its version', () => {
		expect(run(['--version']).stdout).toMatch(/^sts-mfa \d+\.\d+\.\d+\n$/);
	});
});
