import {spawn} from 'node:child_process';
import {chmodSync, chownSync, lstatSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {botocoreRead, hasBotocore} from '../../support/botocore.js';
import {stopChildren, tracked} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {createThrowawayUser, noThrowawayUser, type ThrowawayUser} from '../../support/throwaway-user.js';
import {baseProfile, codeCommand, codeEnv, homeEnv, run, writeAwsFiles} from './support/home.js';
import {createMfaUser, type SandboxAdmin, sandboxAdmin} from './support/sandbox-user.js';

/*
 * --write-profile through the built CLI, as another local user, a CI job and a hostile endpoint
 * would meet it (issue 21, points 1, 2, 4 and 5). Each refusal leaves every file as it was.
 */

const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;
let admin: SandboxAdmin;
let users = 0;
let attacker: ThrowawayUser | undefined;

beforeAll(async () => {
	prepareCli();
	sandbox = await startStandaloneSandbox();
	admin = await sandboxAdmin(sandbox.env);
	if (!noThrowawayUser) attacker = createThrowawayUser();
}, 60_000);
afterEach(async () => scratch.removeAll());
afterAll(async () => {
	attacker?.remove();
	await sandbox?.stop();
	await stopChildren();
});

async function homeFor() {
	const user = await createMfaUser(admin, `write-user-${++users}`, 1);
	const home = await scratch.make('sts-mfa-write-home-');
	const files = await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
	const countFile = path.join(home, 'code-runs');
	return {home, files, countFile, env: homeEnv(home, codeEnv(user.devices[0]!.seed, countFile))};
}

type Home = Awaited<ReturnType<typeof homeFor>>;

function writeProfile(home: Home, name: string, env: Record<string, string> = {}) {
	return run(
		process.execPath,
		[cli(), 'session', '--profile', 'base', '--mfa-process', codeCommand(), '--write-profile', name],
		{env: {...home.env, ...env}},
	);
}

const codeRuns = (home: Home) => {
	try {
		return readFileSync(home.countFile, 'utf8').split('\n').filter(Boolean).length;
	} catch {
		return 0;
	}
};

describe.skipIf(noThrowawayUser !== undefined)('another local user', () => {
	it('cannot receive or redirect the credentials file through a directory it may write', async () => {
		const home = await homeFor();
		const aws = path.dirname(home.files.credentials);
		chmodSync(home.home, 0o755);
		chmodSync(aws, 0o777);
		const before = readFileSync(home.files.credentials, 'utf8');
		const notes = path.join(home.home, 'notes');
		writeFileSync(notes, 'the victim’s notes\n', {mode: 0o600});
		// Temporary names planted ahead (write-file-atomic's are predictable), and a link swapped in.
		const planted = attacker!.run(
			`cd ${aws} && for i in 0 1 2 3 4 5 6 7 8 9; do : > credentials.$i; chmod 666 credentials.$i; done; echo ok`,
		);
		expect(planted.stdout.trim()).toBe('ok');
		const answer = await writeProfile(home, 'base-mfa');
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain(`${aws} is writable by others`);
		expect(answer.stderr).toContain('nothing was written');
		expect(codeRuns(home)).toBe(0);
		expect(readFileSync(home.files.credentials, 'utf8')).toBe(before);
		for (let i = 0; i < 10; i++) expect(statSync(`${home.files.credentials}.${i}`).size).toBe(0);

		unlinkSync(home.files.credentials);
		symlinkSync(notes, home.files.credentials);
		chmodSync(aws, 0o700);
		const throughLink = await writeProfile(home, 'base-mfa');
		expect(throughLink.status).toBe(2);
		expect(throughLink.stderr).toContain(`${home.files.credentials} is a symbolic link`);
		expect(readFileSync(notes, 'utf8')).toBe('the victim’s notes\n');
	});

	it('cannot have its own file taken for the credentials file, even by root', async () => {
		const home = await homeFor();
		chownSync(home.files.credentials, attacker!.uid, attacker!.gid);
		const answer = await writeProfile(home, 'base-mfa');
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain(`${home.files.credentials} belongs to another user`);
		expect(lstatSync(home.files.credentials).uid).toBe(attacker!.uid);
		expect(readFileSync(home.files.credentials, 'utf8')).not.toContain('[base-mfa]');
	});
});

describe('what the credentials file may be', () => {
	it('refuses AWS_SHARED_CREDENTIALS_FILE=/dev/null (a device, not a file), even as root', async () => {
		const home = await homeFor();
		const answer = await writeProfile(home, 'base-mfa', {AWS_SHARED_CREDENTIALS_FILE: '/dev/null'});
		expect(answer.status).toBe(2);
		expect(answer.stderr).toContain('/dev/null is not a regular file');
		expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
		expect(codeRuns(home)).toBe(0);
	});
});

/** An endpoint that answers GetSessionToken with a token carrying a profile of its own. */
async function hostileSts(): Promise<{server: Server; endpoint: string}> {
	const token = 'FwoGZXIvYXdzEtoken\n[injected]\naws_access_key_id=AKIAINJECTED000000001\naws_secret_access_key=x';
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk: Buffer) => {
			body += chunk.toString();
		});
		request.on('end', () => {
			const action = new URLSearchParams(body).get('Action');
			const result =
				action === 'GetCallerIdentity'
					? '<Arn>arn:aws:iam::123456789012:user/me</Arn><UserId>AIDA0000000000000001</UserId><Account>123456789012</Account>'
					: `<Credentials><AccessKeyId>ASIA0000000000000001</AccessKeyId><SecretAccessKey>secret0123456789abcdefghijklmnopqrstuvw</SecretAccessKey><SessionToken>${token}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>`;
			response.writeHead(200, {'content-type': 'text/xml'});
			response.end(
				`<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>${result}</${action}Result></${action}Response>`,
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`};
}

describe('a hostile endpoint', () => {
	it('cannot inject a profile through the session token, nor have it printed', async () => {
		const {server, endpoint} = await hostileSts();
		try {
			const home = await scratch.make('sts-mfa-hostile-');
			const files = await writeAwsFiles(home, {
				config: `[profile base]\nregion = us-east-1\nendpoint_url = ${endpoint}\n`,
				credentials: '[base]\naws_access_key_id = AKIABASE000000000001\naws_secret_access_key = s\n',
			});
			const before = readFileSync(files.credentials, 'utf8');
			for (const output of [
				['--write-profile', 'base-mfa'],
				['--format', 'env'],
				['--format', 'json'],
			]) {
				const answer = await run(
					process.execPath,
					[
						cli(),
						'session',
						'--profile',
						'base',
						'--serial',
						'arn:aws:iam::123456789012:mfa/me',
						'--token-code',
						'123456',
						'--no-cache',
						...output,
					],
					{env: homeEnv(home)},
				);
				expect(answer.status).toBe(1);
				expect(answer.stderr).toContain('a SessionToken that holds characters or a length a session token never has');
				expect(answer.stdout).toBe('');
				expect(answer.stderr).not.toContain('injected');
			}
			expect(readFileSync(files.credentials, 'utf8')).toBe(before);
		} finally {
			server.close();
		}
	});
});

/** Runs `count` --write-profile updates one after another, each to its own profile. */
function writer(home: Home, prefix: string, count: number): Promise<number | null> {
	const script = `for i in $(seq 1 ${count}); do "$NODE" "$CLI" session --profile base --write-profile ${prefix}-$i || exit 1; done`;
	return new Promise((resolve) => {
		const child = tracked(
			spawn('sh', ['-c', script], {
				env: {...home.env, NODE: process.execPath, CLI: cli()},
				stdio: 'ignore',
				detached: true,
			}),
		);
		child.once('close', resolve);
	});
}

describe('two writers at once', () => {
	it.skipIf(!hasBotocore)(
		'lose none of 2 × 50 concurrent updates',
		async () => {
			const home = await homeFor();
			// One session, cached: the updates below are all answered from the cache.
			expect((await writeProfile(home, 'first')).status).toBe(0);
			const statuses = await Promise.all([writer(home, 'a', 50), writer(home, 'b', 50)]);
			expect(statuses).toEqual([0, 0]);
			const reading = botocoreRead(home.files.credentials);
			if ('error' in reading) throw new Error(reading.error);
			const written = Object.keys(reading.profiles).filter((name) => /^[ab]-\d+$/.test(name));
			expect(written).toHaveLength(100);
			expect(reading.profiles.base).toMatchObject({aws_access_key_id: expect.stringMatching(/^AKIA/)});
			expect(codeRuns(home)).toBe(1);
		},
		240_000,
	);
});
