import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {chmod, mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {StsMfaError} from '../../../source/errors.js';
import {startSandbox} from '../../../source/sandbox/index.js';
import {ScratchDirs} from '../../support/scratch.js';

/*
 * A --state file holds the sandbox's administrator key: one planted by another local user, or one
 * in a directory where someone else can swap it, must not be adopted (the attacker's key would
 * then work). The rules are the journal's: owner-only-file.ts, StrictModes.
 */

const scratch = new ScratchDirs();
afterEach(async () => scratch.removeAll());

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const isRoot = process.getuid?.() === 0;
const canAddUsers = isRoot && spawnSync('useradd', ['--help'], {stdio: 'ignore'}).status === 0;
if (!canAddUsers) console.warn('Skipping the planted-by-another-user state file: it needs root and useradd.');

/** A real state file, whose administrator key the one who made it knows. */
async function stateFileContent(): Promise<{text: string; accessKeyId: string}> {
	const dir = await scratch.make('sts-mfa-state-source-');
	const statePath = join(dir, 'state.json');
	const sandbox = await startSandbox({statePath});
	await sandbox.stop();
	return {text: await readFile(statePath, 'utf8'), accessKeyId: sandbox.credentials.accessKeyId};
}

async function refusal(statePath: string): Promise<StsMfaError> {
	const outcome = await startSandbox({statePath}).then(
		async (sandbox) => {
			await sandbox.stop();
			return new Error(`the sandbox adopted ${statePath}`);
		},
		(error: unknown) => error,
	);
	expect(outcome).toBeInstanceOf(StsMfaError);
	expect((outcome as StsMfaError).code).toBe('SandboxStateRefused');
	expect((outcome as Error).message).toContain(statePath);
	return outcome as StsMfaError;
}

describe('the --state file is adopted only when it is the user’s alone', () => {
	it('refuses one in a directory that others can write (not sticky), even when the file is ours', async () => {
		const shared = await scratch.make('sts-mfa-shared-');
		await chmod(shared, 0o777);
		const statePath = join(shared, 'sandbox.json');
		await writeFile(statePath, (await stateFileContent()).text, {mode: 0o600});
		expect((await refusal(statePath)).message).toMatch(/directory above it is not yours alone.*writable by others/);
		// A private directory below the shared one is no help: the shared one can swap it.
		await mkdir(join(shared, 'mine'), {mode: 0o700});
		await writeFile(join(shared, 'mine', 'sandbox.json'), (await stateFileContent()).text, {mode: 0o600});
		await refusal(join(shared, 'mine', 'sandbox.json'));
		// And nothing new is started there either.
		await refusal(join(shared, 'fresh.json'));
	});

	it('refuses a file others can read or write, and a symbolic link in place of the file', async () => {
		const dir = await scratch.make('sts-mfa-private-');
		await chmod(dir, 0o700);
		const {text} = await stateFileContent();
		await writeFile(join(dir, 'readable.json'), text, {mode: 0o644});
		expect((await refusal(join(dir, 'readable.json'))).message).toContain('others can read it');
		await writeFile(join(dir, 'writable.json'), text);
		await chmod(join(dir, 'writable.json'), 0o606);
		expect((await refusal(join(dir, 'writable.json'))).message).toContain('others can write it');
		await writeFile(join(dir, 'target.json'), text, {mode: 0o600});
		await symlink(join(dir, 'target.json'), join(dir, 'link.json'));
		expect((await refusal(join(dir, 'link.json'))).message).toContain('symbolic link');
		// The file itself, owner-only, is adopted.
		const sandbox = await startSandbox({statePath: join(dir, 'target.json')});
		await sandbox.stop();
	});

	it.runIf(canAddUsers)(
		'refuses a state file planted in /tmp-like sticky directory by a throwaway user, through the CLI too',
		async () => {
			const user = `stsmfa${randomBytes(4).toString('hex')}`;
			const added = spawnSync('useradd', ['--no-create-home', '--user-group', '--shell', '/bin/sh', user]);
			expect(added.status, added.stderr?.toString()).toBe(0);
			try {
				const sticky = await scratch.make('sts-mfa-sticky-');
				await chmod(sticky, 0o1777);
				const statePath = join(sticky, 'sandbox.json');
				const planted = await stateFileContent();
				const written = spawnSync('runuser', ['-u', user, '--', 'sh', '-c', `umask 077 && cat > '${statePath}'`], {
					input: planted.text,
				});
				expect(written.status, written.stderr?.toString()).toBe(0);
				expect((await refusal(statePath)).message).toContain('it belongs to another user');

				const run = spawnSync(process.execPath, [cli, 'sandbox', '--port', '0', '--state', statePath], {
					encoding: 'utf8',
					timeout: 30_000,
				});
				expect(run.status).not.toBe(0);
				expect(run.stdout).not.toContain(planted.accessKeyId);
				expect(run.stderr).toContain(`Refusing the sandbox state file ${statePath}: it belongs to another user`);
			} finally {
				spawnSync('userdel', [user]);
			}
		},
		60_000,
	);
});
