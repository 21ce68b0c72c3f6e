import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {IamService} from '../../source/aws/types.js';
import type {CleanupArgs} from '../../source/cli/args.js';
import {cleanupCommand} from '../../source/commands/cleanup.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {ScratchDirs} from '../support/scratch.js';
import {writeJournal} from './journals.js';
import {leaveARunBehind, sandboxHoldings} from './sandbox-run.js';
import {adminServices} from '../support/sandbox.js';

/*
 * End to end: the real sandbox, the real SDK adapters, and `cleanup` taking its credentials from
 * the standard chain (the environment), as `sts-mfa cleanup --endpoint URL` does.
 */

const ENV_KEYS = [
	'AWS_ACCESS_KEY_ID',
	'AWS_SECRET_ACCESS_KEY',
	'AWS_SESSION_TOKEN',
	'AWS_REGION',
	'AWS_PROFILE',
	'AWS_CONFIG_FILE',
	'AWS_SHARED_CREDENTIALS_FILE',
];
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

let sandbox: RunningSandbox;
let iam: IamService;
let dir: string;
const secrets: string[] = [];
// The empty configuration lives as long as the file; each test's journal directory as long as the test.
const fileScratch = new ScratchDirs();
const testScratch = new ScratchDirs();

beforeAll(async () => {
	sandbox = await startSandbox();
	const empty = await fileScratch.make('sts-mfa-noconfig-');
	Object.assign(process.env, {
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		AWS_REGION: sandbox.region,
		AWS_CONFIG_FILE: path.join(empty, 'config'),
		AWS_SHARED_CREDENTIALS_FILE: path.join(empty, 'credentials'),
	});
	delete process.env.AWS_PROFILE;
	delete process.env.AWS_SESSION_TOKEN;
	secrets.push(sandbox.credentials.secretAccessKey);
	const services = await adminServices(sandbox);
	iam = services.iam();
});

afterAll(async () => {
	for (const [key, value] of Object.entries(savedEnv)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	await sandbox?.stop();
	await fileScratch.removeAll();
});

beforeEach(async () => {
	dir = await testScratch.make('sts-mfa-cleanup-e2e-');
});

afterEach(async () => testScratch.removeAll());

async function cleanup(args: Partial<CleanupArgs>) {
	const lines: string[] = [];
	const io = {
		dir,
		out: (line: string) => lines.push(line),
		err: (line: string) => lines.push(line),
		interactive: false,
	};
	const code = await cleanupCommand({command: 'cleanup', aws: false, dryRun: false, yes: false, ...args}, io);
	return {code, output: lines.join('\n')};
}

describe('cleanup against the sandbox through the SDK adapters', () => {
	it("--dry-run, then a refusal without --yes, then --yes against the journal's own target clears the run", async () => {
		const run = await leaveARunBehind(iam, sandbox, 'e2e1', secrets);
		await writeJournal(dir, run.journal);

		const dry = await cleanup({dryRun: true});
		expect(dry.code).toBe(0);
		expect(dry.output).toContain(
			`Searched endpoint ${sandbox.endpoint} (account ${sandbox.accountId}): 4 resources left behind.`,
		);
		expect(dry.output).toContain(`    access key ${run.accessKeyId}`);
		expect(dry.output).toContain(`    MFA device ${run.serialNumber} (enabled)`);

		const refused = await cleanup({});
		expect(refused.code).toBe(1);
		expect(refused.output).toMatch(/Refusing to delete 4 resources/);
		expect(await sandboxHoldings(iam)).toEqual([`user:${run.userName}`, `device:${run.serialNumber}`]);

		const done = await cleanup({yes: true});
		expect(done.code).toBe(0);
		expect(done.output.split('\n').filter((line) => line.startsWith('  '))).toEqual([
			`  user ${run.userName}  (from the journal of run e2e1)`,
			`    inline policy ${run.policyName}`,
			`    access key ${run.accessKeyId}`,
			`    MFA device ${run.serialNumber} (enabled)`,
			`  deleted inline policy ${run.policyName} (user ${run.userName})`,
			`  deleted access key ${run.accessKeyId} (user ${run.userName})`,
			`  deactivated MFA device ${run.serialNumber} (user ${run.userName})`,
			`  deleted MFA device ${run.serialNumber}`,
			`  deleted IAM user ${run.userName}`,
		]);
		expect(await sandboxHoldings(iam)).toEqual([]);
		expect(await readdir(dir)).toEqual([]);
		for (const secret of secrets) expect(dry.output + refused.output + done.output).not.toContain(secret);
	});

	it('--endpoint finds by path and tag what runs left after their journals were lost, and a second pass finds nothing', async () => {
		const first = await leaveARunBehind(iam, sandbox, 'e2e2', secrets);
		const second = await leaveARunBehind(iam, sandbox, 'e2e3', secrets);
		await iam.deleteUserPolicy({userName: second.userName, policyName: second.policyName});
		const stray = await iam.createVirtualMfaDevice({deviceName: 'sts-mfa-demo-e2e4', path: '/sts-mfa/', tags: []});
		await iam.createUser({userName: 'operator-alice', path: '/', tags: []});

		// Runs this machine has no record of may be live elsewhere: they go only when named (or old).
		const young = await cleanup({endpoint: sandbox.endpoint, yes: true});
		expect(young.code).toBe(0);
		expect(young.output).toMatch(/Left alone: \d+ resources from runs with no record on this machine/);
		expect(young.output).toContain(`  user ${first.userName}  (from run e2e2, no record on this machine, created`);
		expect((await sandboxHoldings(iam)).length).toBe(6);

		const done = await cleanup({endpoint: sandbox.endpoint, yes: true, runs: ['e2e2', 'e2e3']});
		expect(done.code).toBe(0);
		// A device under the path without sts-mfa's tags is someone else's, whatever its path.
		expect(done.output).toContain(
			`  note: virtual MFA device ${stray.serialNumber}: it lacks the sts-mfa:created-by tag: left alone`,
		);
		expect(await sandboxHoldings(iam)).toEqual(['user:operator-alice', `device:${stray.serialNumber}`]);

		const again = await cleanup({endpoint: sandbox.endpoint, yes: true});
		expect(again).toMatchObject({code: 0});
		expect(again.output).toMatch(/0 resources left behind[\s\S]*Nothing left behind\./);
		await iam.deleteUser('operator-alice');
		await iam.deleteVirtualMfaDevice(stray.serialNumber);
	});

	it('reports an unreachable endpoint and exits 1 without touching the journal', async () => {
		const run = await leaveARunBehind(iam, sandbox, 'e2e5', secrets);
		await writeJournal(dir, {
			...run.journal,
			target: {kind: 'endpoint', region: 'us-east-1', endpoint: 'http://127.0.0.1:9'},
		});
		const result = await cleanup({yes: true});
		expect(result.code).toBe(1);
		expect(result.output).toMatch(/Could not search endpoint http:\/\/127\.0\.0\.1:9: /);
		// The last line must not claim that nothing is left: it names what could not be checked.
		expect(result.output.split('\n').at(-1)).toMatch(
			/^Could not check endpoint http:\/\/127\.0\.0\.1:9: what runs left there is unknown/,
		);
		expect(result.output).not.toMatch(/Nothing left behind/);
		expect(await readdir(dir)).toEqual(['e2e5.json']);
		expect((await cleanup({endpoint: sandbox.endpoint, yes: true, runs: ['e2e5']})).code).toBe(0);
		expect(await sandboxHoldings(iam)).toEqual([]);
	});
});
