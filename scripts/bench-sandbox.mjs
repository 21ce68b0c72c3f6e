// Signed-request throughput of the sandbox: GetCallerIdentity from the JS SDK's STSClient at
// concurrency 16, against (a) the sandbox, (b) a bare node:http server answering a fixed
// GetCallerIdentity document (the client's own ceiling) and (c) moto_server when installed.
// Each server runs in its own process, so the client and the server each have a core.
//
//   node scripts/bench-sandbox.mjs [--json]        (after `node scripts/build.mjs`)
//
// Env: BENCH_SANDBOX_REQUESTS (default 3000), BENCH_SANDBOX_ROUNDS (default 3, median kept).
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {Agent} from 'node:http';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONCURRENCY = 16;
const REQUESTS = Number(process.env.BENCH_SANDBOX_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_SANDBOX_ROUNDS ?? 3);
const WARM_UP = 300;
const TARGETS = {ofCeiling: 0.75, overMoto: 4};

/** Starts a child process and resolves with what `ready(stdoutSoFar)` extracts from its output. */
function startChild(command, args, ready, {timeoutMs = 30_000, env = process.env} = {}) {
	const child = spawn(command, args, {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	let errors = '';
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => fail(new Error(`${command} did not become ready in ${timeoutMs} ms:\n${errors.slice(-2000)}`)),
			timeoutMs,
		);
		const fail = (error) => {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(error);
		};
		const check = () => {
			const value = ready(output);
			if (value === undefined) return;
			clearTimeout(timer);
			resolve({child, ...value});
		};
		child.stdout.on('data', (data) => {
			output += data;
			check();
		});
		child.stderr.on('data', (data) => {
			errors += data;
		});
		child.on('exit', (code) => fail(new Error(`${command} exited with ${code}:\n${errors.slice(-2000)}`)));
	});
}

async function stopChild(child) {
	if (child.exitCode !== null) return;
	// The start-up failure handler must not fire on this deliberate stop.
	child.removeAllListeners('exit');
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/** The built CLI when present; otherwise the sandbox command bundled on the fly with esbuild. */
async function sandboxLauncher() {
	const cli = join(ROOT, 'dist', 'cli.js');
	if (existsSync(cli)) return [cli, 'sandbox', '--port', '0'];
	const {build} = await import('esbuild');
	const outfile = join(ROOT, 'node_modules', '.cache', 'sts-mfa', 'bench-sandbox.mjs');
	mkdirSync(join(outfile, '..'), {recursive: true});
	await build({
		stdin: {
			contents:
				"import {sandboxCommand} from './source/commands/sandbox.ts';\nprocess.exitCode = await sandboxCommand({command: 'sandbox', host: '127.0.0.1', port: 0, propagationDelaySeconds: 0});",
			resolveDir: ROOT,
			loader: 'ts',
		},
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
	});
	return [outfile];
}

function exportsFrom(output) {
	const env = Object.fromEntries([...output.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1], match[2]]));
	if (!env.AWS_REGION) return undefined;
	return {
		endpoint: env.AWS_ENDPOINT_URL,
		credentials: {accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY},
	};
}

async function startSandboxProcess() {
	return startChild(process.execPath, await sandboxLauncher(), exportsFrom);
}

// The client's ceiling: the same signed requests, answered without any work.
const BARE_SERVER = `
const body = '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:root</Arn><UserId>123456789012</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></GetCallerIdentityResponse>';
const server = require('node:http').createServer((request, response) => {
	request.resume();
	request.on('end', () => response.writeHead(200, {'content-type': 'text/xml', 'content-length': Buffer.byteLength(body)}).end(body));
});
server.listen(0, '127.0.0.1', () => console.log('port=' + server.address().port));
process.on('SIGTERM', () => process.exit(0));`;

async function startBareProcess() {
	return startChild(process.execPath, ['-e', BARE_SERVER], (output) => {
		const port = /port=(\d+)/.exec(output)?.[1];
		return port
			? {endpoint: `http://127.0.0.1:${port}`, credentials: {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'bare'}}
			: undefined;
	});
}

function freePort() {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const {port} = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function startMotoProcess() {
	if (spawnSync('moto_server', ['--help'], {stdio: 'ignore'}).status !== 0) return undefined;
	const port = await freePort();
	const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {stdio: 'ignore'});
	// moto prints nothing useful on stdout; poll until it answers a signed request.
	const target = {
		child,
		endpoint: `http://127.0.0.1:${port}`,
		credentials: {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'moto-accepts-anything'},
	};
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			await client(target).send(new GetCallerIdentityCommand({}));
			return target;
		} catch (error) {
			if (Date.now() > deadline || child.exitCode !== null) {
				child.kill('SIGKILL');
				throw new Error(`moto_server did not answer on port ${port}: ${error.message}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
}

function client({endpoint, credentials}) {
	return new STSClient({
		endpoint,
		region: 'us-east-1',
		credentials,
		maxAttempts: 1,
		requestHandler: {httpAgent: new Agent({keepAlive: true, maxSockets: CONCURRENCY})},
	});
}

/** Sends `count` GetCallerIdentity requests from CONCURRENCY loops; resolves with requests per second. */
async function throughput(sts, count) {
	let issued = 0;
	const worker = async () => {
		while (issued < count) {
			issued += 1;
			await sts.send(new GetCallerIdentityCommand({}));
		}
	};
	const started = performance.now();
	await Promise.all(Array.from({length: CONCURRENCY}, worker));
	return count / ((performance.now() - started) / 1000);
}

/**
 * Median requests per second for each target. Rounds alternate between the targets, so that load
 * from anything else on the machine falls on all of them alike.
 */
async function measureAlternating(targets) {
	const clients = targets.map(client);
	for (const sts of clients) await throughput(sts, WARM_UP);
	const rounds = targets.map(() => []);
	for (let round = 0; round < ROUNDS; round++) {
		for (const [index, sts] of clients.entries()) rounds[index].push(await throughput(sts, REQUESTS));
	}
	for (const sts of clients) sts.destroy();
	return rounds.map((values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]);
}

async function withTargets(starters, use) {
	const targets = [];
	try {
		for (const start of starters) targets.push(await start());
		// A target that is not installed (moto) is undefined.
		return await use(targets);
	} finally {
		await Promise.all(targets.filter(Boolean).map((target) => stopChild(target.child)));
	}
}

/** Measures all three; moto is undefined when moto_server is not installed. */
export async function measureSandboxThroughput() {
	const [ceiling, sandbox, moto] = await withTargets(
		[startBareProcess, startSandboxProcess, startMotoProcess],
		async (targets) => {
			const present = targets.filter(Boolean);
			const rates = await measureAlternating(present);
			return targets.map((target) => (target ? rates[present.indexOf(target)] : undefined));
		},
	);
	return {
		requests: REQUESTS,
		rounds: ROUNDS,
		concurrency: CONCURRENCY,
		ceiling,
		sandbox,
		moto,
		ofCeiling: sandbox / ceiling,
		overMoto: moto === undefined ? undefined : sandbox / moto,
		targets: TARGETS,
	};
}

function printTable(result) {
	const rate = (value) =>
		value === undefined ? 'not installed' : `${Math.round(value).toLocaleString('en-US')} req/s`;
	const rows = [
		['bare node:http, fixed answer (client ceiling)', rate(result.ceiling), '100%'],
		[
			'sts-mfa sandbox',
			rate(result.sandbox),
			`${(result.ofCeiling * 100).toFixed(0)}% of ceiling (target >= ${TARGETS.ofCeiling * 100}%)`,
		],
		[
			'moto_server',
			rate(result.moto),
			result.moto === undefined
				? ''
				: `sandbox is ${result.overMoto.toFixed(1)}x moto (target >= ${TARGETS.overMoto}x)`,
		],
	];
	const width = Math.max(...rows.map((row) => row[0].length));
	console.log(
		`GetCallerIdentity, JS SDK STSClient, concurrency ${CONCURRENCY}, ${REQUESTS} requests x ${ROUNDS} rounds (median), after ${WARM_UP} warm-up`,
	);
	for (const [name, value, note] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(14)}  ${note}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const result = await measureSandboxThroughput();
	if (process.argv.includes('--json')) console.log(JSON.stringify(result));
	else printTable(result);
}
