// `sts-mfa check` on the embedded engine: 200 principals × 50 actions × 4 ways of signing (40,000
// evaluations, the figure), timed end to end through runCheck (action sets, cells, findings).
// The engine is not part of dist/'s interface, so the entry below is bundled from source first,
// with the catalogue read from its package, as the build embeds it.
import {mkdirSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const ENTRY = `
import {loadCatalogue} from './source/check/catalogue.js';
import {givenActionSet} from './source/check/actions.js';
import {embeddedEvaluator} from './source/check/engine.js';
import {runCheck} from './source/check/run-check.js';
export {loadCatalogue, givenActionSet, embeddedEvaluator, runCheck};
`;

const PRINCIPALS = 200;
const ACTIONS = 50;

/** A force-MFA-like policy whose allowed actions vary from principal to principal. */
function policyFor(index, actions) {
	const allowed = actions.filter((_, at) => (at + index) % 3 !== 0);
	return JSON.stringify({
		Version: '2012-10-17',
		Statement: [
			{Sid: 'Work', Effect: 'Allow', Action: allowed, Resource: '*'},
			{
				Sid: 'Own',
				Effect: 'Allow',
				Action: ['iam:CreateAccessKey', 'iam:DeactivateMFADevice'],
				Resource: 'arn:aws:iam::*:user/${aws:username}',
			},
			{
				Sid: 'NoMfaNoWork',
				Effect: 'Deny',
				NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'sts:GetSessionToken'],
				Resource: '*',
				Condition: {[index % 2 === 0 ? 'BoolIfExists' : 'Bool']: {'aws:MultiFactorAuthPresent': 'false'}},
			},
		],
	});
}

export async function checkEngineRows() {
	mkdirSync('node_modules/.cache/sts-mfa-bench', {recursive: true});
	const outfile = 'node_modules/.cache/sts-mfa-bench/check-engine.mjs';
	await build({
		stdin: {contents: ENTRY, resolveDir: '.', loader: 'ts'},
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		outfile,
		logLevel: 'warning',
	});
	const engine = await import(pathToFileURL(outfile).href);
	const catalogue = await engine.loadCatalogue();
	const names = [...catalogue.actionsOf('s3'), ...catalogue.actionsOf('iam')]
		.filter((_, at) => at % 7 === 0)
		.slice(0, ACTIONS);
	const actions = engine.givenActionSet(catalogue, names);
	const principals = Array.from({length: PRINCIPALS}, (_, index) => ({
		kind: 'user',
		name: `user-${index}`,
		arn: `arn:aws:iam::123456789012:user/user-${index}`,
		accountId: '123456789012',
		policies: [{id: `policy-${index}`, kind: 'inline', text: policyFor(index, names)}],
		credentials: {mfaDevices: 1, activeAccessKeys: 1, passwordEnabled: false},
	}));
	const startedAt = performance.now();
	const report = await engine.runCheck({
		catalogue,
		principals,
		actions,
		evaluator: engine.embeddedEvaluator(catalogue, []),
		target: {kind: 'offline'},
	});
	const ms = performance.now() - startedAt;
	const cells = report.principals.reduce((sum, entry) => sum + entry.cells.length, 0);
	return [
		{
			name: 'check: 200 principals × 50 actions × 4 ways',
			value: ms,
			unit: 'ms',
			target: '<= 10,000 ms',
			pass: ms <= 10_000 && cells === PRINCIPALS * ACTIONS * 4,
			note: `${cells.toLocaleString('en-US')} cells on the embedded engine, with the findings`,
		},
	];
}
