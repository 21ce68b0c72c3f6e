import {spawn} from 'node:child_process';
import {CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand} from '@aws-sdk/client-iam';
import {OPERATOR_ACTIONS} from '../../source/scenario/policy.js';
import {createServer, type Server} from 'node:http';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {PLAIN_WORDS} from '../../source/words/plain.js';
import {ScratchDirs} from '../support/scratch.js';
import {waitUntil} from '../support/wait-until.js';
import {stopChildren, tracked} from '../support/processes.js';
import {cli, prepareCli, removeCliCopy} from './support/build.js';
import {startStandaloneSandbox, type StandaloneSandbox} from './support/standalone-sandbox.js';

/*
 * `--aws` the way a user runs it: nothing on the command line but --profile (or not even that),
 * a HOME whose ~/.aws/config and ~/.aws/credentials say where to go and as whom, and the built CLI
 * run from another directory. The "AWS" is a standalone `sts-mfa sandbox`, reached through the
 * profile's endpoint_url, which the SDK's standard chain honours.
 */

const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;

beforeAll(prepareCli);
// A sandbox of its own for each test: stopChildren() ends every process a test started.
beforeEach(async () => {
	sandbox = await startStandaloneSandbox();
});
afterEach(async () => {
	await sandbox.stop();
	await stopChildren();
	await scratch.removeAll();
});
afterAll(removeCliCopy);

interface Home {
	readonly dir: string;
	readonly stateDir: string;
}

/** A HOME with the given ~/.aws files (absent when undefined) and an empty state directory. */
async function makeHome(files: {config?: string; credentials?: string}): Promise<Home> {
	const dir = await scratch.make('sts-mfa-home-');
	await mkdir(join(dir, '.aws'));
	if (files.config !== undefined) await writeFile(join(dir, '.aws', 'config'), files.config);
	if (files.credentials !== undefined) await writeFile(join(dir, '.aws', 'credentials'), files.credentials);
	const stateDir = join(dir, 'state');
	await mkdir(stateDir);
	return {dir, stateDir};
}

function adminCredentials(): string {
	return [
		'[demo]',
		`aws_access_key_id = ${sandbox.env.AWS_ACCESS_KEY_ID}`,
		`aws_secret_access_key = ${sandbox.env.AWS_SECRET_ACCESS_KEY}`,
		'',
	].join('\n');
}

function demoConfig(extra: string[] = []): string {
	return ['[profile demo]', 'region = eu-west-1', `endpoint_url = ${sandbox.endpoint}`, ...extra, ''].join('\n');
}

interface Finished {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * The built CLI with an environment holding only what a shell would: PATH, HOME and what the test
 * adds. (The instance metadata service is off: on this machine it would only cost a timeout.)
 */
function runCli(home: Home, args: string[], options: {env?: Record<string, string>; stdin?: string} = {}) {
	return new Promise<Finished>((resolve, reject) => {
		const child = tracked(
			spawn(process.execPath, [cli(), ...args], {
				cwd: home.dir,
				env: {
					PATH: process.env.PATH ?? '/usr/bin:/bin',
					HOME: home.dir,
					STS_MFA_STATE_DIR: home.stateDir,
					AWS_EC2_METADATA_DISABLED: 'true',
					NO_COLOR: '1',
					...options.env,
				},
				stdio: ['pipe', 'pipe', 'pipe'],
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.stdin.end(options.stdin ?? '');
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}

/** Runs up to the confirmation, answers "n": who the chain signed in as, with nothing created. */
async function signInOnly(home: Home, args: string[], env?: Record<string, string>): Promise<Finished> {
	return runCli(home, ['--aws', '--plain', '--auto-mfa', ...args], {env, stdin: 'n\n'});
}

describe('--aws through the standard credential chain, against a standalone sandbox', () => {
	// Against a target other than the embedded sandbox, the session's code must be a fresh time step after the two
	// that enabled the device: the built-in authenticator waits for it (up to 30 s), as a person would.
	it('runs the whole unattended demo from a profile in ~/.aws, proves its point and leaves nothing', async () => {
		const home = await makeHome({config: demoConfig(), credentials: adminCredentials()});
		const {code, stdout, stderr} = await runCli(home, [
			'--aws',
			'--profile',
			'demo',
			'--plain',
			'--auto-mfa',
			'--yes',
			'--json',
		]);
		const report = JSON.parse(stdout) as RunReport;
		expect(report).toMatchObject({
			target: {kind: 'aws', region: 'eu-west-1', endpoint: sandbox.endpoint},
			deniedWithoutMfa: true,
			teardownCompleted: true,
			leftBehind: [],
			proved: true,
		});
		expect(code).toBe(0);
		// The log says where the calls went: the profile's endpoint, not "AWS".
		expect(stderr).toContain(`against the endpoint ${sandbox.endpoint}`);
		expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
		expect(await readdir(join(home.stateDir, 'journals')).catch(() => [])).toEqual([]);
	}, 90_000);

	it('leaves what a killed run created to a plain `sts-mfa cleanup`, which reaches it through the same profile', async () => {
		const home = await makeHome({config: demoConfig(), credentials: adminCredentials()});
		// Without --auto-mfa the run waits for a code on its (open) standard input: kill it there.
		const run = tracked(
			spawn(process.execPath, [cli(), '--aws', '--profile', 'demo', '--plain', '--yes'], {
				cwd: home.dir,
				env: {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home.dir, STS_MFA_STATE_DIR: home.stateDir},
				stdio: ['pipe', 'ignore', 'ignore'],
			}),
		);
		const journals = join(home.stateDir, 'journals');
		await waitUntil('the run to create its MFA device', async () => {
			// Only a journal itself: its write goes through a temporary file that is renamed away at once.
			const [file] = (await readdir(journals).catch(() => [])).filter((name) => name.endsWith('.json'));
			return file !== undefined && (await readFile(join(journals, file), 'utf8')).includes('"virtualMfaDevice"');
		});
		// Meanwhile a second state directory (a colleague's) cleans up the same profile's target:
		// the live run is none of its journals', and young, so it is listed and left alone.
		const colleague = {dir: home.dir, stateDir: join(home.dir, 'colleague-state')};
		await mkdir(colleague.stateDir);
		const other = await runCli(colleague, ['cleanup', '--aws', '--profile', 'demo', '--yes']);
		expect(other.stdout).toContain(`Searched endpoint ${sandbox.endpoint} (profile demo)`);
		expect(other.stdout).not.toContain('Searched AWS');
		expect(other.stdout).toMatch(/Left alone: 2 resources from runs with no record on this machine/);
		expect(other.code).toBe(0);
		expect((await sandbox.leftovers()).users).toHaveLength(1);
		run.kill('SIGKILL');
		await new Promise((resolve) => run.once('close', resolve));
		expect((await sandbox.leftovers()).users).toHaveLength(1);
		const {code, stdout} = await runCli(home, ['cleanup', '--yes']);
		expect(stdout).not.toMatch(/No earlier runs/);
		expect(stdout).toContain(`Deleting on endpoint ${sandbox.endpoint} (profile demo):`);
		expect(code).toBe(0);
		expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
		expect(await readdir(journals)).toEqual([]);
	});

	it('takes the credentials and the endpoint from the environment when there are no files', async () => {
		const home = await makeHome({});
		const {code, stdout} = await signInOnly(home, [], {
			AWS_ACCESS_KEY_ID: sandbox.env.AWS_ACCESS_KEY_ID!,
			AWS_SECRET_ACCESS_KEY: sandbox.env.AWS_SECRET_ACCESS_KEY!,
			AWS_ENDPOINT_URL: sandbox.endpoint,
			AWS_DEFAULT_REGION: 'eu-central-1',
		});
		expect(stdout).toContain(
			`against the endpoint ${sandbox.endpoint} (from the AWS configuration; region eu-central-1)`,
		);
		expect(stdout).toMatch(/Signed in as arn:aws:iam::\d{12}:root/);
		expect(stdout).toContain(PLAIN_WORDS.nothingCreated);
		// The user said no, and nothing is left: that is a success.
		expect(code).toBe(0);
	});

	it('uses the profile AWS_PROFILE names, with its region and endpoint', async () => {
		const home = await makeHome({config: demoConfig(), credentials: adminCredentials()});
		const {stdout} = await signInOnly(home, [], {AWS_PROFILE: 'demo'});
		expect(stdout).toContain(
			`against the endpoint ${sandbox.endpoint} (from the AWS configuration; region eu-west-1, profile demo)`,
		);
		expect(stdout).toMatch(/Signed in as arn:aws:iam::\d{12}:root/);
	});

	it('runs a profile’s credential_process', async () => {
		const home = await makeHome({});
		const script = join(home.dir, 'credentials.mjs');
		const output = {
			Version: 1,
			AccessKeyId: sandbox.env.AWS_ACCESS_KEY_ID,
			SecretAccessKey: sandbox.env.AWS_SECRET_ACCESS_KEY,
		};
		await writeFile(script, `process.stdout.write(${JSON.stringify(JSON.stringify(output))});\n`);
		await writeFile(
			join(home.dir, '.aws', 'config'),
			demoConfig([`credential_process = "${process.execPath}" "${script}"`]),
		);
		const {stdout} = await signInOnly(home, ['--profile', 'demo']);
		expect(stdout).toMatch(/Signed in as arn:aws:iam::\d{12}:root/);
	});

	it('names the missing profile and the files it looked in, and exits 2', async () => {
		const home = await makeHome({config: demoConfig(), credentials: adminCredentials()});
		const {code, stdout, stderr} = await signInOnly(home, ['--profile', 'nope']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toEqual([
			`sts-mfa: the AWS profile 'nope' does not exist: looked in ${join(home.dir, '.aws', 'config')} and ${join(home.dir, '.aws', 'credentials')}`,
		]);
	});

	it('says in one line what to configure when there are no credentials at all, and exits 2', async () => {
		const home = await makeHome({});
		const {code, stdout, stderr} = await signInOnly(home, []);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^sts-mfa: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
	});

	it('says that the key was refused and names its first characters', async () => {
		const home = await makeHome({
			config: demoConfig(),
			credentials: '[demo]\naws_access_key_id = AKIAREFUSEDKEY000001\naws_secret_access_key = not-the-secret\n',
		});
		const {code, stdout} = await signInOnly(home, ['--profile', 'demo']);
		expect(stdout).toContain('error: STS GetCallerIdentity: the access key AKIAREFU… was refused');
		expect(stdout).not.toContain('AKIAREFUSEDKEY000001');
		expect(code).toBe(1);
	});

	it('says in one line that an endpoint did not answer like AWS', async () => {
		const server: Server = createServer((_request, response) => {
			response.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
			response.end('<html><head><meta charset="utf-8"></head><body><h1>Not Found</h1></body></html>');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const address = server.address();
			const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
			const home = await makeHome({config: demoConfig(), credentials: adminCredentials()});
			const {stdout} = await signInOnly(home, [], {AWS_PROFILE: 'demo', AWS_ENDPOINT_URL: url});
			expect(stdout).toContain(`error: ${url} did not answer like AWS (HTTP 404, text/html)`);
			expect(stdout).not.toMatch(/XML|Deserialization|\$response/);
		} finally {
			server.close();
		}
	});
});

/** An operator IAM user in the sandbox allowed exactly `actions`, as a ~/.aws profile "op". */
async function operatorProfile(actions: readonly string[]): Promise<{config: string; credentials: string}> {
	const iam = new IAMClient({
		endpoint: sandbox.endpoint,
		region: 'us-east-1',
		credentials: {accessKeyId: sandbox.env.AWS_ACCESS_KEY_ID!, secretAccessKey: sandbox.env.AWS_SECRET_ACCESS_KEY!},
	});
	const userName = `operator-${Date.now()}`;
	await iam.send(new CreateUserCommand({UserName: userName}));
	const document = {Version: '2012-10-17', Statement: [{Effect: 'Allow', Action: [...actions], Resource: '*'}]};
	await iam.send(
		new PutUserPolicyCommand({UserName: userName, PolicyName: 'operator', PolicyDocument: JSON.stringify(document)}),
	);
	const {AccessKey} = await iam.send(new CreateAccessKeyCommand({UserName: userName}));
	iam.destroy();
	return {
		config: ['[profile op]', 'region = us-east-1', `endpoint_url = ${sandbox.endpoint}`, ''].join('\n'),
		credentials: [
			'[op]',
			`aws_access_key_id = ${AccessKey?.AccessKeyId}`,
			`aws_secret_access_key = ${AccessKey?.SecretAccessKey}`,
			'',
		].join('\n'),
	};
}

describe('--aws preflight: the permissions the chosen scenario needs', () => {
	it('names the role and managed-policy permissions assume-role needs and the operator lacks, before creating anything', async () => {
		// Everything session-token needs (and GetCallerIdentity needs nothing): no role, no managed policy.
		const home = await makeHome(await operatorProfile(OPERATOR_ACTIONS));
		const sessionToken = await signInOnly(home, ['--profile', 'op', '--scenario', 'session-token']);
		expect(sessionToken.stdout).toMatch(/Signed in as arn:aws:iam::\d{12}:user\/operator-/);
		expect(sessionToken.stdout).not.toContain('Missing permissions');

		const assumeRole = await signInOnly(home, ['--profile', 'op', '--scenario', 'assume-role']);
		const missing = /Missing permissions: (.*)/.exec(assumeRole.stdout)?.[1] ?? '';
		for (const action of [
			'iam:CreateRole',
			'iam:CreatePolicy',
			'iam:AttachRolePolicy',
			'iam:DeleteRole',
			'iam:DeletePolicy',
		])
			expect(missing).toContain(action);
		expect(missing).not.toContain('iam:CreateUser');
		expect(assumeRole.stdout).toContain(PLAIN_WORDS.nothingCreated);
		expect(await sandbox.leftovers()).toEqual({users: [], devices: []});
	});
});
