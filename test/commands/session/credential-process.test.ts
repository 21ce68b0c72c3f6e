import {spawnSync} from 'node:child_process';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cli} from '../../e2e/support/build.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import type {MfaUser} from './support/sandbox-user.js';
import {useSessionSandbox} from './support/session-sandbox.js';

/*
 * The proof the issue asks for: a standalone `sts-mfa sandbox`, a temporary HOME with a real
 * ~/.aws, and the AWS CLI and boto3 using a credential_process profile that runs the built
 * `sts-mfa session`. The user's policy allows ListBuckets only with MFA.
 */

const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
if (!hasAwsCli) console.warn('Skipping the AWS CLI credential_process checks: `aws` is not on PATH.');
if (!hasBoto3) console.warn('Skipping the boto3 credential_process check: python3 with boto3 is not installed.');

const BUCKET = 'session-proof';
const box = useSessionSandbox(BUCKET);

async function userWithHome(): Promise<{user: MfaUser; home: string; countFile: string; env: Record<string, string>}> {
	const user = await box.user('session-user', 1);
	const home = await box.scratch.make('sts-mfa-session-home-');
	const countFile = path.join(home, 'code-runs');
	const process = `node ${JSON.stringify(cli())} session --profile base --mfa-process ${JSON.stringify(codeCommand())} --format credential-process`;
	const base = baseProfile(box.endpoint, user);
	await writeAwsFiles(home, {
		config: `${base.config}\n[profile mfa]\nregion = us-east-1\nendpoint_url = ${box.endpoint}\ncredential_process = ${process}\n`,
		credentials: base.credentials,
	});
	return {user, home, countFile, env: homeEnv(home, codeEnv(user.devices[0]!.seed, countFile))};
}

async function cacheContents(home: string): Promise<string[]> {
	const directory = path.join(home, '.cache', 'sts-mfa', 'sessions');
	const names = (await readdir(directory)).filter((name) => name.endsWith('.session'));
	return Promise.all(names.map((name) => readFile(path.join(directory, name), 'latin1')));
}

async function codeRuns(countFile: string): Promise<number> {
	return (await readFile(countFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
}

describe('a credential_process profile running sts-mfa session', () => {
	it.skipIf(!hasAwsCli)(
		'lets the AWS CLI list the buckets the long-term keys may not, asking for a code only once',
		async () => {
			const {user, home, countFile, env} = await userWithHome();
			const denied = await run('aws', ['s3api', 'list-buckets', '--profile', 'base'], {env, cwd: home});
			expect(denied.status).not.toBe(0);
			expect(denied.stderr).toMatch(/AccessDenied/);

			const first = await run('aws', ['s3api', 'list-buckets', '--profile', 'mfa'], {env, cwd: home});
			expect(first.stderr).toBe('');
			expect(JSON.parse(first.stdout).Buckets.map((bucket: {Name: string}) => bucket.Name)).toContain(BUCKET);
			const second = await run('aws', ['s3api', 'list-buckets', '--profile', 'mfa'], {env, cwd: home});
			expect(second.status).toBe(0);
			expect(second.stdout).toContain(BUCKET);
			// The second call was answered from the cache: the code command ran for the first only.
			expect(await codeRuns(countFile)).toBe(1);
			// What the cache keeps is the session, never the long-term keys it was made with.
			const cached = await cacheContents(home);
			expect(cached).toHaveLength(1);
			expect(cached[0]).not.toContain(user.secretAccessKey);
		},
		60_000,
	);

	it.skipIf(!hasBoto3)(
		'gives boto3 the session too, from the cache the first call filled',
		async () => {
			const {home, countFile, env} = await userWithHome();
			const listing = [
				'import boto3, sys',
				"names = [b['Name'] for b in boto3.Session(profile_name=sys.argv[1]).client('s3').list_buckets()['Buckets']]",
				'print(",".join(names))',
			].join('\n');
			const denied = await run('python3', ['-c', listing, 'base'], {env, cwd: home});
			expect(denied.status).not.toBe(0);
			expect(denied.stderr).toMatch(/AccessDenied/);
			for (let call = 0; call < 2; call++) {
				const listed = await run('python3', ['-c', listing, 'mfa'], {env, cwd: home});
				expect(listed.stderr).toBe('');
				expect(listed.stdout.trim().split(',')).toContain(BUCKET);
			}
			expect(await codeRuns(countFile)).toBe(1);
		},
		60_000,
	);
});

describe('many callers at once, with an empty cache (issue 21, point 7)', () => {
	const callers = 10;

	it.skipIf(!hasAwsCli)(
		`asks for one code for ${callers} parallel AWS CLI calls, and all of them succeed`,
		async () => {
			const {home, countFile, env, user} = await userWithHome();
			const calls = Array.from({length: callers}, () =>
				run('aws', ['sts', 'get-caller-identity', '--profile', 'mfa', '--output', 'text', '--query', 'Arn'], {
					env,
					cwd: home,
				}),
			);
			const answers = await Promise.all(calls);
			for (const answer of answers) {
				expect(answer.stderr).toBe('');
				expect(answer.stdout.trim()).toBe(user.arn);
			}
			expect(await codeRuns(countFile)).toBe(1);
		},
		240_000,
	);

	it.skipIf(!hasBoto3)(
		`asks for one code for ${callers} parallel boto3 calls, and all of them succeed`,
		async () => {
			const {home, countFile, env, user} = await userWithHome();
			const script =
				"import boto3; print(boto3.Session(profile_name='mfa').client('sts').get_caller_identity()['Arn'])";
			const answers = await Promise.all(
				Array.from({length: callers}, () => run('python3', ['-c', script], {env, cwd: home})),
			);
			for (const answer of answers) {
				expect(answer.stderr).toBe('');
				expect(answer.stdout.trim()).toBe(user.arn);
			}
			expect(await codeRuns(countFile)).toBe(1);
		},
		240_000,
	);
});

describe('a credential_process that runs sts-mfa session for its own profile (issue 21, point 8)', () => {
	it('stops at once with exit 2, naming the profile, with never more than two sts-mfa processes at a time', async () => {
		const home = await box.scratch.make('sts-mfa-loop-');
		const starts = path.join(home, 'starts');
		const itself = `sh -c 'echo start >> ${starts}; ${JSON.stringify(process.execPath)} ${JSON.stringify(cli())} session --profile loop --format credential-process; status=$?; echo end >> ${starts}; exit $status'`;
		await writeAwsFiles(home, {
			config: `[profile loop]\nregion = us-east-1\nendpoint_url = ${box.endpoint}\ncredential_process = ${itself}\n`,
		});
		const answer = await run(process.execPath, [cli(), 'session', '--profile', 'loop', '--token-code', '123456'], {
			env: homeEnv(home),
			cwd: home,
		});
		expect(answer.status).toBe(2);
		expect(answer.stdout).toBe('');
		expect(answer.stderr).toContain("profile 'loop' gets its keys by running sts-mfa session for 'loop' again");
		// The run itself and the one its credential_process started (the SDK tries the profile's
		// credential_process twice, one after the other): two sts-mfa processes at a time, never more.
		const events = (await readFile(starts, 'utf8')).split('\n').filter(Boolean);
		expect(events.length).toBeGreaterThan(0);
		expect(events.join(' ')).toMatch(/^(start end ?)+$/);
	}, 60_000);
});
