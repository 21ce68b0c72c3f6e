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

	it('refuses bad input with one clear line on stderr and exit code 2, creating nothing', () => {
		const {code, stdout, stderr} = run(['--aws', '--endpoint', 'http://127.0.0.1:1']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('sts-mfa: --aws and --endpoint cannot be used together: pick one target\n');
	});

	it('prints its version', () => {
		expect(run(['--version']).stdout).toMatch(/^sts-mfa \d+\.\d+\.\d+\n$/);
	});
});
