import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {IAMClient, SimulateCustomPolicyCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	backtrackingSimulation,
	broadPages,
	broadPolicy,
	probedWhile,
	standaloneSandbox,
} from '../../../scripts/bench/worst-requests.mjs';
import {stopChildren, tracked} from '../../support/processes.js';

/*
 * One request must not stall every other client. Measured before: SimulateCustomPolicy with 499
 * actions × 498 resources × 150 statements took 60 s, and 100 StringLike patterns × 100 values of
 * 1 KB 28 s, with every other client waiting. This proves the work is bounded (pages with a
 * Marker, a clear refusal) and that other clients are answered meanwhile; how long they wait is
 * a figure of `npm run bench` (scripts/bench/stall.mjs, the same requests), not of a test.
 */

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

describe('no single request stalls the other clients', () => {
	let iam: IAMClient;
	let sts: STSClient;

	beforeAll(async () => {
		if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
		const sandbox = await standaloneSandbox(cli);
		tracked(sandbox.child);
		const config = {endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, maxAttempts: 1};
		iam = new IAMClient(config);
		sts = new STSClient(config);
		await sts.send(new GetCallerIdentityCommand({}));
		await iam.send(new SimulateCustomPolicyCommand({PolicyInputList: [broadPolicy()], ActionNames: ['s3:GetObject']}));
	}, 60_000);
	afterAll(stopChildren);

	it('answers SimulateCustomPolicy 499 actions × 498 resources × 150 statements a page at a time', async () => {
		expect(broadPolicy().length).toBeGreaterThan(60_000);
		const work = broadPages(iam);
		const probes = await probedWhile(sts, work);
		const pages = await work;
		expect(pages.every((page) => page.marker !== undefined && page.results > 0)).toBe(true);
		// The pages follow on: each starts where the one before ended.
		expect(new Set(pages.slice(1).map((page) => page.marker)).size).toBe(4);
		expect(probes.length).toBeGreaterThan(0);
	}, 120_000);

	it('refuses 100 backtracking StringLike patterns × 100 values of 1 KB with a clear error', async () => {
		const work = iam.send(new SimulateCustomPolicyCommand(backtrackingSimulation())).then(
			() => undefined,
			(error: {name: string; message: string; $metadata?: {httpStatusCode?: number}}) => error,
		);
		const probes = await probedWhile(sts, work);
		const error = await work;
		expect({name: error?.name, status: error?.$metadata?.httpStatusCode}).toEqual({
			name: 'InvalidInputException',
			status: 400,
		});
		expect(error?.message).toContain('work budget for one request');
		expect(probes.length).toBeGreaterThan(0);
	}, 120_000);
});
