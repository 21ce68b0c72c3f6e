import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/app/app.js';
import type {AwsServices, TraceEntry} from '../../source/aws/types.js';
import {journalLeftovers} from '../../source/commands/leftovers.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario, type RunningScenario} from '../../source/scenario/runner.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {journalDocument, writeJournal} from '../cleanup/journals.js';
import {eventually} from './fixtures.js';
import {inAct} from './render-app.js';
import {adminServices} from '../support/sandbox.js';
import {setLanguage} from '../../source/words/language.js';
import {englishWords} from './english-words.js';

/*
 * The start-up offer against a real (in-process) endpoint: an earlier run left a user with an
 * access key under /sts-mfa/; the dashboard lists it, y deletes it, and the demo goes on.
 */

let sandbox: RunningSandbox;
let admin: AwsServices;
let journals: string;

beforeAll(async () => {
	sandbox = await startSandbox({port: 0});
	admin = await adminServices(sandbox);
	journals = await mkdtemp(path.join(tmpdir(), 'sts-mfa-offer-'));
});

afterAll(async () => {
	await sandbox?.stop();
	await rm(journals, {recursive: true, force: true});
});

afterEach(() => {
	cleanup();
	setLanguage('en');
});

/** The journal a run killed on this machine before its teardown leaves, naming its user. */
async function journalOf(runId: string, userName: string): Promise<void> {
	await writeJournal(
		journals,
		journalDocument(runId, [['created', 'user', userName]], {
			target: {kind: 'endpoint', region: sandbox.region, endpoint: sandbox.endpoint},
			account: sandbox.accountId,
		}),
	);
}

/** What a run killed before its teardown leaves: a tagged user under the demo path, with a key, and its journal. */
async function leaveBehind(userName: string, runId = userName.replace('sts-mfa-demo-', '')): Promise<string> {
	await admin.iam().createUser({
		userName,
		path: '/sts-mfa/',
		tags: [
			{key: 'sts-mfa:run', value: runId},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		],
	});
	await journalOf(runId, userName);
	return (await admin.iam().createAccessKey(userName)).accessKeyId;
}

/** The dashboard as `sts-mfa --endpoint URL` wires it. */
function startDashboard(size: {columns: number; rows: number}) {
	const target = {kind: 'endpoint' as const, region: sandbox.region, endpoint: sandbox.endpoint};
	const options = {
		autoMfa: false,
		assumeYes: false,
		autoAdvance: false,
		propagationTimeoutMs: 20_000,
		lookForLeftovers: true,
	};
	let scenario: RunningScenario | undefined;
	const services = adminServices(sandbox, (entry: TraceEntry) => scenario?.recordTrace(entry));
	const leftovers = journalLeftovers({
		target,
		services: async () => ({iam: (await services).iam(), roles: (await services).roles()}),
		dir: journals,
	});
	scenario = createScenario({state: initialState(target, options, demoNames(newRunId())), services, leftovers});
	const running = scenario;
	const app = render(<App controller={running} columns={size.columns} rows={size.rows} />);
	const press = (key: string) =>
		inAct(async () => {
			app.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
	const frameShows = (text: string) =>
		eventually(() => {
			const frame = app.lastFrame() ?? '';
			if (!frame.includes(text)) throw new Error(`no "${text}" in:\n${frame}`);
			return frame;
		}, 15_000);
	const phaseIs = (check: (state: ScenarioState) => boolean) =>
		eventually(() => {
			const state = running.getState();
			if (!check(state)) throw new Error(`still ${JSON.stringify(state.phase)}`);
			return state;
		}, 15_000);
	return {scenario: running, press, frameShows, phaseIs};
}

async function userExists(userName: string): Promise<boolean> {
	return (await admin.iam().listUsers('/sts-mfa/')).some((user) => user.userName === userName);
}

describe('leftovers of earlier runs at start', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`are listed at ${columns}x${rows}; y deletes them and the demo goes on to the confirmation`, async () => {
			const userName = `sts-mfa-demo-left${columns}`;
			const keyId = await leaveBehind(userName);
			const run = startDashboard({columns, rows});

			const offer = await run.frameShows('Delete them first? y / n');
			expect(offer).toContain('Earlier runs left these 2 behind');
			expect(offer).toContain(`user ${userName}`);
			expect(offer).toContain(`access key ${keyId}`);
			expect(offer).toMatch(/y delete them\s+n keep them/);
			expect(await userExists(userName)).toBe(true);

			await run.press('y');
			await run.phaseIs((state) => state.phase.kind === 'confirm');
			const confirm = await run.frameShows('Create them?');
			expect(confirm).toContain('Deleted the 2 resources earlier runs left');
			expect(await userExists(userName)).toBe(false);

			await run.press('n');
			expect(await run.scenario.done).toBe(1);
			expect(await admin.iam().listUsers('/sts-mfa/')).toEqual([]);
		});
	}

	it('n keeps them and the demo goes on', async () => {
		const userName = 'sts-mfa-demo-keepme';
		await leaveBehind(userName);
		const run = startDashboard({columns: 80, rows: 24});
		await run.frameShows('Delete them first? y / n');
		await run.press('n');
		const confirm = await run.frameShows('Create them?');
		expect(confirm).toContain("'sts-mfa cleanup' deletes them later");
		expect(await userExists(userName)).toBe(true);
		await run.press('n');
		await run.scenario.done;
		await admin
			.iam()
			.deleteAccessKey({userName, accessKeyId: (await admin.iam().listAccessKeys(userName))[0]!.accessKeyId});
		await admin.iam().deleteUser(userName);
	});

	// A single leftover is "it" ("isso"); in Portuguese nothing on the offer is left in English.
	for (const {language, question, heading, noun, confirm} of [
		{
			language: 'en',
			question: 'Delete it first? y / n',
			heading: 'Earlier runs left this behind:',
			noun: 'IAM user',
			confirm: 'Create them?',
		},
		{
			language: 'pt-BR',
			question: 'Excluir isso antes? y / n',
			heading: 'Ficou 1 recurso de uma execução anterior:',
			noun: 'usuário do IAM',
			confirm: 'Criar? Enter ou y para continuar',
		},
	] as const) {
		it(`speak of a single leftover as one thing, --lang ${language}`, async () => {
			setLanguage(language);
			const userName = `sts-mfa-demo-single-${language.toLowerCase()}`;
			await admin
				.iam()
				.createUser({userName, path: '/sts-mfa/', tags: [{key: 'sts-mfa:created-by', value: 'sts-mfa'}]});
			await journalOf(`single-${language}`, userName);
			const run = startDashboard({columns: 80, rows: 24});
			const offer = await run.frameShows(question);
			expect(offer).toContain(heading);
			expect(offer).toContain(`${noun} ${userName}`);
			if (language === 'pt-BR') expect(englishWords([offer])).toEqual([]);
			await run.press('y');
			await run.frameShows(confirm);
			expect(await userExists(userName)).toBe(false);
			await run.press('n');
			await run.scenario.done;
		});
	}

	it('are not offered when there are none — and a run no journal here names, maybe live elsewhere, is none of ours', async () => {
		const userName = 'sts-mfa-demo-elsewhere';
		await admin.iam().createUser({
			userName,
			path: '/sts-mfa/',
			tags: [
				{key: 'sts-mfa:run', value: 'elsewhere'},
				{key: 'sts-mfa:created-by', value: 'sts-mfa'},
			],
		});
		const run = startDashboard({columns: 80, rows: 24});
		await run.phaseIs((state) => state.phase.kind === 'confirm');
		const frame = await run.frameShows('Create them?');
		expect(frame).not.toContain('Earlier runs left');
		await run.press('n');
		await run.scenario.done;
		expect(await userExists(userName)).toBe(true);
		await admin.iam().deleteUser(userName);
	});

	it("name an assume-role run's role and managed policy; y detaches and deletes them", async () => {
		const runId = 'roleleft';
		const tags = [
			{key: 'sts-mfa:run', value: runId},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		];
		const roles = admin.roles();
		const document = JSON.stringify({
			Version: '2012-10-17',
			Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'}],
		});
		const policy = await roles.createPolicy({
			policyName: `sts-mfa-list-buckets-${runId}`,
			path: '/sts-mfa/',
			document,
			tags,
		});
		const roleName = `sts-mfa-demo-${runId}`;
		const trustPolicy = JSON.stringify({
			Version: '2012-10-17',
			Statement: [
				{Effect: 'Allow', Principal: {AWS: `arn:aws:iam::${sandbox.accountId}:root`}, Action: 'sts:AssumeRole'},
			],
		});
		await roles.createRole({roleName, path: '/sts-mfa/', trustPolicy, tags});
		await roles.attachRolePolicy({roleName, policyArn: policy.arn});
		await writeJournal(
			journals,
			journalDocument(
				runId,
				[
					['created', 'managedPolicy', policy.arn],
					['created', 'role', roleName],
				],
				{target: {kind: 'endpoint', region: sandbox.region, endpoint: sandbox.endpoint}, account: sandbox.accountId},
			),
		);
		const run = startDashboard({columns: 120, rows: 40});
		const offer = await run.frameShows('Delete them first? y / n');
		expect(offer).toContain('Earlier runs left these 2 behind');
		expect(offer).toContain(`role ${roleName}`);
		expect(offer).toContain(`managed policy ${policy.policyName}`);
		await run.press('y');
		const confirm = await run.frameShows('Create them?');
		expect(confirm).toContain('Deleted the 2 resources earlier runs left');
		expect(await roles.listRoles('/')).toEqual([]);
		expect(await roles.listPolicies('/')).toEqual([]);
		await run.press('n');
		await run.scenario.done;
	});
});
