import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../e2e/support/build.js';

/*
 * What someone who clones the repository, packs it or installs it meets before any code runs:
 * the licence the package declares, a clean `git status` after `npm pack`, and an `npm install`
 * without npm's warning about install scripts nobody reviewed.
 */

interface Finished {
	readonly status: number;
	readonly stdout: string;
	readonly stderr: string;
}

function run(file: string, args: string[]): Promise<Finished> {
	return new Promise((resolve) => {
		execFile(file, args, {cwd: ROOT, encoding: 'utf8'}, (error, stdout, stderr) =>
			resolve({status: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
		);
	});
}

describe('the repository as a newcomer meets it', () => {
	it('has the MIT licence that package.json declares', async () => {
		const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {license: string};
		expect(manifest.license).toBe('MIT');
		const licence = await readFile(join(ROOT, 'LICENSE'), 'utf8');
		expect(licence).toMatch(/^MIT License\n/);
		expect(licence).toContain('Permission is hereby granted, free of charge');
	});

	it('ignores the tarball that `npm pack` leaves in the working tree', async () => {
		const ignored = await run('git', ['check-ignore', '--no-index', 'sts-mfa-0.1.0.tgz']);
		expect(ignored).toMatchObject({status: 0, stdout: 'sts-mfa-0.1.0.tgz\n'});
	});

	it('has reviewed every dependency install script, so `npm install` prints no warning about them', async () => {
		const pending = await run('npm', ['approve-scripts', '--allow-scripts-pending']);
		expect(pending.status, pending.stderr).toBe(0);
		expect(pending.stdout).toContain('No packages with unreviewed install scripts.');
	});
});
