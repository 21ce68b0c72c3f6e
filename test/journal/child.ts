import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {tracked} from '../support/processes.js';
import {readUntil} from '../support/wait-until.js';

let bundled: Promise<string> | undefined;
let bundleDir: string | undefined;

/** For afterAll: removes the bundled writer. */
export async function removeWriterScript(): Promise<void> {
	await bundled?.catch(() => undefined);
	bundled = undefined;
	if (bundleDir !== undefined) await rm(bundleDir, {recursive: true, force: true});
	bundleDir = undefined;
}

/** The writer fixture as one plain-JS file node can run in a fresh process. */
export function writerScript(): Promise<string> {
	bundled ??= (async () => {
		const outdir = await mkdtemp(path.join(os.tmpdir(), 'sts-mfa-writer-'));
		bundleDir = outdir;
		const outfile = path.join(outdir, 'writer.mjs');
		await build({
			entryPoints: [fileURLToPath(new URL('fixtures/journal-writer.ts', import.meta.url))],
			outfile,
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			banner: {
				// As in scripts/build.mjs: write-file-atomic is CommonJS and reads require and __filename.
				js: "import {createRequire} from 'node:module'; import {fileURLToPath} from 'node:url'; const require = createRequire(import.meta.url); const __filename = fileURLToPath(import.meta.url);",
			},
			logLevel: 'warning',
		});
		return outfile;
	})();
	return bundled;
}

export interface Writer {
	readonly child: ChildProcess;
	/** Resolves when stdout has printed a line for which `test` is true. */
	waitForLine(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
	exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

export async function startWriter(env: {
	JOURNAL_DIR: string;
	JOURNAL_RUN_ID: string;
	JOURNAL_MODE: 'crash' | 'live' | 'loop';
}): Promise<Writer> {
	const child = tracked(
		spawn(process.execPath, [await writerScript()], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']}),
	);
	const lines: string[] = [];
	let buffer = '';
	child.stdout!.on('data', (chunk: Buffer) => {
		buffer += chunk.toString();
		const parts = buffer.split('\n');
		buffer = parts.pop()!;
		lines.push(...parts);
	});
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
		child.on('exit', (code, signal) => resolve({code, signal})),
	);
	const waitForLine = async (test: (line: string) => boolean, timeoutMs = 15_000): Promise<string> => {
		const found = await readUntil(
			() => lines.find(test),
			(line) => line !== undefined || child.exitCode !== null,
			{timeoutMs, intervalMs: 10},
		);
		if (found === undefined) throw new Error(`writer never printed the expected line; stderr: ${stderr}`);
		return found;
	};
	return {child, waitForLine, exited};
}
