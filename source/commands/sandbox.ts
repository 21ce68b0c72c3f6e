import {SANDBOX_NOTES} from '../words/sandbox.js';
import {readFile} from 'node:fs/promises';
import type {Writable} from 'node:stream';
import {StsMfaError, UsageError} from '../errors.js';
import type {SandboxArgs} from '../cli/args.js';
import {startSandbox} from '../sandbox/index.js';
import {DETACHED_ENV, type DetachMessage, type ReadyMessage} from './sandbox-messages.js';

export interface SandboxCommandIo {
	readonly stdout: Pick<Writable, 'write'>;
	readonly stderr: Pick<Writable, 'write'>;
	/** Where SIGINT/SIGTERM arrive (the process; tests pass an emitter). */
	readonly signals: Pick<NodeJS.Process, 'once' | 'off'>;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * `sts-mfa sandbox`: runs the sandbox in the foreground. Stdout carries only eval-able export lines
 * (the sandbox's own administrator key, deliberately: a local test credential); notes go to stderr
 * as `# ` comments so that `eval "$(sts-mfa sandbox)"` ignores them. With `--detach` it runs in a
 * background process instead, and this one prints the same lines once that one listens.
 */
export async function sandboxCommand(
	args: SandboxArgs,
	io: SandboxCommandIo = {stdout: process.stdout, stderr: process.stderr, signals: process},
): Promise<number> {
	const secretAccessKey = args.secretAccessKeyFile
		? await readSecretFile(args.secretAccessKeyFile)
		: args.secretAccessKey;
	if ((args.accessKeyId === undefined) !== (secretAccessKey === undefined)) {
		throw new UsageError(SANDBOX_NOTES.keysTogether);
	}
	if (args.detach) {
		const {detachSandbox} = await import('./sandbox-detach.js');
		return detachSandbox(args, secretAccessKey, io);
	}
	const report = detachedParent() ?? printed(io);
	let sandbox: Awaited<ReturnType<typeof startSandbox>>;
	try {
		sandbox = await startSandbox(
			{
				host: args.host,
				port: args.port,
				statePath: args.state,
				propagationDelayMs: args.propagationDelaySeconds * 1000,
				accountId: args.accountId,
				credentials: args.accessKeyId && secretAccessKey ? {accessKeyId: args.accessKeyId, secretAccessKey} : undefined,
			},
			{
				onInternalError: (error, service, action) =>
					io.stderr.write(
						`${SANDBOX_NOTES.internalError(`${service}:${action ?? '?'}`, error instanceof Error ? error.name : '?')}\n`,
					),
			},
		);
	} catch (error) {
		if (!(error instanceof StsMfaError)) throw error;
		report.failed(error.message);
		return 1;
	}
	report.ready({
		exports: [
			`export AWS_ENDPOINT_URL=${sandbox.endpoint}`,
			`export AWS_ACCESS_KEY_ID=${sandbox.credentials.accessKeyId}`,
			`export AWS_SECRET_ACCESS_KEY=${sandbox.credentials.secretAccessKey}`,
			`export AWS_REGION=${sandbox.region}`,
			// The AWS CLI and boto3 read this one, not AWS_REGION.
			`export AWS_DEFAULT_REGION=${sandbox.region}`,
			'',
		].join('\n'),
		notes: [
			SANDBOX_NOTES.what(sandbox.accountId),
			SANDBOX_NOTES.keys(args.state),
			...(isLoopback(args.host) ? [] : [SANDBOX_NOTES.notLoopback(args.host)]),
		],
	});
	await stopSignal(io.signals);
	await sandbox.stop();
	io.stderr.write(`${SANDBOX_NOTES.stopped}\n`);
	return 0;
}

/** What a started sandbox says, and to whom: the terminal, or the process that started it detached. */
interface SandboxReport {
	ready(said: ReadyMessage): void;
	failed(message: string): void;
}

function printed(io: SandboxCommandIo): SandboxReport {
	return {
		ready: ({exports, notes}) => {
			io.stdout.write(exports);
			io.stderr.write([...notes, SANDBOX_NOTES.stopsWith, ''].join('\n'));
		},
		failed: (message) => io.stderr.write(`sts-mfa: ${message}\n`),
	};
}

/** In the background process `--detach` started: tell the starter over the IPC channel, then let it go. */
function detachedParent(): SandboxReport | undefined {
	if (process.env[DETACHED_ENV] !== '1' || !process.send) return undefined;
	const send = (message: DetachMessage) => process.send?.(message, () => process.disconnect?.());
	return {
		ready: (said) => send({type: 'ready', ...said}),
		failed: (message) => send({type: 'failed', message}),
	};
}

/** The secret on the file's first line; the message names the file, never what it holds. */
async function readSecretFile(file: string): Promise<string> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new UsageError(SANDBOX_NOTES.secretUnreadable(file, reason));
	}
	const secret = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
	if (secret === '') throw new UsageError(SANDBOX_NOTES.secretEmpty(file));
	return secret;
}

function isLoopback(host: string): boolean {
	return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function stopSignal(signals: SandboxCommandIo['signals']): Promise<NodeJS.Signals> {
	return new Promise((resolve) => {
		const handlers = STOP_SIGNALS.map((signal) => {
			const handler = () => {
				for (const [other, registered] of handlers) signals.off(other, registered);
				resolve(signal);
			};
			signals.once(signal, handler);
			return [signal, handler] as const;
		});
	});
}
