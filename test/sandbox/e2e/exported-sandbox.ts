import {type ChildProcess, spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
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

/**
 * Runs one of this folder's Python scripts against the sandbox the exports describe (its
 * STS_MFA_* variables), with `env` besides; answers its exit code and output once it exits.
 */
export async function runScript(
	script: string,
	exports: Record<string, string>,
	env: NodeJS.ProcessEnv = process.env,
): Promise<{code: number | null; stdout: string; stderr: string}> {
	const child = tracked(
		spawn('python3', [script], {
			cwd: fileURLToPath(new URL('.', import.meta.url)),
			env: {
				...env,
				// The scripts import one another: no __pycache__ left in the source tree.
				PYTHONDONTWRITEBYTECODE: '1',
				STS_MFA_ENDPOINT: exports.AWS_ENDPOINT_URL!,
				STS_MFA_ACCESS_KEY_ID: exports.AWS_ACCESS_KEY_ID!,
				STS_MFA_SECRET_ACCESS_KEY: exports.AWS_SECRET_ACCESS_KEY!,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	const output = outputOf(child);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {code, ...output};
}

/** The script's last lines of standard error beside its exit code, so a failure shows why. */
export function exitOf(run: {code: number | null; stderr: string}): {code: number | null; stderr: string} {
	return {code: run.code, stderr: run.stderr.split('\n').slice(-12).join('\n')};
}
