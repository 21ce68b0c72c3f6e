import {execFile} from 'node:child_process';
import {readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {RunReport} from '../../source/plain/report.js';
import {ScratchDirs} from '../support/scratch.js';
import {ROOT} from './support/build.js';

/*
 * sts-mfa as someone gets it from a registry: `npm pack` on the repository (which builds), the
 * tarball installed into a prefix of its own, the command run from another directory. npm works
 * offline here: an installed sts-mfa has no dependencies to fetch.
 */

const scratch = new ScratchDirs();
let work: string;
let tarball: string;
let prefix: string;

interface Finished {
	readonly status: number;
	readonly stdout: string;
	readonly stderr: string;
}

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Finished> {
	return new Promise((resolve) => {
		execFile(
			file,
			args,
			{cwd, env: {...process.env, npm_config_cache: join(work, 'npm-cache'), ...env}, encoding: 'utf8'},
			(error, stdout, stderr) => resolve({status: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
		);
	});
}

async function sizeOf(path: string): Promise<number> {
	const info = await stat(path);
	if (!info.isDirectory()) return info.size;
	const entries = await readdir(path);
	const sizes = await Promise.all(entries.map((entry) => sizeOf(join(path, entry))));
	return sizes.reduce((sum, size) => sum + size, 0);
}

beforeAll(async () => {
	work = await scratch.make('sts-mfa-package-');
	// Under the build lock: packing rebuilds dist/, which other test files copy from.
	const lock = join(ROOT, 'node_modules', '.sts-mfa-build.lock');
	const packed = await run('flock', [lock, 'npm', 'pack', '--pack-destination', work, '--json'], ROOT);
	expect(packed.status, packed.stderr).toBe(0);
	const [{filename}] = JSON.parse(packed.stdout) as [{filename: string}];
	tarball = join(work, filename);
	prefix = join(work, 'prefix');
	const installed = await run(
		'npm',
		['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
		work,
	);
	expect(installed.status, installed.stderr).toBe(0);
}, 120_000);
afterAll(() => scratch.removeAll());

describe('the package as installed from its tarball', () => {
	it('holds the built CLI and is small: the libraries are bundled, not installed', async () => {
		const installedAt = join(prefix, 'lib', 'node_modules', 'sts-mfa');
		expect((await stat(join(installedAt, 'dist', 'cli.js'))).isFile()).toBe(true);
		expect(await readdir(join(prefix, 'lib', 'node_modules'))).toEqual(['sts-mfa']);
		expect(await sizeOf(installedAt)).toBeLessThan(15 * 1024 * 1024);
	});

	it('answers --version and --help from another directory', async () => {
		const elsewhere = await scratch.make('sts-mfa-elsewhere-');
		const version = await run(join(prefix, 'bin', 'sts-mfa'), ['--version'], elsewhere);
		expect(version).toMatchObject({status: 0, stdout: expect.stringMatching(/^sts-mfa \d+\.\d+\.\d+\n$/)});
		const help = await run(join(prefix, 'bin', 'sts-mfa'), ['--help'], elsewhere);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('sts-mfa sandbox');
	});

	it('runs the unattended demo from another directory, proves its point and leaves nothing', async () => {
		const elsewhere = await scratch.make('sts-mfa-elsewhere-');
		const demo = await run(join(prefix, 'bin', 'sts-mfa'), ['--plain', '--auto-mfa', '--yes', '--json'], elsewhere, {
			HOME: elsewhere,
			NO_COLOR: '1',
		});
		expect(demo.status, demo.stderr).toBe(0);
		expect(JSON.parse(demo.stdout) as RunReport).toMatchObject({proved: true, teardownCompleted: true, leftBehind: []});
	});

	it('runs with npx straight from the tarball', async () => {
		const elsewhere = await scratch.make('sts-mfa-elsewhere-');
		const npx = await run('npx', ['--yes', '--offline', '--package', tarball, 'sts-mfa', '--version'], elsewhere);
		expect(npx).toMatchObject({status: 0, stdout: expect.stringMatching(/^sts-mfa \d+\.\d+\.\d+\n$/)});
	});
});
