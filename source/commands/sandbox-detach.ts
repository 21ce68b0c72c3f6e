import {spawn} from 'node:child_process';
import type {SandboxArgs} from '../cli/args.js';
import type {SandboxCommandIo} from './sandbox.js';
import {DETACHED_ENV, type DetachMessage} from './sandbox-messages.js';
import {activeLanguage} from '../words/language.js';
import {SANDBOX_NOTES} from '../words/sandbox.js';

/** Start-up takes a fraction of a second; this only ends a wait for a process that hangs. */
const READY_TIMEOUT_MS = 30_000;

/**
 * `sts-mfa sandbox --detach`: starts the sandbox in a background process of its own (its own
 * session, so neither Ctrl-C in this terminal nor the terminal closing stops it) and returns once
 * it listens, having printed the same export lines. A script or a shell can source them at once:
 * `sts-mfa sandbox --detach > sandbox.env && . ./sandbox.env`.
 */
export function detachSandbox(
	args: SandboxArgs,
	secretAccessKey: string | undefined,
	io: Pick<SandboxCommandIo, 'stdout' | 'stderr'>,
): Promise<number> {
	const script = process.argv[1];
	if (!script) throw new Error('sandbox --detach: cannot tell which script to start');
	const child = spawn(process.execPath, [...process.execArgv, script, ...childArgs(args)], {
		detached: true,
		// Nothing of the background process reaches this terminal: it reports over the IPC channel.
		stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
		// The secret goes by the environment, never by the command line that `ps` shows.
		env: {
			...process.env,
			[DETACHED_ENV]: '1',
			...(secretAccessKey !== undefined && !args.secretAccessKeyFile
				? {STS_MFA_SANDBOX_SECRET_ACCESS_KEY: secretAccessKey}
				: {}),
		},
	});
	return new Promise((resolve) => {
		let settled = false;
		const finish = (code: number, message?: string) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (message) io.stderr.write(`sts-mfa: ${message}\n`);
			resolve(code);
		};
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			finish(1, SANDBOX_NOTES.notListening(READY_TIMEOUT_MS / 1000));
		}, READY_TIMEOUT_MS);
		child.on('message', (message: DetachMessage) => {
			if (message.type === 'failed') {
				finish(1, message.message);
				return;
			}
			io.stdout.write(message.exports);
			io.stderr.write([...message.notes, SANDBOX_NOTES.background(child.pid), ''].join('\n'));
			child.disconnect();
			child.unref();
			finish(0);
		});
		child.on('error', (error) => finish(1, SANDBOX_NOTES.noBackground(error.message)));
		child.on('exit', (code, signal) =>
			finish(code === 2 ? 2 : 1, SANDBOX_NOTES.endedEarly(signal ?? SANDBOX_NOTES.exitStatus(code))),
		);
	});
}

/** The same sandbox, without --detach and with no secret on the command line. */
function childArgs(args: SandboxArgs): string[] {
	return [
		'sandbox',
		// Its notes come back to be printed here: in this process's language, whatever its locale.
		'--lang',
		activeLanguage(),
		'--host',
		args.host,
		'--port',
		String(args.port),
		'--propagation-delay',
		String(args.propagationDelaySeconds),
		...(args.state ? ['--state', args.state] : []),
		...(args.accountId ? ['--account-id', args.accountId] : []),
		...(args.accessKeyId ? ['--access-key-id', args.accessKeyId] : []),
		...(args.secretAccessKeyFile ? ['--secret-access-key-file', args.secretAccessKeyFile] : []),
	];
}
