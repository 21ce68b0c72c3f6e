import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {IamRoleService, Tag} from '../../source/aws/types.js';
import {
	type CleanupServices,
	countLeftovers,
	type DeletionProgress,
	deleteLeftovers,
	describeLeftovers,
	describeProgress,
	findLeftovers,
} from '../../source/journal/index.js';
import {splitByRule} from '../../source/journal/untracked.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {journalDocument} from './journals.js';
import {adminServices} from '../support/sandbox.js';

/*
 * assume-role's role and managed policy, as cleanup finds and deletes them: against the embedded
 * sandbox through the real SDK adapters, so ListRoleTags and ListPolicyTags are answered as IAM does.
 */

let sandbox: RunningSandbox;
let services: CleanupServices;
let roles: IamRoleService;

const HOUR = 60 * 60 * 1000;
const tagsOf = (runId: string): Tag[] => [
	{key: 'sts-mfa:run', value: runId},
	{key: 'sts-mfa:created-by', value: 'sts-mfa'},
];
const LIST_BUCKETS = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'}],
});

beforeAll(async () => {
	sandbox = await startSandbox();
	const aws = await adminServices(sandbox);
	services = {iam: aws.iam(), roles: aws.roles()};
	roles = services.roles;
});

afterAll(async () => sandbox?.stop());

/** Each test starts from an account without roles or managed policies. */
beforeEach(async () => {
	for (const role of await roles.listRoles('/')) {
		for (const policyArn of await roles.listAttachedRolePolicies(role.roleName))
			await roles.detachRolePolicy({roleName: role.roleName, policyArn});
		await roles.deleteRole(role.roleName);
	}
	for (const policy of await roles.listPolicies('/')) await roles.deletePolicy(policy.arn);
});

/** What assume-role's createRole step makes: the managed policy, the role trusting the account, the attachment. */
async function leaveRoleBehind(runId: string, tags: Tag[] = tagsOf(runId), path = '/sts-mfa/') {
	const roleName = `sts-mfa-demo-${runId}-role`;
	const policyName = `sts-mfa-demo-${runId}-list-buckets`;
	const policy = await roles.createPolicy({policyName, path, document: LIST_BUCKETS, tags});
	const trustPolicy = JSON.stringify({
		Version: '2012-10-17',
		Statement: [
			{Effect: 'Allow', Principal: {AWS: `arn:aws:iam::${sandbox.accountId}:root`}, Action: 'sts:AssumeRole'},
		],
	});
	await roles.createRole({roleName, path, trustPolicy, tags});
	await roles.attachRolePolicy({roleName, policyArn: policy.arn});
	return {roleName, policyName, policyArn: policy.arn};
}

async function holdings(): Promise<string[]> {
	const [listedRoles, policies] = await Promise.all([roles.listRoles('/'), roles.listPolicies('/')]);
	return [...listedRoles.map((role) => `role:${role.roleName}`), ...policies.map((policy) => `policy:${policy.arn}`)];
}

describe('cleanup of roles and managed policies', () => {
	it("finds a journal's role and policy, then detaches, deletes the role, then the policy", async () => {
		const run = await leaveRoleBehind('rj1');
		const journal = journalDocument('rj1', [
			['intended', 'managedPolicy', run.policyName],
			['created', 'managedPolicy', run.policyArn],
			['intended', 'role', run.roleName],
			['created', 'role', run.roleName],
		]);
		const found = await findLeftovers(services, {journals: [journal]});
		expect(found.roles).toEqual([
			{
				roleName: run.roleName,
				found: {by: 'journal', runId: 'rj1'},
				attachedPolicyArns: [run.policyArn],
				inlinePolicyNames: [],
			},
		]);
		expect(found.policies).toEqual([
			{policyName: run.policyName, arn: run.policyArn, found: {by: 'journal', runId: 'rj1'}},
		]);
		expect(countLeftovers(found)).toBe(2);
		expect(describeLeftovers(found)).toEqual([
			`  role ${run.roleName}  (from the journal of run rj1)`,
			`    managed policy ${run.policyArn} (attached)`,
			`  managed policy ${run.policyArn}  (from the journal of run rj1)`,
		]);
		const progress: DeletionProgress[] = [];
		const {remaining, failures} = await deleteLeftovers(services, found, (p) => progress.push(p));
		expect(failures).toEqual([]);
		expect(progress.map(describeProgress)).toEqual([
			`  detached managed policy ${run.policyArn} (role ${run.roleName})`,
			`  deleted IAM role ${run.roleName}`,
			`  deleted managed policy ${run.policyArn}`,
		]);
		expect(countLeftovers(remaining)).toBe(0);
		expect(await holdings()).toEqual([]);
	});

	it('finds a policy the journal knew only by name (killed between CreatePolicy and the record)', async () => {
		const run = await leaveRoleBehind('rj2');
		await roles.detachRolePolicy({roleName: run.roleName, policyArn: run.policyArn});
		await roles.deleteRole(run.roleName);
		const journal = journalDocument('rj2', [['intended', 'managedPolicy', run.policyName]]);
		const found = await findLeftovers(services, {journals: [journal]});
		expect(found.policies).toEqual([
			{policyName: run.policyName, arn: run.policyArn, found: {by: 'journal', runId: 'rj2'}},
		]);
		await deleteLeftovers(services, found);
		expect(await holdings()).toEqual([]);
	});

	it('with no journal, finds tagged ones by the path: held while young, deleted once old or named', async () => {
		const run = await leaveRoleBehind('rt1');
		const found = await findLeftovers(services, {journals: []});
		expect(found.roles.map((role) => [role.roleName, role.found.by, role.found.runId])).toEqual([
			[run.roleName, 'tags', 'rt1'],
		]);
		expect(found.policies.map((policy) => [policy.arn, policy.found.by, policy.found.runId])).toEqual([
			[run.policyArn, 'tags', 'rt1'],
		]);
		const young = splitByRule(found, {olderThanMs: HOUR, runs: [], now: Date.now()});
		expect(countLeftovers(young.deletable)).toBe(0);
		expect(countLeftovers(young.held)).toBe(2);
		const named = splitByRule(found, {olderThanMs: HOUR, runs: ['rt1'], now: Date.now()});
		expect(countLeftovers(named.deletable)).toBe(2);
		const old = splitByRule(found, {olderThanMs: HOUR, runs: [], now: Date.now() + 2 * HOUR});
		expect(countLeftovers(old.deletable)).toBe(2);
		await deleteLeftovers(services, old.deletable);
		expect(await holdings()).toEqual([]);
	});

	it('leaves untagged ones, and those a journal names but another run tagged, alone and says so', async () => {
		const untagged = await leaveRoleBehind('ru1', []);
		const other = await leaveRoleBehind('ru2', tagsOf('someone-else'));
		const journal = journalDocument('ru2', [
			['created', 'managedPolicy', other.policyArn],
			['created', 'role', other.roleName],
		]);
		const found = await findLeftovers(services, {journals: [journal]});
		expect(countLeftovers(found)).toBe(0);
		expect(found.ignored).toEqual(
			expect.arrayContaining([
				expect.stringMatching(new RegExp(`^role ${untagged.roleName} is not provably sts-mfa's .*: left alone$`)),
				expect.stringMatching(new RegExp(`^role ${other.roleName} is not provably run ru2's .*: left alone$`)),
				expect.stringContaining(`managed policy ${untagged.policyArn} is not provably`),
				expect.stringContaining(`managed policy ${other.policyArn} is not provably run ru2's`),
			]),
		);
		expect((await holdings()).length).toBe(4);
	});

	it("never touches what a live run's journal names, nor anything outside /sts-mfa/", async () => {
		const live = await leaveRoleBehind('rl1');
		const elsewhere = await leaveRoleBehind('rl2', tagsOf('rl2'), '/ops/');
		const active = journalDocument('rl1', [
			['intended', 'managedPolicy', live.policyName],
			['intended', 'role', live.roleName],
		]);
		const found = await findLeftovers(services, {journals: [], activeJournals: [active]});
		expect(countLeftovers(found)).toBe(0);
		const old = splitByRule(found, {olderThanMs: 0, runs: ['rl1', 'rl2'], now: Date.now() + 2 * HOUR});
		await deleteLeftovers(services, old.deletable);
		expect((await holdings()).sort()).toEqual(
			[
				`role:${live.roleName}`,
				`role:${elsewhere.roleName}`,
				`policy:${live.policyArn}`,
				`policy:${elsewhere.policyArn}`,
			].sort(),
		);
	});

	it('counts a role or policy already gone as done', async () => {
		const run = await leaveRoleBehind('rg1');
		const journal = journalDocument('rg1', [
			['created', 'managedPolicy', run.policyArn],
			['created', 'role', run.roleName],
		]);
		const found = await findLeftovers(services, {journals: [journal]});
		await roles.detachRolePolicy({roleName: run.roleName, policyArn: run.policyArn});
		await roles.deleteRole(run.roleName);
		await roles.deletePolicy(run.policyArn);
		const progress: DeletionProgress[] = [];
		const {failures, remaining} = await deleteLeftovers(services, found, (p) => progress.push(p));
		expect(failures).toEqual([]);
		expect(progress.map((p) => [p.kind, p.outcome])).toEqual([
			['rolePolicyDetachment', 'alreadyGone'],
			['role', 'alreadyGone'],
			['managedPolicy', 'alreadyGone'],
		]);
		expect(countLeftovers(remaining)).toBe(0);
	});
});
