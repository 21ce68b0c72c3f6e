import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {IamService} from '../../source/aws/types.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../e2e/support/terminal.js';
import {ScratchDirs} from '../support/scratch.js';
import {privateCliCopy, removeCliCopies, sandboxEnv} from './built-cli.js';
import {writeJournal} from './journals.js';
import {leaveARunBehind, sandboxHoldings} from './sandbox-run.js';
import {adminServices} from '../support/sandbox.js';

/* `sts-mfa cleanup` at a real terminal: it asks before deleting, and only "y" deletes. */

const hasTmux = tmuxAvailable();
if (!hasTmux) console.warn('tmux is not installed: skipping the cleanup confirmation tests in a real terminal');

let sandbox: RunningSandbox;
let iam: IamService;
let cliPath: string;
const scratch = new ScratchDirs();

beforeAll(async () => {
	if (!hasTmux) return;
	cliPath = await privateCliCopy();
	sandbox = await startSandbox();
	const services = await adminServices(sandbox);
	iam = services.iam();
}, 120_000);

afterEach(async () => {
	await killAllTerminals();
	await scratch.removeAll();
});

afterAll(async () => {
	await sandbox?.stop();
	await removeCliCopies();
});

async function cleanupAtTerminal(stateDir: string, answer: string): Promise<{status: number; screen: string}> {
	const terminal = await Terminal.start([process.execPath, cliPath, 'cleanup'], {
		cols: 120,
		rows: 40,
		env: sandboxEnv(sandbox, stateDir),
	});
	await terminal.waitFor('Delete these 4 resources? [y/N]', {timeout: 20_000});
	await terminal.type(answer);
	await terminal.press('Enter');
	const status = await terminal.waitForExit({timeout: 20_000});
	const screen = await terminal.screen({history: true});
	await terminal.kill();
	return {status, screen};
}

describe.skipIf(!hasTmux)('cleanup at a terminal', () => {
	it('asks, deletes nothing on "n", and deletes everything on "y"', async () => {
		const stateDir = await scratch.make('sts-mfa-tty-');
		const run = await leaveARunBehind(iam, sandbox, 'tty1');
		await writeJournal(path.join(stateDir, 'journals'), run.journal);

		const declined = await cleanupAtTerminal(stateDir, 'n');
		expect(declined.status, declined.screen).toBe(1);
		expect(declined.screen).toContain('Nothing deleted.');
		expect(await sandboxHoldings(iam)).toEqual([`user:${run.userName}`, `device:${run.serialNumber}`]);

		const agreed = await cleanupAtTerminal(stateDir, 'y');
		expect(agreed.status, agreed.screen).toBe(0);
		expect(agreed.screen).toContain(`deleted IAM user ${run.userName}`);
		expect(agreed.screen).toContain('Done: nothing left behind.');
		// Node's own warnings (the SDK's Node 20 notice) come as one note line, not a block.
		expect(agreed.screen).not.toMatch(/\(node:\d+\) Warning/);
		expect(await sandboxHoldings(iam)).toEqual([]);
		expect(await readdir(path.join(stateDir, 'journals'))).toEqual([]);
	});
});
