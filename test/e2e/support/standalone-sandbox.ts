import {spawn, type ChildProcess} from 'node:child_process';
import {IAMClient, ListUsersCommand, ListVirtualMFADevicesCommand} from '@aws-sdk/client-iam';
import {tracked} from '../../support/processes.js';
import {ROOT, cli} from './build.js';

/**
 * `sts-mfa sandbox --port 0` as its own process, so a test can point the dashboard at it with
 * --endpoint and afterwards ask the sandbox, as its administrator, what the run left behind.
 * The process is tracked: a file using this calls stopChildren() in afterEach.
 */
export interface StandaloneSandbox {
	/** AWS_ENDPOINT_URL, the administrator's keys and AWS_REGION, as the sandbox printed them. */
	readonly env: Readonly<Record<string, string>>;
	readonly endpoint: string;
	/** Users and virtual MFA devices under the demo's /sts-mfa/ path. */
	leftovers(): Promise<{users: string[]; devices: string[]}>;
	/** SIGSTOP: the endpoint still accepts connections (the kernel does) but never answers. */
	stall(): void;
	/** SIGCONT after stall(). */
	resume(): void;
	stop(): Promise<void>;
}

export async function startStandaloneSandbox(): Promise<StandaloneSandbox> {
	const child = tracked(
		spawn(process.execPath, [cli(), 'sandbox', '--port', '0'], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']}),
	);
	const env = await readExports(child);
	const endpoint = env.AWS_ENDPOINT_URL!;
	const iam = new IAMClient({
		endpoint,
		region: env.AWS_REGION ?? 'us-east-1',
		credentials: {accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY!},
	});
	return {
		env,
		endpoint,
		async leftovers() {
			const users = await iam.send(new ListUsersCommand({PathPrefix: '/sts-mfa/'}));
			const devices = await iam.send(new ListVirtualMFADevicesCommand({}));
			return {
				users: (users.Users ?? []).map((user) => user.UserName ?? ''),
				devices: (devices.VirtualMFADevices ?? [])
					.map((device) => device.SerialNumber ?? '')
					.filter((serial) => serial.includes('/sts-mfa/')),
			};
		},
		stall: () => child.kill('SIGSTOP'),
		resume: () => child.kill('SIGCONT'),
		async stop() {
			iam.destroy();
			if (child.exitCode !== null) return;
			child.kill('SIGCONT');
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		},
	};
}

/** Waits for the export lines the sandbox prints on start. */
function readExports(child: ChildProcess): Promise<Record<string, string>> {
	return new Promise((resolve, reject) => {
		let stdout = '';
		let stderr = '';
		const timer = setTimeout(
			() => fail(new Error(`the sandbox printed no export lines in 10 s:\n${stdout}\n${stderr}`)),
			10_000,
		);
		const fail = (error: Error) => {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(error);
		};
		child.stderr?.on('data', (data: Buffer) => {
			stderr += data.toString();
		});
		child.stdout?.on('data', (data: Buffer) => {
			stdout += data.toString();
			const env = Object.fromEntries(
				[...stdout.matchAll(/^export (AWS_[A-Z_]+)=['"]?([^'"\n]*)['"]?$/gm)].map((match) => [match[1]!, match[2]!]),
			);
			if (env.AWS_ENDPOINT_URL && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
				clearTimeout(timer);
				child.off('exit', exitedEarly);
				resolve(env);
			}
		});
		const exitedEarly = (code: number | null) =>
			fail(new Error(`the sandbox exited with ${code} before it was ready:\n${stderr}`));
		child.once('exit', exitedEarly);
	});
}
