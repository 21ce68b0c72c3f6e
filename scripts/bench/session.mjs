// `sts-mfa session --format credential-process` answered from its cache, against bare `node -e 0`.
// Every AWS command run through a credential_process profile waits for this answer. The set-up is
// a standalone sandbox with a user, an enabled virtual MFA device and a temporary HOME; one session
// is made with a computed code, and then only the cached answer is timed.
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {
	CreateAccessKeyCommand,
	CreateUserCommand,
	CreateVirtualMFADeviceCommand,
	EnableMFADeviceCommand,
	IAMClient,
} from '@aws-sdk/client-iam';
import {HOTP, Secret} from 'otpauth';
import {median} from './table.mjs';

function runToEnd(command, args, env) {
	return new Promise((resolve, reject) => {
		const startedAt = performance.now();
		const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', (data) => {
			output += data;
		});
		child.stderr.on('data', (data) => {
			output += data;
		});
		child.once('error', reject);
		child.once('exit', (code) => {
			const ms = performance.now() - startedAt;
			if (code === 0) resolve({ms, output});
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${output.slice(0, 300)}`));
		});
	});
}

/** `sts-mfa sandbox --port 0`, until it has printed its export lines. */
function startSandbox(cli) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'ignore']});
		let stdout = '';
		child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
		child.stdout.on('data', (data) => {
			stdout += data;
			const env = Object.fromEntries([...stdout.matchAll(/^export (AWS_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
			if (env.AWS_ENDPOINT_URL && env.AWS_SECRET_ACCESS_KEY && env.AWS_REGION) resolve({child, env});
		});
	});
}

async function mfaUser(env) {
	const iam = new IAMClient({
		region: env.AWS_REGION,
		endpoint: env.AWS_ENDPOINT_URL,
		credentials: {accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY},
	});
	const UserName = 'bench-session';
	await iam.send(new CreateUserCommand({UserName}));
	const device = (await iam.send(new CreateVirtualMFADeviceCommand({VirtualMFADeviceName: UserName}))).VirtualMFADevice;
	const secret = Secret.fromBase32(new TextDecoder().decode(device.Base32StringSeed));
	const step = Math.floor(Date.now() / 30_000);
	const code = (counter) => HOTP.generate({secret, counter});
	await iam.send(
		new EnableMFADeviceCommand({
			UserName,
			SerialNumber: device.SerialNumber,
			AuthenticationCode1: code(step - 1),
			AuthenticationCode2: code(step),
		}),
	);
	const key = (await iam.send(new CreateAccessKeyCommand({UserName}))).AccessKey;
	iam.destroy();
	// The current step's code went into enabling the device; the sandbox, like AWS, takes one step of drift.
	return {key, serial: device.SerialNumber, nextCode: code(step + 1)};
}

function writeHome(home, endpoint, key, serial) {
	mkdirSync(join(home, '.aws'), {mode: 0o700});
	writeFileSync(
		join(home, '.aws', 'config'),
		`[profile base]\nregion = us-east-1\nendpoint_url = ${endpoint}\nmfa_serial = ${serial}\n`,
	);
	writeFileSync(
		join(home, '.aws', 'credentials'),
		`[base]\naws_access_key_id = ${key.AccessKeyId}\naws_secret_access_key = ${key.SecretAccessKey}\n`,
		{mode: 0o600},
	);
}

export async function cachedSessionRows(cli, runs) {
	const {child, env} = await startSandbox(cli);
	const home = mkdtempSync(join(tmpdir(), 'sts-mfa-bench-session-'));
	try {
		const user = await mfaUser(env);
		writeHome(home, env.AWS_ENDPOINT_URL, user.key, user.serial);
		const cliEnv = {PATH: process.env.PATH, HOME: home, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? ''};
		const session = [cli, 'session', '--profile', 'base', '--format', 'credential-process'];
		await runToEnd(process.execPath, [...session, '--token-code', user.nextCode], cliEnv);
		const bare = [];
		const cached = [];
		// Alternated, so that the machine's swings fall on both alike.
		for (let i = 0; i < runs; i++) {
			bare.push((await runToEnd(process.execPath, ['-e', '0'], cliEnv)).ms);
			cached.push((await runToEnd(process.execPath, session, cliEnv)).ms);
		}
		const ratio = median(cached) / median(bare);
		return [
			{
				name: 'cached session, --format credential-process',
				value: median(cached),
				unit: 'ms',
				target: '<= 2x node -e 0',
				pass: ratio <= 2,
				note: `${ratio.toFixed(2)}x bare node -e 0 (${median(bare).toFixed(0)} ms); what each AWS command waits for`,
			},
		];
	} finally {
		child.kill('SIGTERM');
		rmSync(home, {recursive: true, force: true});
	}
}
