import {execFile, spawn, spawnSync} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ScratchDirs} from '../support/scratch.js';
import {stopChildren, tracked} from '../support/processes.js';
import {cli, prepareCli, removeCliCopy} from './support/build.js';

/*
 * What the README tells a user to do with the standalone sandbox: redirect its standard output to
 * a file, source that file in another shell, and use any client. The clients run with an
 * environment holding only those lines, PATH and an empty HOME, so nothing the test sets itself
 * (a region, a profile) can make them work.
 */

const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping boto3 with the sandbox’s exports: python3 with boto3 is not installed.');
if (!hasAwsCli) console.warn('Skipping the AWS CLI with the sandbox’s exports: `aws` is not on PATH.');

const scratch = new ScratchDirs();
let dir: string;
let exportsFile: string;

beforeAll(prepareCli);
beforeEach(async () => {
	dir = await scratch.make('sts-mfa-exports-');
	exportsFile = join(dir, 'sandbox.env');
	// As a user types it: `sts-mfa sandbox --port N > sandbox.env &` (port 0: a free one).
	tracked(
		spawn('sh', ['-c', `exec "${process.execPath}" "${cli()}" sandbox --port 0 > sandbox.env`], {
			cwd: dir,
			stdio: ['ignore', 'ignore', 'pipe'],
		}),
	);
	await exportsWritten();
});
afterEach(async () => {
	await stopChildren();
	await scratch.removeAll();
});
afterAll(removeCliCopy);

async function exportsWritten(): Promise<void> {
	const deadline = Date.now() + 15_000;
	while ((await readFile(exportsFile, 'utf8').catch(() => '')).split('\n').length < 6) {
		if (Date.now() > deadline) throw new Error('the sandbox wrote no export lines in 15 s');
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** Runs `command` in a shell that has sourced the exports, and nothing else of ours. */
function withExports(command: string): Promise<{status: number; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		execFile(
			'sh',
			['-c', `. ./sandbox.env && ${command}`],
			{cwd: dir, env: {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir}, encoding: 'utf8'},
			(error, stdout, stderr) => resolve({status: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
		);
	});
}

describe('the standalone sandbox’s export lines, and nothing else', () => {
	it('writes only export lines to standard output, AWS_DEFAULT_REGION among them', async () => {
		const lines = (await readFile(exportsFile, 'utf8')).trimEnd().split('\n');
		expect(lines.every((line) => /^export AWS_[A-Z_]+=\S+$/.test(line))).toBe(true);
		expect(lines.map((line) => line.split('=')[0])).toEqual([
			'export AWS_ENDPOINT_URL',
			'export AWS_ACCESS_KEY_ID',
			'export AWS_SECRET_ACCESS_KEY',
			'export AWS_REGION',
			'export AWS_DEFAULT_REGION',
		]);
	});

	it.skipIf(!hasAwsCli)('are enough for the AWS CLI', async () => {
		const identity = await withExports('aws sts get-caller-identity --output json');
		expect(identity.stderr).toBe('');
		expect(JSON.parse(identity.stdout).Arn).toMatch(/^arn:aws:iam::\d{12}:root$/);
		const buckets = await withExports('aws s3api list-buckets --output json');
		expect(JSON.parse(buckets.stdout).Buckets.length).toBeGreaterThan(0);
	});

	it.skipIf(!hasBoto3)('are enough for boto3', async () => {
		const program = [
			'import boto3',
			"print(boto3.client('sts').get_caller_identity()['Arn'])",
			"print(len(boto3.client('iam').list_users()['Users']))",
		].join('; ');
		const result = await withExports(`python3 -c "${program}"`);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^arn:aws:iam::\d{12}:root\n0\n$/);
	});
});
