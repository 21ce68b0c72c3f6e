// How long other clients wait while the sandbox answers the worst requests it is sent (issue 21,
// point 15: no single request may block the others for more than about 100 ms). The built CLI's
// `sts-mfa sandbox` serves; this process probes GetCallerIdentity one call after another while
// the broad simulator pages and the backtracking request run. Runs alone too:
// `node scripts/bench/stall.mjs` after a build.
import {IAMClient, SimulateCustomPolicyCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {pathToFileURL} from 'node:url';
import {formatTable, median} from './table.mjs';
import {backtrackingSimulation, broadPages, broadPolicy, probedWhile, standaloneSandbox} from './worst-requests.mjs';

const TARGET_MS = 100;

export async function stallRows(cli) {
	const sandbox = await standaloneSandbox(cli);
	try {
		const config = {endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, maxAttempts: 1};
		const iam = new IAMClient(config);
		const sts = new STSClient(config);
		// Both ends warmed up: only the worst requests' own cost is measured.
		for (let i = 0; i < 20; i++) await sts.send(new GetCallerIdentityCommand({}));
		await iam.send(new SimulateCustomPolicyCommand({PolicyInputList: [broadPolicy()], ActionNames: ['s3:GetObject']}));
		const quiet = await probedWhile(sts, new Promise((resolve) => setTimeout(resolve, 1000)));
		const broad = await probedWhile(sts, broadPages(iam));
		const backtracking = await probedWhile(
			sts,
			iam.send(new SimulateCustomPolicyCommand(backtrackingSimulation())).catch(() => undefined),
		);
		const worst = Math.max(...broad, ...backtracking);
		const note = (times) => `${times.length} probes, median ${median(times).toFixed(0)} ms`;
		return [
			{name: 'GetCallerIdentity, nothing else running', value: median(quiet), unit: 'ms', note: note(quiet)},
			{
				name: 'slowest answer meanwhile: simulator pages',
				value: Math.max(...broad),
				unit: 'ms',
				target: `<= ${TARGET_MS} ms`,
				pass: Math.max(...broad) <= TARGET_MS,
				note: `499 actions × 498 ARNs × 150 statements, 5 pages; ${note(broad)}`,
			},
			{
				name: 'slowest answer meanwhile: backtracking patterns',
				value: Math.max(...backtracking),
				unit: 'ms',
				target: `<= ${TARGET_MS} ms`,
				pass: Math.max(...backtracking) <= TARGET_MS,
				note: `100 StringLike patterns × 100 values of 1 KB; ${note(backtracking)}; worst of both ${worst.toFixed(0)} ms`,
			},
		];
	} finally {
		sandbox.child.kill('SIGINT');
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
	console.log(formatTable(await stallRows('dist/cli.js')));
}
