import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {stopChildren, tracked} from '../../support/processes.js';
import {waitUntil} from '../../support/wait-until.js';

/*
 * The proof of issue 23: a security engineer's audit script (the AWS CLI and jq) and a boto3 audit
 * run unchanged against a standalone `sts-mfa sandbox`, given nothing but the five lines it
 * exports (plus PATH, and an empty HOME so no ~/.aws is read).
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const has = (command: string, ...args: string[]) => spawnSync(command, args, {stdio: 'ignore'}).status === 0;
const built = existsSync('dist/cli.js');
const cli = has('aws', '--version') && has('jq', '--version');
const boto3 = has('python3', '-c', 'import boto3');
if (!built) console.warn('Skipping the security engineer scripts: dist/cli.js is absent (npm run build).');
if (!cli) console.warn('Skipping the AWS CLI audit script: `aws` or `jq` is not on PATH.');
if (!boto3) console.warn('Skipping the boto3 audit: python3 with boto3 is not installed.');

function run(command: string, args: string[], env: Record<string, string>) {
	const child = tracked(spawn(command, args, {cwd: here, env, stdio: ['ignore', 'pipe', 'pipe']}));
	let output = '';
	child.stdout.on('data', (data: Buffer) => (output += data.toString()));
	child.stderr.on('data', (data: Buffer) => (output += data.toString()));
	return new Promise<{code: number | null; output: string}>((resolve) =>
		child.on('exit', (code) => resolve({code, output})),
	);
}

describe.skipIf(!built)('a security engineer against `sts-mfa sandbox`, given only its exports', () => {
	let env: Record<string, string>;
	let home: string;

	beforeAll(async () => {
		home = await mkdtemp(path.join(os.tmpdir(), 'sts-mfa-audit-home-'));
		const sandbox = tracked(
			spawn(process.execPath, ['dist/cli.js', 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']}),
		);
		let stdout = '';
		sandbox.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		const exports = await waitUntil('the export lines', () => {
			const pairs = [...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1]!, match[2]!] as const);
			return pairs.length >= 5 ? Object.fromEntries(pairs) : undefined;
		});
		env = {...exports, PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, PYTHONDONTWRITEBYTECODE: '1'};
	});
	afterAll(async () => {
		await stopChildren();
		await rm(home, {recursive: true, force: true});
	});

	it.skipIf(!cli)(
		'runs the AWS CLI audit: groups, versions, a boundary, the account details, the credential report, the simulator and aws s3 cp',
		async () => {
			const {code, output} = await run('bash', ['security-engineer.sh'], env);
			expect({code, tail: output.split('\n').slice(-6).join('\n')}).toEqual({code: 0, tail: expect.any(String)});
			expect(output).toContain('audit ok');
		},
		400_000,
	);

	it.skipIf(!boto3)(
		'runs the boto3 audit, every answer checked against botocore’s model',
		async () => {
			const {code, output} = await run('python3', ['boto3_iam_audit.py'], env);
			expect({code, tail: output.split('\n').slice(-12).join('\n')}).toEqual({code: 0, tail: expect.any(String)});
			expect(output).toContain('audit ok');
		},
		300_000,
	);
});
