import {type ChildProcess, spawn} from 'node:child_process';
import {tracked} from '../../support/processes.js';

/** What a child process has written so far. */
export function outputOf(child: ChildProcess): {stdout: string; stderr: string} {
	const output = {stdout: '', stderr: ''};
	child.stdout?.on('data', (data: Buffer) => (output.stdout += data.toString()));
	child.stderr?.on('data', (data: Buffer) => (output.stderr += data.toString()));
	return output;
}

/** Reads `export NAME=value` lines (what `sts-mfa sandbox` prints) once all four are there. */
function exportsOf(stdout: string): Record<string, string> | undefined {
	const pairs = [...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1]!, match[2]!] as const);
	return pairs.length >= 4 ? Object.fromEntries(pairs) : undefined;
}

/** Starts the built `sts-mfa sandbox` (tracked, so the test's afterEach stops it) and reads its exports. */
export async function exportedSandbox(): Promise<Record<string, string>> {
	const sandbox = tracked(
		spawn(process.execPath, ['dist/cli.js', 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']}),
	);
	const served = outputOf(sandbox);
	return new Promise<Record<string, string>>((resolve, reject) => {
		sandbox.stdout?.on('data', () => {
			const found = exportsOf(served.stdout);
			if (found) resolve(found);
		});
		sandbox.on('exit', () => reject(new Error(`the sandbox exited: ${served.stderr}`)));
	});
}
