import {mkdtemp, mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CreateUserCommand, ListUsersCommand} from '@aws-sdk/client-iam';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {StsMfaError} from '../../../source/errors.js';
import {startSandbox} from '../../../source/sandbox/index.js';
import {clientsFor} from '../e2e/clients.js';

describe('--state: the sandbox keeps its account across restarts', () => {
	let directory: string;

	beforeEach(async () => {
		directory = await mkdtemp(join(tmpdir(), 'sts-mfa-state-'));
	});
	afterEach(async () => rm(directory, {recursive: true, force: true}));

	it('creates the file (and its directory) owner-only at start and after each change, and reloads it', async () => {
		const statePath = join(directory, 'nested', 'sandbox.json');
		const first = await startSandbox({statePath});
		expect((await stat(statePath)).mode & 0o777).toBe(0o600);
		await clientsFor(first, first.credentials).iam.send(new CreateUserCommand({UserName: 'kept'}));
		expect(await readFile(statePath, 'utf8')).toContain('"kept"');
		expect((await stat(statePath)).mode & 0o777).toBe(0o600);
		await first.stop();

		const second = await startSandbox({statePath});
		try {
			expect(second.credentials).toEqual(first.credentials);
			expect(second.accountId).toBe(first.accountId);
			const {Users} = await clientsFor(second, second.credentials).iam.send(new ListUsersCommand({}));
			expect(Users?.map((user) => user.UserName)).toEqual(['kept']);
		} finally {
			await second.stop();
		}
	});

	it('refuses, with an error naming the file, a place where no directory can be made', async () => {
		const file = join(directory, 'a-file');
		await writeFile(file, '');
		const underFile = join(file, 'state.json');
		const failure = await startSandbox({statePath: underFile}).catch((error: unknown) => error);
		expect((failure as StsMfaError).code).toMatch(/^SandboxState(Refused|Unwritable)$/);
		expect((failure as Error).message).toContain(underFile);
		// Where mkdir answers ENOENT below a directory that exists, Node's recursive mkdir never returns.
		if (process.platform === 'linux') {
			const underProc = '/proc/self/sts-mfa-test/state.json';
			const refused = await startSandbox({statePath: underProc}).catch((error: unknown) => error);
			expect((refused as StsMfaError).code).toBe('SandboxStateUnwritable');
			expect((refused as Error).message).toContain(underProc);
		}
	});

	it('does not rewrite the file for requests that change nothing', async () => {
		const statePath = join(directory, 'sandbox.json');
		const sandbox = await startSandbox({statePath});
		try {
			const before = (await stat(statePath)).mtimeMs;
			await clientsFor(sandbox, sandbox.credentials).iam.send(new ListUsersCommand({}));
			expect((await stat(statePath)).mtimeMs).toBe(before);
		} finally {
			await sandbox.stop();
		}
	});

	it('refuses a corrupt file, or something that is not a file, with an error naming it', async () => {
		const corrupt = join(directory, 'corrupt.json');
		await writeFile(corrupt, '{"format": "something else"', {mode: 0o600});
		const failure = await startSandbox({statePath: corrupt}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(StsMfaError);
		expect((failure as StsMfaError).code).toBe('SandboxStateCorrupt');
		expect((failure as Error).message).toContain(corrupt);

		const wrongShape = join(directory, 'wrong.json');
		await writeFile(wrongShape, JSON.stringify({format: 'sts-mfa-sandbox-state', version: 1}), {mode: 0o600});
		expect(((await startSandbox({statePath: wrongShape}).catch((error: unknown) => error)) as Error).message).toContain(
			wrongShape,
		);

		const aDirectory = join(directory, 'is-a-directory');
		await mkdir(aDirectory);
		const unreadable = (await startSandbox({statePath: aDirectory}).catch((error: unknown) => error)) as StsMfaError;
		expect(unreadable.code).toBe('SandboxStateRefused');
		expect(unreadable.message).toContain(aDirectory);
	});
});
