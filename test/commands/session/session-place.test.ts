import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {cli} from '../../e2e/support/build.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import type {MfaUser} from './support/sandbox-user.js';
import {useSessionSandbox} from './support/session-sandbox.js';

/*
 * `sts-mfa session` as a shell user meets it: `eval "$(sts-mfa session …)"` sends the tools where
 * the profile points now, exec's command sees the user's environment and not sts-mfa's, no AWS SDK
 * warning reaches the screen, and every failure is one line in the same form as the other commands'.
 */

const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasAwsCli) console.warn('Skipping `aws s3api list-buckets` after eval: `aws` is not on PATH.');

const BUCKET = 'session-place-proof';
const box = useSessionSandbox(BUCKET);

async function homeFor(region = 'eu-west-1') {
	const user: MfaUser = await box.user('place-user', 1);
	const home = await box.scratch.make('sts-mfa-session-place-');
	const profile = (where: string) => baseProfile(box.endpoint, user).config.replace('us-east-1', where);
	const files = await writeAwsFiles(home, {...baseProfile(box.endpoint, user), config: profile(region)});
	const env = homeEnv(home, codeEnv(user.devices[0]!.seed, `${home}/code-runs`));
	return {user, home, env, files, profile};
}

/** A shell script run as a user types it, with `sts-mfa` as a function (the built CLI). */
function shell(env: Record<string, string>, script: string) {
	const prelude = `sts_mfa() { ${JSON.stringify(process.execPath)} ${JSON.stringify(cli())} "$@"; }\nCODE=${JSON.stringify(codeCommand())}\n`;
	return run('sh', ['-c', `${prelude}${script}`], {env});
}

describe('eval "$(sts-mfa session)" and exec: where the tools go', () => {
	it("exports the profile's region and endpoint_url with the session, so the AWS CLI reaches the sandbox", async () => {
		const {env} = await homeFor();
		const done = await shell(
			env,
			`eval "$(sts_mfa session --profile base --mfa-process "$CODE")" || exit 9
			printf '%s|%s|%s\\n' "$AWS_REGION" "$AWS_DEFAULT_REGION" "$AWS_ENDPOINT_URL"
			${hasAwsCli ? 'aws s3api list-buckets --query "Buckets[].Name" --output text' : ''}`,
		);
		expect(done.stderr).toBe('');
		expect(done.status).toBe(0);
		const [place, buckets] = done.stdout.split('\n');
		expect(place).toBe(`eu-west-1|eu-west-1|${box.endpoint}`);
		if (hasAwsCli) expect(buckets).toContain(BUCKET);
	});

	it("hands on the profile's region as it is now, not the one a cached session was made with", async () => {
		const {env, files, profile} = await homeFor('eu-west-1');
		const first = await shell(env, `sts_mfa session --profile base --mfa-process "$CODE"`);
		expect(first.stdout).toContain('export AWS_REGION=eu-west-1');
		await writeFile(files.config, profile('ap-south-1'));
		// Answered from the cache (no code command given, no terminal: a new session could not be made).
		const cached = await shell(env, 'sts_mfa session --profile base');
		expect(cached.stderr).toBe('');
		expect(cached.stdout).toContain('export AWS_REGION=ap-south-1');
		expect(cached.stdout).toContain('export AWS_DEFAULT_REGION=ap-south-1');
		const exec = await shell(
			env,
			`sts_mfa session --profile base exec -- sh -c 'echo "$AWS_REGION $AWS_ENDPOINT_URL"'`,
		);
		expect(exec.stdout).toBe(`ap-south-1 ${box.endpoint}\n`);
	});

	it("gives exec's command the user's environment: nothing sts-mfa set for itself", async () => {
		const {env} = await homeFor();
		const exec = await shell(env, `sts_mfa session --profile base --mfa-process "$CODE" exec -- env`);
		expect(exec.status).toBe(0);
		expect(exec.stdout).toContain('AWS_SESSION_TOKEN=');
		expect(exec.stdout).not.toContain('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED');
		expect(exec.stdout).not.toMatch(/^NODE_COMPILE_CACHE=/m);
		// Set by the user, it is theirs, and stays.
		const kept = await shell(
			{...env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'yes'},
			'sts_mfa session --profile base exec -- env',
		);
		expect(kept.stdout).toContain('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=yes');
	});
});

describe.skipIf(!hasAwsCli)('a credential_process profile, as the README writes it', () => {
	it('reaches the sandbox with region and endpoint_url of its own beside credential_process', async () => {
		const {env, files, profile} = await homeFor();
		const command = `${process.execPath} ${cli()} session --profile base --format credential-process --mfa-process '${codeCommand()}'`;
		await writeFile(
			files.config,
			`${profile('eu-west-1')}\n[profile sandbox-mfa]\nregion = us-east-1\nendpoint_url = ${box.endpoint}\ncredential_process = ${command}\n`,
		);
		const listed = await shell(
			env,
			'aws --profile sandbox-mfa s3api list-buckets --query "Buckets[].Name" --output text',
		);
		expect(listed.stderr).toBe('');
		expect(listed.stdout).toContain(BUCKET);
	});
});

describe("the SDK's warnings and the error lines", () => {
	it('prints no SDK warning when a session is refreshed in a shell that holds the last one', async () => {
		const {env} = await homeFor();
		const done = await shell(
			env,
			`eval "$(sts_mfa session --profile base --mfa-process "$CODE")" || exit 9
			sts_mfa session --profile base --refresh --token-code 000000 > /dev/null`,
		);
		// The chain resolved the profile with the exported keys beside it; AWS then refused the code.
		expect(done.status).toBe(1);
		expect(done.stderr).toMatch(/^sts-mfa: the code was refused for [^\n]+\n$/);
	});

	it('says which profile holds session credentials, rather than to unset a variable that is not set', async () => {
		const {env, home, user} = await homeFor();
		await writeAwsFiles(home, {
			config: '[profile temp]\nregion = us-east-1\n',
			credentials: `[temp]\naws_access_key_id = ASIATEMPORARY\naws_secret_access_key = x\naws_session_token = y\n`,
		});
		void user;
		const answer = await shell(env, 'sts_mfa session --profile temp --token-code 123456');
		expect(answer.status).toBe(2);
		expect(answer.stderr).toMatch(
			/^sts-mfa: GetSessionToken needs long-term keys.*give profile 'temp' an IAM user's access keys/,
		);
		expect(answer.stderr).not.toContain('AWS_SESSION_TOKEN');
	});

	it('writes a missing profile the same way for session and for the demo: one line, no internal code', async () => {
		const {env} = await homeFor();
		const session = await shell(env, 'sts_mfa session --profile nope --token-code 123456');
		const demo = await shell(env, 'sts_mfa --aws --plain --yes --auto-mfa --profile nope');
		for (const answer of [session, demo]) {
			expect(answer.status).toBe(2);
			expect(answer.stderr).toMatch(/^sts-mfa: the AWS profile 'nope' does not exist: looked in .*\n$/);
			expect(answer.stderr).not.toContain('[');
		}
	});
});
