import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {createServer, type Server, type Socket, connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {sandboxHoldings} from '../cleanup/sandbox-run.js';
import {stopChildren, tracked} from '../support/processes.js';
import {adminServices} from '../support/sandbox.js';
import {waitUntil} from '../support/wait-until.js';
import {ROOT, cli, prepareCli, removeCliCopy} from './support/build.js';

/*
 * Issue 21, point 12: a double SIGINT while the first step (CreateUser) was in flight named a
 * "left behind" user that never existed. Here the endpoint stops answering at CreateUser, which
 * it never passes on, so the user certainly does not exist: the run may name only what it knows
 * was created (nothing), and keeps its journal for `sts-mfa cleanup`.
 */

/** A TCP relay to the sandbox that, from the first CreateUser on, passes nothing more either way. */
async function relayStallingAtCreateUser(
	target: URL,
): Promise<{server: Server; endpoint: string; stalled: () => boolean}> {
	let stalled = false;
	const sockets = new Set<Socket>();
	const server = createServer((client) => {
		const upstream = connect(Number(target.port), target.hostname);
		sockets.add(client).add(upstream);
		// The action may straddle two chunks: look at the end of the last one too.
		let tail = Buffer.alloc(0);
		client.on('data', (chunk: Buffer) => {
			const seen = Buffer.concat([tail, chunk]);
			tail = seen.subarray(-32);
			if (seen.includes('Action=CreateUser')) stalled = true;
			if (!stalled) upstream.write(chunk);
		});
		upstream.on('data', (chunk: Buffer) => {
			if (!stalled) client.write(chunk);
		});
		for (const socket of [client, upstream]) socket.on('error', () => undefined);
	});
	server.on('close', () => {
		for (const socket of sockets) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as {port: number};
	return {server, endpoint: `http://127.0.0.1:${port}`, stalled: () => stalled};
}

describe('a double SIGINT while the first step is in flight', () => {
	let sandbox: RunningSandbox;
	let relay: Awaited<ReturnType<typeof relayStallingAtCreateUser>>;
	let stateDir: string;

	beforeAll(prepareCli);
	afterAll(removeCliCopy);
	afterEach(async () => {
		await stopChildren();
		relay?.server.close();
		await sandbox?.stop();
		rmSync(stateDir, {recursive: true, force: true});
	});

	it('names no user that was never created, and keeps the journal for cleanup', async () => {
		sandbox = await startSandbox();
		relay = await relayStallingAtCreateUser(new URL(sandbox.endpoint));
		stateDir = mkdtempSync(join(tmpdir(), 'sts-mfa-first-step-'));
		const {credentials, region} = sandbox;
		const child = tracked(
			spawn(process.execPath, [cli(), '--endpoint', relay.endpoint, '--plain', '--auto-mfa', '--yes'], {
				cwd: ROOT,
				env: {
					...process.env,
					AWS_ACCESS_KEY_ID: credentials.accessKeyId,
					AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
					AWS_REGION: region,
					AWS_PROFILE: '',
					AWS_SESSION_TOKEN: '',
					STS_MFA_STATE_DIR: stateDir,
					NO_COLOR: '1',
				},
				stdio: ['ignore', 'pipe', 'pipe'],
			}),
		);
		let output = '';
		for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk));
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

		await waitUntil('CreateUser to reach the endpoint', () => relay.stalled(), {timeoutMs: 30_000});
		child.kill('SIGINT');
		await waitUntil('the teardown to begin', () => output.includes('Tear everything down'), {timeoutMs: 30_000});
		child.kill('SIGINT');
		expect(await exited, output).toBe(3);

		expect(await sandboxHoldings((await adminServices(sandbox)).iam())).toEqual([]);
		// The create was cut short: nothing is named, and the user is sent to cleanup to make sure.
		expect(output).toContain(
			'Teardown incomplete: nothing is known to be left behind, but a step was cut short; run `sts-mfa cleanup` to make sure.',
		);
		expect(output).not.toMatch(/sts-mfa-demo-/);
		expect(readdirSync(join(stateDir, 'journals'))).toHaveLength(1);
	}, 60_000);
});
