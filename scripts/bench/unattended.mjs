// The whole demo unattended (`--plain --auto-mfa --yes`) against the embedded sandbox: wall time and
// peak RSS of one run. /usr/bin/time reports the peak (getrusage's ru_maxrss of the child) at a cost
// of one fork; where it is missing, a preloaded module reads the same figure from inside the process.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

const TIME = '/usr/bin/time';
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

export async function unattendedRun(cli, env) {
	const args = [cli, '--plain', '--auto-mfa', '--yes'];
	const [command, argv] = existsSync(TIME)
		? [TIME, ['-f', 'maxrss-kb %M', process.execPath, ...args]]
		: [process.execPath, ['--import', REPORT_MAX_RSS, ...args]];
	const startedAt = performance.now();
	const child = spawn(command, argv, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (data) => {
		stdout += data;
	});
	child.stderr.on('data', (data) => {
		stderr += data;
	});
	// A run that hangs must not hang the benchmark: the target is 1 s, so 30 s is plainly a failure.
	const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
	const code = await new Promise((resolve) => {
		child.on('exit', (exitCode, signal) => resolve(signal ? `killed after 30 s (${signal})` : exitCode));
	});
	clearTimeout(timer);
	const ms = performance.now() - startedAt;
	const kb = Number(/maxrss-kb (\d+)/.exec(stderr)?.[1]);
	if (code !== 0)
		throw new Error(`the unattended demo exited with ${code}:\n${stdout.slice(-1500)}\n${stderr.slice(-1500)}`);
	return {ms, rssMb: kb / 1024};
}
