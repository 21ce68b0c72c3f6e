import {spawn} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {createServer} from 'node:net';
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {afterEach, describe, expect, it} from 'vitest';
import type {SandboxArgs} from '../../../source/cli/args.js';
import {sandboxCommand} from '../../../source/commands/sandbox.js';
import {stopChildren, tracked} from '../../support/processes.js';
import {waitUntil} from '../../support/wait-until.js';

const args: SandboxArgs = {command: 'sandbox', host: '127.0.0.1', port: 0, propagationDelaySeconds: 0, detach: false};

class Collected {
	text = '';
	write = (chunk: string | Uint8Array): boolean => {
		this.text += String(chunk);
		return true;
	};
}

/** Reads the five export lines into an environment. */
function exportsOf(stdout: string): Record<string, string> | undefined {
	const lines = stdout.split('\n').filter(Boolean);
	if (lines.length < 5) return undefined;
	return Object.fromEntries(lines.map((line) => /^export (\w+)=(.*)$/.exec(line)!.slice(1, 3)));
}

async function callerAccount(env: Record<string, string>): Promise<string | undefined> {
	const sts = new STSClient({
		endpoint: env.AWS_ENDPOINT_URL,
		region: env.AWS_REGION,
		credentials: {accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY!},
	});
	return (await sts.send(new GetCallerIdentityCommand({}))).Account;
}

describe('sts-mfa sandbox (in-process)', () => {
	it('prints exactly the five export lines, notes as # comments, serves, and stops on SIGTERM with 0', async () => {
		const stdout = new Collected();
		const stderr = new Collected();
		const signals = new EventEmitter();
		const exit = sandboxCommand(
			{...args, accountId: '111122223333'},
			{stdout, stderr, signals: signals as unknown as NodeJS.Process},
		);
		const env = await waitUntil('the export lines', () => exportsOf(stdout.text));
		expect(Object.keys(env)).toEqual([
			'AWS_ENDPOINT_URL',
			'AWS_ACCESS_KEY_ID',
			'AWS_SECRET_ACCESS_KEY',
			'AWS_REGION',
			'AWS_DEFAULT_REGION',
		]);
		expect(env.AWS_ENDPOINT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(env.AWS_REGION).toBe('us-east-1');
		expect(
			stderr.text
				.split('\n')
				.filter(Boolean)
				.every((line) => line.startsWith('# ')),
		).toBe(true);
		expect(await callerAccount(env)).toBe('111122223333');
		signals.emit('SIGTERM');
		expect(await exit).toBe(0);
		expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
		await expect(callerAccount(env)).rejects.toThrow();
	});

	it('uses the administrator key it is given', async () => {
		const stdout = new Collected();
		const signals = new EventEmitter();
		const exit = sandboxCommand(
			{...args, accessKeyId: 'AKIAGIVEN0000000000', secretAccessKey: 'given-secret'},
			{stdout, stderr: new Collected(), signals: signals as unknown as NodeJS.Process},
		);
		const env = await waitUntil('the export lines', () => exportsOf(stdout.text));
		expect(env.AWS_ACCESS_KEY_ID).toBe('AKIAGIVEN0000000000');
		expect(env.AWS_SECRET_ACCESS_KEY).toBe('given-secret');
		signals.emit('SIGINT');
		expect(await exit).toBe(0);
	});

	it('warns on stderr when it listens beyond loopback', async () => {
		const stdout = new Collected();
		const stderr = new Collected();
		const signals = new EventEmitter();
		const exit = sandboxCommand(
			{...args, host: '0.0.0.0'},
			{stdout, stderr, signals: signals as unknown as NodeJS.Process},
		);
		await waitUntil('the export lines', () => exportsOf(stdout.text));
		expect(stderr.text).toContain('# Warning: listening on 0.0.0.0, not loopback');
		signals.emit('SIGTERM');
		expect(await exit).toBe(0);
	});

	it('exits 1 with a clear message when the port is taken', async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const port = (blocker.address() as {port: number}).port;
		try {
			const stderr = new Collected();
			const stdout = new Collected();
			expect(
				await sandboxCommand(
					{...args, port},
					{stdout, stderr, signals: new EventEmitter() as unknown as NodeJS.Process},
				),
			).toBe(1);
			expect(stderr.text).toContain(`Port ${port} on 127.0.0.1 is already in use`);
			expect(stdout.text).toBe('');
		} finally {
			blocker.close();
		}
	});
});

const built = existsSync('dist/cli.js');
if (!built)
	console.warn(
		'Skipping the built-CLI sandbox test: dist/cli.js is absent (npm test builds it first; or run npm run build).',
	);

describe.skipIf(!built)('sts-mfa sandbox (the built CLI in a child process)', () => {
	afterEach(stopChildren);

	it('prints the export lines, serves, and exits 0 on SIGTERM', async () => {
		const child = tracked(
			spawn(process.execPath, ['dist/cli.js', 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']}),
		);
		let stdout = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		try {
			const env = await waitUntil('the export lines', () => exportsOf(stdout));
			expect(await callerAccount(env)).toMatch(/^\d{12}$/);
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		} finally {
			child.kill('SIGKILL');
		}
	});

	it('takes the administrator secret from --secret-access-key-file, so `ps` never shows it', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'sts-mfa-secret-file-'));
		const secret = 'file-secret-K7MDENG-bPxRfiCY';
		await writeFile(path.join(dir, 'secret'), `${secret}\n`, {mode: 0o600});
		const child = tracked(
			spawn(
				process.execPath,
				[
					'dist/cli.js',
					'sandbox',
					'--port',
					'0',
					'--access-key-id',
					'AKIAFROMFILE0000000',
					'--secret-access-key-file',
					path.join(dir, 'secret'),
				],
				{stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, STS_MFA_SANDBOX_SECRET_ACCESS_KEY: ''}},
			),
		);
		let stdout = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		try {
			const env = await waitUntil('the export lines', () => exportsOf(stdout));
			// What `ps` shows every local user: the process's command line.
			expect(readFileSync(`/proc/${child.pid}/cmdline`, 'utf8')).not.toContain(secret);
			expect(env.AWS_SECRET_ACCESS_KEY).toBe(secret);
			expect(await callerAccount(env)).toMatch(/^\d{12}$/);
		} finally {
			child.kill('SIGKILL');
			await rm(dir, {recursive: true, force: true});
		}
	});
});
