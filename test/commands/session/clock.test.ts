import path from 'node:path';
import {HOTP, Secret as OtpSecret} from 'otpauth';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseSessionArgs, type SessionArgs} from '../../../source/commands/session/args.js';
import {sessionCommand} from '../../../source/commands/session/index.js';
import {type RunningSandbox, startSandbox} from '../../../source/sandbox/index.js';
import {ScratchDirs} from '../../support/scratch.js';
import {baseProfile, writeAwsFiles} from './support/home.js';
import {createMfaUser, type MfaUser, sandboxAdmin} from './support/sandbox-user.js';

/*
 * A clock that is off: the sandbox runs 95 s ahead of this machine, as a server does when the
 * machine's clock is behind. A code computed here for "now" is for the wrong time step, and the
 * refusal says so, from the Date header of the server's answers.
 */

const SKEW_MS = 95_000;
const scratch = new ScratchDirs();
const ENV_KEYS = [
	'AWS_CONFIG_FILE',
	'AWS_SHARED_CREDENTIALS_FILE',
	'AWS_PROFILE',
	'AWS_ACCESS_KEY_ID',
	'AWS_SESSION_TOKEN',
];
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
let sandbox: RunningSandbox;
let user: MfaUser;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	sandbox = await startSandbox({now: () => Date.now() + SKEW_MS});
	const admin = await sandboxAdmin({
		AWS_ENDPOINT_URL: sandbox.endpoint,
		AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
		AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
	});
	user = await createMfaUser(admin, 'clock-user', 0);
	const home = await scratch.make('sts-mfa-session-clock-');
	const files = await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
	// The SDK reads the shared files named in the process's own environment.
	for (const key of ENV_KEYS) delete process.env[key];
	Object.assign(process.env, {AWS_CONFIG_FILE: files.config, AWS_SHARED_CREDENTIALS_FILE: files.credentials});
	env = {...process.env, HOME: home, STS_MFA_CACHE_DIR: path.join(home, 'cache')};
	// The device is enabled with codes for the server's time, as an authenticator on a phone with the right clock gives.
	const device = await admin.iam.createVirtualMfaDevice({deviceName: 'clock-user', path: '/', tags: []});
	const code = (step: number) => HOTP.generate({secret: OtpSecret.fromBase32(device.seed.reveal()), counter: step});
	const serverStep = Math.floor((Date.now() + SKEW_MS) / 30_000);
	await admin.iam.enableMfaDevice({
		userName: 'clock-user',
		serialNumber: device.serialNumber,
		code1: code(serverStep - 1),
		code2: code(serverStep),
	});
	user = {...user, devices: [{serialNumber: device.serialNumber, seed: device.seed.reveal()}]};
}, 30_000);

afterAll(async () => {
	for (const [key, value] of Object.entries(savedEnv)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	await sandbox?.stop();
	await scratch.removeAll();
});

function args(argv: string[]): SessionArgs {
	return parseSessionArgs(argv) as SessionArgs;
}

describe('a code refused while the clock is off', () => {
	it("says how far off this machine's clock is, from the server's Date header", async () => {
		// What an authenticator on this machine shows now: three steps behind the server's time.
		const localCode = HOTP.generate({
			secret: OtpSecret.fromBase32(user.devices[0]!.seed),
			counter: Math.floor(Date.now() / 30_000),
		});
		const stderr: string[] = [];
		const status = await sessionCommand(args(['--profile', 'base', '--token-code', localCode, '--no-cache']), {
			stdout: {write: () => true},
			stderr: {write: (text: string) => stderr.push(text)},
			env,
		});
		expect(status).toBe(1);
		expect(stderr.join('')).toContain('Wait for the next code');
		expect(stderr.join('')).toMatch(/this machine's clock is 9[4-6] s behind the server's/);
	});
});
