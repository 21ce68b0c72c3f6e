import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {stopChildren} from '../../support/processes.js';
import {exitOf, exportedSandbox, runScript} from './exported-sandbox.js';

const script = fileURLToPath(new URL('boto3_assume_role_mfa.py', import.meta.url));
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const built = existsSync('dist/cli.js');
if (!hasBoto3) console.warn('Skipping the boto3 AssumeRole-with-MFA example: python3 with boto3 is not installed.');
if (!built) console.warn('Skipping the boto3 AssumeRole-with-MFA example: dist/cli.js is absent (npm run build).');

describe.skipIf(!hasBoto3 || !built)("AWS's assume_role_mfa example with boto3 against `sts-mfa sandbox`", () => {
	afterEach(stopChildren);

	it('is denied without MFA, lists buckets with it as the assumed role, and leaves nothing', async () => {
		const env = await exportedSandbox();
		const output = await runScript(script, env);
		expect(exitOf(output)).toEqual({code: 0, stderr: expect.any(String)});
		expect(output.stdout.split('\n').filter(Boolean)).toEqual([
			'set up: user, MFA device, role, policy',
			'denied without MFA',
			'listed 3 buckets with MFA',
			expect.stringMatching(/^caller: arn:aws:sts::\d{12}:assumed-role\/doc-example-role\/AssumeRoleWithMFA$/),
			"read back the policy's tags and versions",
			'torn down: nothing left',
			'assume-role scenario ok',
		]);
	}, 60_000);
});
