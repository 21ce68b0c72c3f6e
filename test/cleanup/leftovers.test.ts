import {describe, expect, it} from 'vitest';
import {countLeftovers, deleteLeftovers, findLeftovers, type DeletionProgress} from '../../source/journal/index.js';
import {FakeIam, servicesOf} from './fake-iam.js';
import {journalDocument} from './journals.js';

const DESTRUCTIVE = /^(delete|deactivate)/;

describe('findLeftovers', () => {
	it('finds what a journal names, as IAM reports it now', async () => {
		const iam = new FakeIam();
		const {keyIds, serial} = iam.addDemoUser('sts-mfa-demo-r1', {
			policies: ['sts-mfa-require-mfa'],
			keys: 2,
			mfa: true,
		});
		const spare = iam.addDevice('sts-mfa-demo-r1-spare');
		const journal = journalDocument('r1', [
			['intended', 'user', 'sts-mfa-demo-r1'],
			['created', 'user', 'sts-mfa-demo-r1'],
			['created', 'virtualMfaDevice', spare],
		]);
		const leftovers = await findLeftovers(servicesOf(iam), {journals: [journal]});
		expect(leftovers.users).toEqual([
			{
				userName: 'sts-mfa-demo-r1',
				found: {by: 'journal', runId: 'r1'},
				policyNames: ['sts-mfa-require-mfa'],
				accessKeyIds: keyIds,
				mfaSerials: [serial],
				ourMfaSerials: [serial],
			},
		]);
		expect(leftovers.devices).toEqual([{serialNumber: spare, found: {by: 'journal', runId: 'r1'}}]);
		expect(countLeftovers(leftovers)).toBe(6);
	});

	it('finds nothing for an intent that never became a resource, or one the run deleted', async () => {
		const iam = new FakeIam();
		const journal = journalDocument('r2', [
			['intended', 'user', 'sts-mfa-demo-never'],
			['intended', 'virtualMfaDevice', 'sts-mfa-demo-never'],
			['created', 'user', 'sts-mfa-demo-gone'],
			['deleted', 'user', 'sts-mfa-demo-gone'],
		]);
		expect(countLeftovers(await findLeftovers(servicesOf(iam), {journals: [journal]}))).toBe(0);
		expect(iam.calls).not.toContain('getUser:sts-mfa-demo-gone');
	});

	it('finds a device the journal knew only by name (crash between create and record)', async () => {
		const iam = new FakeIam();
		const serial = iam.addDevice('sts-mfa-demo-r3');
		const leftovers = await findLeftovers(servicesOf(iam), {
			journals: [journalDocument('r3', [['intended', 'virtualMfaDevice', 'sts-mfa-demo-r3']])],
		});
		expect(leftovers.devices).toEqual([{serialNumber: serial, found: {by: 'journal', runId: 'r3'}}]);
	});

	it('without journals, finds tagged users and free devices under /sts-mfa/, dated by their run, and nothing else', async () => {
		const iam = new FakeIam();
		const created = new Date('2025-01-01T00:00:00Z');
		const lostTags = [
			{key: 'sts-mfa:run', value: 'lost'},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		];
		iam.addDemoUser('sts-mfa-demo-lost', {keys: 1, mfa: true, tags: lostTags, createDate: created});
		iam.addDemoUser('sts-mfa-untagged', {tags: [{key: 'team', value: 'security'}]});
		iam.addDemoUser('alice', {path: '/', keys: 1});
		const lostDevice = iam.addDevice('sts-mfa-demo-lost-2', '/sts-mfa/', lostTags);
		iam.addDevice('alice-phone', '/');
		const leftovers = await findLeftovers(servicesOf(iam), {journals: []});
		expect(leftovers.users.map((u) => [u.userName, u.found])).toEqual([
			['sts-mfa-demo-lost', {by: 'tags', runId: 'lost', createdAt: created}],
		]);
		expect(leftovers.devices).toEqual([
			{serialNumber: lostDevice, found: {by: 'tags', runId: 'lost', createdAt: created}},
		]);
		expect(leftovers.ignored).toEqual([expect.stringContaining('sts-mfa-untagged')]);
		expect(iam.calls.filter((call) => call.includes('alice'))).toEqual([]);
	});

	it('never takes a device for ours by its path: without sts-mfa tags it is left alone, even when a journal names it', async () => {
		const iam = new FakeIam();
		const handMade = iam.addDevice('sts-mfa-demo-r5', '/sts-mfa/', []);
		const someoneElses = iam.addDevice('colleague-phone', '/sts-mfa/', [{key: 'owner', value: 'bob'}]);
		const otherRun = iam.addDevice('sts-mfa-demo-r6', '/sts-mfa/', [
			{key: 'sts-mfa:run', value: 'not-r6'},
			{key: 'sts-mfa:created-by', value: 'sts-mfa'},
		]);
		const leftovers = await findLeftovers(servicesOf(iam), {
			journals: [
				journalDocument('r5', [['created', 'virtualMfaDevice', handMade]]),
				journalDocument('r6', [['created', 'virtualMfaDevice', otherRun]]),
			],
		});
		// r6's device carries another run's tag: not r6's to delete, but still sts-mfa's, from a run with no record here.
		expect(leftovers.devices).toEqual([{serialNumber: otherRun, found: {by: 'tags', runId: 'not-r6'}}]);
		expect(leftovers.ignored).toEqual([expect.stringContaining(handMade), expect.stringContaining(someoneElses)]);
	});

	it("deletes a user's enabled device only when the device carries sts-mfa's tags; any other is just detached", async () => {
		const iam = new FakeIam();
		iam.addDemoUser('sts-mfa-demo-r7');
		const theirs = iam.addDevice('personal-phone', '/', []);
		await iam.enableMfaDevice({userName: 'sts-mfa-demo-r7', serialNumber: theirs});
		const leftovers = await findLeftovers(servicesOf(iam), {
			journals: [journalDocument('r7', [['created', 'user', 'sts-mfa-demo-r7']])],
		});
		expect(leftovers.users[0]).toMatchObject({mfaSerials: [theirs], ourMfaSerials: []});
		await deleteLeftovers(servicesOf(iam), leftovers);
		expect(iam.inventory()).toEqual([`device:${theirs}`]);
	});

	it("never offers a user someone else already had under the journal's name", async () => {
		const iam = new FakeIam();
		iam.addDemoUser('sts-mfa-demo-taken', {path: '/', tags: [], keys: 1});
		const leftovers = await findLeftovers(servicesOf(iam), {
			journals: [journalDocument('r4', [['intended', 'user', 'sts-mfa-demo-taken']])],
		});
		expect(leftovers.users).toEqual([]);
		expect(leftovers.ignored).toEqual([expect.stringMatching(/sts-mfa-demo-taken.*left alone/)]);
	});

	it('leaves alone what a run still in progress names, even under the path', async () => {
		const iam = new FakeIam();
		iam.addDemoUser('sts-mfa-demo-live', {keys: 1});
		const liveDevice = iam.addDevice('sts-mfa-demo-live');
		const active = journalDocument('live', [
			['created', 'user', 'sts-mfa-demo-live'],
			['created', 'virtualMfaDevice', liveDevice],
		]);
		expect(countLeftovers(await findLeftovers(servicesOf(iam), {journals: [], activeJournals: [active]}))).toBe(0);
	});
});

describe('deleteLeftovers', () => {
	it("deletes in IAM's order, as teardown does: policies, keys, deactivate, devices (free ones too), user", async () => {
		const iam = new FakeIam();
		const {keyIds, serial} = iam.addDemoUser('sts-mfa-demo-o', {policies: ['p1'], keys: 2, mfa: true});
		const free = iam.addDevice('sts-mfa-demo-free');
		const leftovers = await findLeftovers(servicesOf(iam), {journals: []});
		iam.calls.length = 0;
		const {remaining, failures} = await deleteLeftovers(servicesOf(iam), leftovers);
		expect(iam.calls.filter((call) => DESTRUCTIVE.test(call))).toEqual([
			'deleteUserPolicy:p1',
			`deleteAccessKey:${keyIds[0]}`,
			`deleteAccessKey:${keyIds[1]}`,
			`deactivateMfaDevice:${serial}`,
			`deleteVirtualMfaDevice:${serial}`,
			`deleteVirtualMfaDevice:${free}`,
			'deleteUser:sts-mfa-demo-o',
		]);
		expect(failures).toEqual([]);
		expect(countLeftovers(remaining)).toBe(0);
		expect(iam.inventory()).toEqual([]);
	});

	it('counts what is already gone as done', async () => {
		const iam = new FakeIam();
		const {keyIds} = iam.addDemoUser('sts-mfa-demo-g', {policies: ['p1'], keys: 1});
		const leftovers = await findLeftovers(servicesOf(iam), {journals: []});
		// Someone (or the run's own teardown) removed things between the search and the deletion.
		await iam.deleteUserPolicy({userName: 'sts-mfa-demo-g', policyName: 'p1'});
		await iam.deleteAccessKey({userName: 'sts-mfa-demo-g', accessKeyId: keyIds[0]!});
		const progress: DeletionProgress[] = [];
		const {remaining} = await deleteLeftovers(servicesOf(iam), leftovers, (p) => progress.push(p));
		expect(progress.map((p) => `${p.kind}:${p.outcome}`)).toEqual([
			'userPolicy:alreadyGone',
			'accessKey:alreadyGone',
			'user:deleted',
		]);
		expect(countLeftovers(remaining)).toBe(0);
		expect(iam.inventory()).toEqual([]);
	});

	it('goes on past a failure, and returns exactly what is still there', async () => {
		const iam = new FakeIam();
		const {keyIds} = iam.addDemoUser('sts-mfa-demo-f1', {policies: ['p1'], keys: 2, mfa: true});
		iam.addDemoUser('sts-mfa-demo-f2', {keys: 1});
		const free = iam.addDevice('sts-mfa-demo-free');
		iam.failOn(`deleteAccessKey:${keyIds[0]}`);
		const leftovers = await findLeftovers(servicesOf(iam), {journals: []});
		const {remaining, failures} = await deleteLeftovers(servicesOf(iam), leftovers);
		expect(failures.map((f) => `${f.kind}:${f.id}`)).toEqual([`accessKey:${keyIds[0]}`, 'user:sts-mfa-demo-f1']);
		expect(failures[0]!.error).toMatch(/not authorized/);
		expect(remaining.users).toEqual([
			expect.objectContaining({
				userName: 'sts-mfa-demo-f1',
				policyNames: [],
				accessKeyIds: [keyIds[0]],
				mfaSerials: [],
			}),
		]);
		expect(remaining.devices).toEqual([]);
		expect(iam.inventory().sort()).toEqual([`key:${keyIds[0]}`, 'user:sts-mfa-demo-f1']);
		expect(iam.calls).toContain(`deleteVirtualMfaDevice:${free}`);
	});
});
