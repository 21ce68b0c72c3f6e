import {execFile, spawnSync} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ScratchDirs} from '../support/scratch.js';
import {allEnded, processTree, terminate} from '../support/processes.js';
import {cli, prepareCli, removeCliCopy} from './support/build.js';

/*
 * What the README tells a user to do with the standalone sandbox: start it with --detach, its
 * standard output redirected to a file, and source that file at once (the command returns only
 * once the sandbox listens, so there is nothing to wait for), then use any client. The clients run
 * with an environment holding only those lines, PATH and an empty HOME, so nothing the test sets
 * itself (a region, a profile) can make them work.
 */

const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping boto3 with the sandbox’s exports: python3 with boto3 is not installed.');
if (!hasAwsCli) console.warn('Skipping the AWS CLI with the sandbox’s exports: `aws` is not on PATH.');

const scratch = new ScratchDirs();
let dir: string;
let exportsFile: string;
/** The background sandboxes a test started, to stop whatever the test did not. */
const started: number[] = [];

beforeAll(prepareCli);
beforeEach(async () => {
	dir = await scratch.make('sts-mfa-exports-');
	exportsFile = join(dir, 'sandbox.env');
});
afterEach(async () => {
	await terminate(started.splice(0));
	await scratch.removeAll();
});
afterAll(removeCliCopy);

/** Runs `script` in a shell with only PATH and an empty HOME (as a user's fresh shell would have). */
function shell(script: string): Promise<{status: number; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		execFile(
			'sh',
			['-c', script],
			{cwd: dir, env: {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir}, encoding: 'utf8'},
			(error, stdout, stderr) => {
				for (const [, pid] of stderr.matchAll(/background as process (\d+)/g)) started.push(Number(pid));
				resolve({status: error ? Number(error.code ?? 1) : 0, stdout, stderr});
			},
		);
	});
}

const sandbox = (flags = '--port 0') => `"${process.execPath}" "${cli()}" sandbox --detach ${flags}`;

/** The README's line: start it in the background, source its lines at once, run `command`. */
async function withExports(command: string): Promise<{status: number; stdout: string; stderr: string}> {
	const result = await shell(`${sandbox()} > sandbox.env 2> notes.txt && . ./sandbox.env && ${command}`);
	const notes = await readFile(join(dir, 'notes.txt'), 'utf8');
	for (const [, pid] of notes.matchAll(/background as process (\d+)/g)) started.push(Number(pid));
	return result;
}

describe('sandbox --detach', () => {
	it('returns once it listens, with only the export lines on standard output, and kill stops it', async () => {
		const result = await shell(`${sandbox()} > sandbox.env`);
		expect(result.status).toBe(0);
		const lines = (await readFile(exportsFile, 'utf8')).trimEnd().split('\n');
		expect(lines.map((line) => line.split('=')[0])).toEqual([
			'export AWS_ENDPOINT_URL',
			'export AWS_ACCESS_KEY_ID',
			'export AWS_SECRET_ACCESS_KEY',
			'export AWS_REGION',
			'export AWS_DEFAULT_REGION',
		]);
		expect(lines.every((line) => /^export AWS_[A-Z_]+=\S+$/.test(line))).toBe(true);
		const [pid] = started;
		expect(result.stderr).toContain(`'kill ${pid}' stops it`);
		// Standard output went to a file, so nothing is "above" the notes: they say where the keys went.
		expect(result.stderr).toContain("The export lines on standard output hold the sandbox administrator's keys.");
		expect(result.stderr).not.toContain('above');
		// Listening already: the very next request is answered.
		const endpoint = lines[0]!.split('=')[1]!;
		expect((await fetch(endpoint)).status).toBeGreaterThan(0);
		// Its own session: Ctrl-C in the starting terminal (its process group) does not reach it.
		expect(processTree(process.pid)).not.toContain(pid);
		process.kill(pid!, 'SIGTERM');
		expect(await allEnded([pid!], 5_000)).toBe(true);
		await expect(fetch(endpoint)).rejects.toThrow();
	});

	it('speaks Portuguese with --lang pt-BR, though its background process is started under LANG=C.UTF-8', async () => {
		const result = await shell(`LANG=C.UTF-8 ${sandbox('--port 0 --lang pt-BR')} > sandbox.env`);
		const pid = Number(/segundo plano como o processo (\d+)/.exec(result.stderr)?.[1]);
		if (pid) started.push(pid);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain(`# Ele roda em segundo plano como o processo ${pid}: 'kill ${pid}' o encerra.`);
		expect(result.stderr).toContain(
			'# As linhas export na saída padrão contêm as chaves do administrador do sandbox. O estado fica só na memória.',
		);
		const port = /^export AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:(\d+)$/m.exec(
			await readFile(exportsFile, 'utf8'),
		)?.[1];
		expect(port).toBeDefined();
		const second = await shell(`LANG=C.UTF-8 ${sandbox(`--port ${port} --lang pt-BR`)} > second.env`);
		expect(second.status).toBe(1);
		expect(second.stderr).toContain(
			`sts-mfa: A porta ${port} em 127.0.0.1 já está em uso; escolha outra com --port (0 escolhe uma livre).`,
		);
	});

	it('says why when it cannot start (a port in use), prints no exports and exits 1', async () => {
		const first = await shell(`${sandbox()} > sandbox.env`);
		expect(first.status).toBe(0);
		const port = new URL((await readFile(exportsFile, 'utf8')).split('\n')[0]!.split('=')[1]!).port;
		const second = await shell(`${sandbox(`--port ${port}`)} > second.env`);
		expect(second.status).toBe(1);
		expect(second.stderr).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
		expect(await readFile(join(dir, 'second.env'), 'utf8')).toBe('');
		expect(started).toHaveLength(1);
	});

	it('keeps the secret off the background process’s command line', async () => {
		const result = await shell(
			`STS_MFA_SANDBOX_SECRET_ACCESS_KEY=SecretForTheDetachTest0123456789abcdefgh ${sandbox('--port 0 --access-key-id AKIADETACHTEST000001')} > sandbox.env`,
		);
		expect(result.status).toBe(0);
		expect(await readFile(exportsFile, 'utf8')).toContain(
			'AWS_SECRET_ACCESS_KEY=SecretForTheDetachTest0123456789abcdefgh',
		);
		const commandLine = await readFile(`/proc/${started[0]}/cmdline`, 'utf8');
		expect(commandLine).toContain('AKIADETACHTEST000001');
		expect(commandLine).not.toContain('SecretForTheDetachTest');
	});
});

describe('the standalone sandbox’s export lines, and nothing else', () => {
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
