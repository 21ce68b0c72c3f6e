import {execFile, spawn, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {stopChildren, tracked} from '../../support/processes.js';
import {useSdkSandbox} from './clients.js';

const script = fileURLToPath(new URL('boto3_scenario.py', import.meta.url));
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping the boto3 scenario: python3 with boto3 is not installed.');
if (!hasAwsCli) console.warn('Skipping the AWS CLI checks: `aws` is not on PATH.');

describe('other AWS clients against the sandbox', () => {
	const sandbox = useSdkSandbox();
	const {clock} = sandbox;
	afterEach(stopChildren);

	it.skipIf(!hasBoto3)(
		'runs the seed scenario with boto3',
		async () => {
			const child = tracked(
				spawn('python3', [script], {
					env: {
						...process.env,
						STS_MFA_ENDPOINT: sandbox.endpoint,
						STS_MFA_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
						STS_MFA_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
					},
					stdio: ['pipe', 'pipe', 'pipe'],
				}),
			);
			let stdout = '';
			let stderr = '';
			child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
			child.stdout.on('data', (data: Buffer) => {
				stdout += data.toString();
				if (data.toString().includes('need-fresh-step')) {
					// The enabling codes used two steps; move the sandbox clock on instead of waiting.
					clock.advance(60_000);
					child.stdin.write('60\n');
				}
			});
			const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
			expect({code, stderr: stderr.split('\n').slice(-12).join('\n')}).toEqual({code: 0, stderr: expect.any(String)});
			expect(stdout).toContain('scenario ok');
		},
		60_000,
	);

	it.skipIf(!hasAwsCli)(
		'answers the AWS CLI',
		async () => {
			const env = {
				...process.env,
				AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
				AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
				AWS_DEFAULT_REGION: 'us-east-1',
				AWS_CONFIG_FILE: '/dev/null',
				AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
			};
			// Asynchronous on purpose: the sandbox answers from this very event loop.
			const aws = (...args: string[]) =>
				new Promise<{status: number; stdout: string; stderr: string}>((resolve) => {
					execFile(
						'aws',
						['--endpoint-url', sandbox.endpoint, '--output', 'json', ...args],
						{env, encoding: 'utf8'},
						(error, stdout, stderr) => resolve({status: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
					);
				});
			const identity = await aws('sts', 'get-caller-identity');
			expect(identity.status, identity.stderr).toBe(0);
			expect(JSON.parse(identity.stdout).Account).toBe(sandbox.accountId);
			const buckets = await aws('s3api', 'list-buckets');
			expect(buckets.status, buckets.stderr).toBe(0);
			expect(JSON.parse(buckets.stdout).Buckets.length).toBeGreaterThan(0);
			const unknown = await aws('iam', 'get-user', '--user-name', 'nobody');
			expect(unknown.status).not.toBe(0);
			expect(unknown.stderr).toContain('NoSuchEntity');
		},
		60_000,
	);
});
