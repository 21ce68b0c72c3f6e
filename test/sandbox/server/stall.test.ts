import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {IAMClient, SimulateCustomPolicyCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {stopChildren, tracked} from '../../support/processes.js';

/*
 * One request must not stall every other client. Measured before: SimulateCustomPolicy with 499
 * actions × 498 resources × 150 statements took 60 s, and 100 StringLike patterns × 100 values of
 * 1 KB 28 s, with every other client waiting. The sandbox runs as its own process (the built CLI)
 * so that only its event loop is measured; GetCallerIdentity is probed the whole time the worst
 * requests run. The bound is generous for a loaded two-core machine and still far below the
 * tens of seconds an unbounded request takes.
 */

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const PROBE_BOUND_MS = 1_500;

interface Sandbox {
	readonly endpoint: string;
	readonly credentials: {accessKeyId: string; secretAccessKey: string};
}

async function standaloneSandbox(): Promise<Sandbox> {
	const child = tracked(spawn(process.execPath, [cli, 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']}));
	let out = '';
	const exports = await new Promise<Record<string, string>>((resolve, reject) => {
		child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
		child.stdout!.on('data', (data: Buffer) => {
			out += data.toString();
			const found = Object.fromEntries(
				[...out.matchAll(/^export (\w+)=(\S+)$/gm)].map((match) => [match[1], match[2]]),
			);
			if (found.AWS_ENDPOINT_URL && found.AWS_SECRET_ACCESS_KEY && found.AWS_DEFAULT_REGION) resolve(found);
		});
	});
	return {
		endpoint: exports.AWS_ENDPOINT_URL!,
		credentials: {accessKeyId: exports.AWS_ACCESS_KEY_ID!, secretAccessKey: exports.AWS_SECRET_ACCESS_KEY!},
	};
}

/** Probes GetCallerIdentity one after another until `work` settles; the slowest answer and how many. */
async function probedWhile(sts: STSClient, work: Promise<unknown>): Promise<{slowestMs: number; probes: number}> {
	let done = false;
	const settled = work.finally(() => {
		done = true;
	});
	let slowestMs = 0;
	let probes = 0;
	while (!done) {
		const started = performance.now();
		await sts.send(new GetCallerIdentityCommand({}));
		slowestMs = Math.max(slowestMs, performance.now() - started);
		probes++;
	}
	await settled;
	return {slowestMs, probes};
}

/** 150 statements, about 71 KB: actions and resources with wildcards, so each statement is work. */
function broadPolicy(): string {
	const statements = Array.from({length: 150}, (_, index) => ({
		Sid: `S${index}`,
		Effect: index % 7 === 0 ? 'Deny' : 'Allow',
		Action: [
			`s3:Get*Object${index}*`,
			`s3:Put*Object${index}*`,
			`iam:*User${index}`,
			`sts:*Session${index}*`,
			`ec2:Describe*${index}`,
			`kms:*Key${index}*`,
		],
		Resource: [
			`arn:aws:s3:::bucket-${index}-*/*/key*${index}*`,
			`arn:aws:iam::*:user/*team*${index}*`,
			`arn:aws:s3:::*-${index}/*/*/*`,
			`arn:aws:kms:*:*:key/*${index}*`,
		],
		Condition: {
			StringLike: {'aws:PrincipalTag/team': [`*${index}*`, `team-*-${index}`, `*-${index}-*`, `${index}*`]},
			ArnLike: {'aws:PrincipalArn': [`arn:aws:iam::*:user/*${index}`, `arn:aws:iam::*:role/*${index}*`]},
		},
	}));
	return JSON.stringify({Version: '2012-10-17', Statement: statements});
}

/** Built to backtrack: many stars before a late mismatch, about 1 KB each. */
function backtrackingPolicy(): string {
	const patterns = Array.from({length: 100}, (_, index) => `${'*a'.repeat(480)}*b${index}`);
	return JSON.stringify({
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: 's3:*',
				Resource: '*',
				Condition: {'ForAnyValue:StringLike': {'aws:RequestTag/x': patterns}},
			},
		],
	});
}

describe('no single request stalls the other clients', () => {
	let sandbox: Sandbox;
	let iam: IAMClient;
	let sts: STSClient;

	beforeAll(async () => {
		if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
		sandbox = await standaloneSandbox();
		const config = {endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, maxAttempts: 1};
		iam = new IAMClient(config);
		sts = new STSClient(config);
		// Warm both ends up (the clients' first call, the sandbox's first simulation): only the
		// worst requests' own cost is measured below.
		await sts.send(new GetCallerIdentityCommand({}));
		await iam.send(new SimulateCustomPolicyCommand({PolicyInputList: [broadPolicy()], ActionNames: ['s3:GetObject']}));
	}, 60_000);
	afterAll(stopChildren);

	it('answers SimulateCustomPolicy 499 actions × 498 resources × 150 statements a page at a time', async () => {
		const policy = broadPolicy();
		expect(policy.length).toBeGreaterThan(60_000);
		const request = (actions: number, resources: number) => ({
			PolicyInputList: [policy],
			ActionNames: Array.from({length: actions}, (_, index) => `s3:GetObject${index}`),
			ResourceArns: Array.from({length: resources}, (_, index) => `arn:aws:s3:::bucket-${index}-data/a/b/key-${index}`),
		});
		const pages: Array<{results: number; marker?: string}> = [];
		const work = (async () => {
			// The request as it was reported (1,000 parameters, the most the sandbox reads)…
			const first = await iam.send(new SimulateCustomPolicyCommand(request(499, 498)));
			pages.push({results: first.EvaluationResults?.length ?? 0, marker: first.Marker});
			// …then pages followed as a paginator does (one action and one resource fewer, to leave
			// room for MaxItems and Marker); each page is one bounded request.
			let Marker: string | undefined;
			for (let page = 0; page < 4; page++) {
				const answer = await iam.send(new SimulateCustomPolicyCommand({...request(498, 497), MaxItems: 1000, Marker}));
				pages.push({results: answer.EvaluationResults?.length ?? 0, marker: answer.Marker});
				Marker = answer.Marker;
			}
		})();
		const {slowestMs, probes} = await probedWhile(sts, work);
		expect(pages.every((page) => page.marker !== undefined && page.results > 0)).toBe(true);
		// The pages follow on: each starts where the one before ended.
		expect(new Set(pages.slice(1).map((page) => page.marker)).size).toBe(4);
		expect(probes).toBeGreaterThan(0);
		expect(slowestMs).toBeLessThan(PROBE_BOUND_MS);
	}, 120_000);

	it('refuses 100 backtracking StringLike patterns × 100 values of 1 KB with a clear error, at once', async () => {
		const work = iam
			.send(
				new SimulateCustomPolicyCommand({
					PolicyInputList: [backtrackingPolicy()],
					ActionNames: ['s3:ListAllMyBuckets'],
					ContextEntries: [
						{
							ContextKeyName: 'aws:RequestTag/x',
							ContextKeyType: 'stringList',
							ContextKeyValues: Array.from({length: 100}, () => 'a'.repeat(1024)),
						},
					],
				}),
			)
			.then(
				() => undefined,
				(error: {name: string; message: string; $metadata?: {httpStatusCode?: number}}) => error,
			);
		const {slowestMs} = await probedWhile(sts, work);
		const error = await work;
		expect({name: error?.name, status: error?.$metadata?.httpStatusCode}).toEqual({
			name: 'InvalidInputException',
			status: 400,
		});
		expect(error?.message).toContain('work budget for one request');
		expect(slowestMs).toBeLessThan(PROBE_BOUND_MS);
	}, 120_000);
});
