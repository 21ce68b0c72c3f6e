import {spawnSync} from 'node:child_process';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {HOTP, Secret as OtpSecret} from 'otpauth';
import {describe, expect, it} from 'vitest';
import {cli} from '../../e2e/support/build.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import type {MfaUser} from './support/sandbox-user.js';
import {useSessionSandbox} from './support/session-sandbox.js';

/*
 * The built `sts-mfa session` against a standalone sandbox, with a temporary HOME: device
 * discovery, --write-profile, exec, and the failures users meet, each with what to do about it.
 */

const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasAwsCli) console.warn('Skipping `session exec -- aws s3api list-buckets`: `aws` is not on PATH.');

const BUCKET = 'session-cli-proof';
const box = useSessionSandbox(BUCKET);

interface Home {
	readonly user: MfaUser;
	readonly home: string;
	readonly countFile: string;
	readonly env: Record<string, string>;
	readonly files: {config: string; credentials: string};
}

async function homeFor(deviceCount: number, files?: (user: MfaUser) => {config: string; credentials: string}) {
	const user = await box.user('cli-user', deviceCount);
	const home = await box.scratch.make('sts-mfa-session-home-');
	const countFile = path.join(home, 'code-runs');
	const written = await writeAwsFiles(home, files?.(user) ?? baseProfile(box.endpoint, user));
	const seed = user.devices[0]?.seed ?? 'JBSWY3DPEHPK3PXP';
	return {user, home, countFile, env: homeEnv(home, codeEnv(seed, countFile)), files: written} satisfies Home;
}

function session(home: Home, args: readonly string[], env: Record<string, string> = {}) {
	return run(process.execPath, [cli(), 'session', '--profile', 'base', ...args], {env: {...home.env, ...env}});
}

function nextCode(seed: string): string {
	return HOTP.generate({secret: OtpSecret.fromBase32(seed), counter: Math.floor(Date.now() / 30_000) + 1});
}

describe('which MFA device', () => {
	it('finds the only device of the caller, and the session it gives works', async () => {
		const home = await homeFor(1);
		const answer = await session(home, ['--mfa-process', codeCommand(), '--format', 'json']);
		expect(answer.stderr).toBe('');
		const json = JSON.parse(answer.stdout);
		expect(json.SerialNumber).toBe(home.user.devices[0]!.serialNumber);
		expect(json.AccessKeyId).toMatch(/^ASIA/);
		expect(new Date(json.Expiration).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
		// The code command was told which device the code is for.
		expect((await readFile(home.countFile, 'utf8')).trim()).toBe(home.user.devices[0]!.serialNumber);
	});

	it('says how to register a device when the caller has none', async () => {
		const home = await homeFor(0);
		const answer = await session(home, ['--token-code', '123456']);
		expect(answer.status).toBe(2);
		expect(answer.stdout).toBe('');
		expect(answer.stderr).toContain(`no MFA device is assigned to ${home.user.arn}`);
		expect(answer.stderr).toMatch(/Assign MFA device|enable-mfa-device/);
	});

	it('names every device when there are two and no terminal to pick one on', async () => {
		const home = await homeFor(2);
		const answer = await session(home, ['--mfa-process', codeCommand()]);
		expect(answer.status).toBe(2);
		for (const device of home.user.devices) expect(answer.stderr).toContain(device.serialNumber);
		expect(answer.stderr).toContain('--serial');
		// Nothing was asked of the code command: it could not have known which device.
		await expect(stat(home.countFile)).rejects.toThrow();
	});

	it('works with no region configured anywhere and the endpoint from AWS_ENDPOINT_URL', async () => {
		const home = await homeFor(1, (user) => ({
			config: '',
			credentials: baseProfile(box.endpoint, user).credentials,
		}));
		const answer = await session(home, ['--mfa-process', codeCommand(), '--format', 'json'], {
			AWS_ENDPOINT_URL: box.endpoint,
		});
		expect(answer.stderr).toBe('');
		expect(JSON.parse(answer.stdout).SerialNumber).toBe(home.user.devices[0]!.serialNumber);
	});

	it("takes the profile's mfa_serial without listing devices", async () => {
		const home = await homeFor(2, (user) =>
			baseProfile(box.endpoint, user, `mfa_serial = ${user.devices[1]!.serialNumber}\n`),
		);
		const answer = await session(home, ['--token-code', nextCode(home.user.devices[1]!.seed), '--format', 'json']);
		expect(answer.stderr).toBe('');
		expect(JSON.parse(answer.stdout).SerialNumber).toBe(home.user.devices[1]!.serialNumber);
	});
});

describe('the cache', () => {
	it('answers from the cache until --refresh or --no-cache asks AWS again', async () => {
		const home = await homeFor(1);
		const made = await session(home, ['--mfa-process', codeCommand(), '--format', 'json']);
		expect(made.status).toBe(0);
		// A wrong code does not matter while the cached session is good: it is not asked for.
		const cached = await session(home, ['--token-code', '000000', '--format', 'json']);
		expect(cached.status).toBe(0);
		expect(JSON.parse(cached.stdout).AccessKeyId).toBe(JSON.parse(made.stdout).AccessKeyId);
		for (const flag of ['--refresh', '--no-cache']) {
			const asked = await session(home, ['--token-code', '000000', flag]);
			expect(asked.status).toBe(1);
			expect(asked.stderr).toContain('Wait for the next code');
		}
	});
});

describe('--write-profile', () => {
	it('writes the session into ~/.aws/credentials, every other line kept as it was', async () => {
		const home = await homeFor(1);
		const before = [
			'# my keys; do not lose this comment',
			(await readFile(home.files.credentials, 'utf8')).trimEnd(),
			'',
			'[other]   ; a profile of someone else',
			'aws_access_key_id=AKIAOTHER',
			'aws_secret_access_key = other/secret',
			'',
			'[base-mfa]',
			'# kept: the session goes in around me',
			'region = eu-west-1',
			'aws_session_token = an-old-one',
			'',
		].join('\n');
		await (await import('node:fs/promises')).writeFile(home.files.credentials, before, {mode: 0o644});
		const answer = await session(home, ['--mfa-process', codeCommand(), '--write-profile', 'base-mfa']);
		expect(answer.status).toBe(0);
		expect(answer.stdout).toBe('');
		expect(answer.stderr).toContain('[base-mfa]');
		const after = await readFile(home.files.credentials, 'utf8');
		const [head, written] = after.split('[base-mfa]\n');
		expect(head).toBe(before.split('[base-mfa]\n')[0]);
		expect(written).toMatch(
			/^aws_access_key_id = ASIA\w+\naws_secret_access_key = \S+\naws_session_token = \S+\n# kept: the session goes in around me\nregion = eu-west-1\n$/,
		);
		expect(after).not.toContain('an-old-one');
		expect((await stat(home.files.credentials)).mode & 0o777).toBe(0o600);
		// And the AWS tools can use the profile written.
		const identity = await run(
			process.execPath,
			[cli(), 'session', '--profile', 'base-mfa', '--token-code', '000000'],
			{
				env: home.env,
			},
		);
		expect(identity.stderr).toContain('GetSessionToken needs long-term keys');
		expect(identity.status).toBe(2);
	});

	it('refuses, before asking for a code, to replace long-term keys', async () => {
		const home = await homeFor(1, (user) => {
			const files = baseProfile(box.endpoint, user);
			return {
				...files,
				credentials: `${files.credentials}\n[keep]\naws_access_key_id = AKIAKEEP\naws_secret_access_key = x\n`,
			};
		});
		const before = await readFile(home.files.credentials, 'utf8');
		const answer = await session(home, ['--mfa-process', codeCommand(), '--write-profile', 'keep']);
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain('holds long-term access keys');
		expect(await readFile(home.files.credentials, 'utf8')).toBe(before);
		await expect(stat(home.countFile)).rejects.toThrow();
	});
});

describe('session exec', () => {
	it.skipIf(!hasAwsCli)('runs the AWS CLI with the session, which may list the buckets', async () => {
		const home = await homeFor(1);
		const listed = await session(home, ['--mfa-process', codeCommand(), 'exec', '--', 'aws', 's3api', 'list-buckets']);
		expect(listed.stderr).toBe('');
		expect(JSON.parse(listed.stdout).Buckets.map((bucket: {Name: string}) => bucket.Name)).toContain(BUCKET);
	});

	it("exits with the command's status, AWS_PROFILE removed and the session in its environment", async () => {
		const home = await homeFor(1);
		const script =
			'console.log(process.env.AWS_PROFILE ?? "none", process.env.AWS_SESSION_TOKEN ? "token" : "-"); process.exit(7)';
		const answer = await run(
			process.execPath,
			[cli(), 'session', 'exec', '--mfa-process', codeCommand(), '--', process.execPath, '-e', script],
			{env: {...home.env, AWS_PROFILE: 'base'}},
		);
		expect(answer.status).toBe(7);
		expect(answer.stdout.trim()).toBe('none token');
	});
});

describe('failures, explained', () => {
	it('fails at once without a terminal or a code source, naming the options', async () => {
		const home = await homeFor(1);
		const answer = await session(home, []);
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain('--token-code');
		expect(answer.stderr).toContain('--mfa-process');
	});

	it("says where the device's serial belongs when given a user's ARN", async () => {
		const home = await homeFor(1);
		const answer = await session(home, ['--serial', home.user.arn, '--token-code', '123456']);
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain(`arn:aws:iam::${box.admin.accountId}:mfa/${home.user.userName}`);
	});

	it('says to wait for the next code when a code is wrong or already used', async () => {
		const home = await homeFor(1);
		const code = nextCode(home.user.devices[0]!.seed);
		expect((await session(home, ['--token-code', code, '--no-cache'])).status).toBe(0);
		const reused = await session(home, ['--token-code', code, '--no-cache']);
		expect(reused.status).toBe(1);
		expect(reused.stderr).toContain('wait for the next code'.replace('wait', 'Wait'));
	});

	it("says a device is not the caller's", async () => {
		const home = await homeFor(1);
		const other = await box.user('cli-other', 1);
		const answer = await session(home, ['--serial', other.devices[0]!.serialNumber, '--token-code', '123456']);
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain(`is not assigned to ${home.user.arn}`);
	});

	it('refuses session credentials as the source: GetSessionToken needs long-term keys', async () => {
		const home = await homeFor(1);
		const answer = await run(process.execPath, [cli(), 'session', '--token-code', '123456'], {
			env: {...home.env, AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_SESSION_TOKEN: 'y'},
		});
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain('GetSessionToken needs long-term keys');
	});

	it('names the profile and the files it looked in when the profile does not exist, as --aws does', async () => {
		const home = await homeFor(1);
		const missing = await run(process.execPath, [cli(), 'session', '--profile', 'nope', '--token-code', '123456'], {
			env: home.env,
		});
		expect(missing.status).toBe(2);
		expect(missing.stdout).toBe('');
		expect(missing.stderr).toContain("the AWS profile 'nope' does not exist");
		expect(missing.stderr).toContain(home.files.config);
		expect(missing.stderr).toContain(home.files.credentials);
	});

	it('says what to configure when the profile gives no credentials', async () => {
		const home = await homeFor(1, () => ({config: '[profile base]\nregion = us-east-1\n', credentials: ''}));
		const answer = await session(home, ['--token-code', '123456']);
		expect(answer.status).toBe(2);
		expect(answer.stdout).toBe('');
		expect(answer.stderr).toContain("no AWS credentials found: profile 'base' gives none");
	});
});
