import {describe, expect, it} from 'vitest';
import type {AwsServices} from '../../source/aws/types.js';
import {CREATE, type Creator, servicesOf} from '../../source/resources/create.js';
import {DELETE, type DeletionJournal, deleteJournaled} from '../../source/resources/journaled-delete.js';
import type {ResourceKind} from '../../source/resources/kinds.js';
import {EVERY_KEY} from '../../source/words/resources.js';
import {useAdminSandbox} from '../support/sandbox.js';

/*
 * Every create goes through resources/create.ts: the journal names what is about to be created
 * before the call and records its id after it, so a run killed in between leaves a trail; what
 * failed to be created leaves only the name. Deletions tell the journal of each resource that went.
 */

const admin = useAdminSandbox();
const PATH = '/sts-mfa/';
const TAGS = [{key: 'sts-mfa:run', value: 'create-test'}];

type Entry = readonly [string, ResourceKind, string];

function recordingCreator(services: AwsServices): {creator: Creator; journal: DeletionJournal; entries: Entry[]} {
	const entries: Entry[] = [];
	const journal = {
		intend: async (kind: ResourceKind, name: string) => void entries.push(['intend', kind, name]),
		created: async (kind: ResourceKind, id: string) => void entries.push(['created', kind, id]),
		deleted: async (kind: ResourceKind, id: string) => void entries.push(['deleted', kind, id]),
	};
	return {creator: {services: servicesOf(services), journal}, journal, entries};
}

describe('creating through the table of kinds', () => {
	it("tells the journal each resource's name before its create and its id after, for all six kinds", async () => {
		const services = await admin.services();
		const {creator, entries} = recordingCreator(services);
		const userName = 'create-test-user';
		const user = await CREATE.user(creator, {userName, path: PATH, tags: TAGS});
		const device = await CREATE.virtualMfaDevice(creator, {deviceName: 'create-test-device', path: PATH, tags: TAGS});
		const key = await CREATE.accessKey(creator, {userName});
		await CREATE.userPolicy(creator, {userName, policyName: 'create-test-inline', policyDocument: POLICY});
		const policy = await CREATE.managedPolicy(creator, {
			policyName: 'create-test-managed',
			path: PATH,
			document: POLICY,
			tags: TAGS,
		});
		const role = await CREATE.role(creator, {
			roleName: 'create-test-role',
			path: PATH,
			trustPolicy: trust(user.arn),
			tags: TAGS,
		});
		expect(entries).toEqual([
			['intend', 'user', userName],
			['created', 'user', userName],
			['intend', 'virtualMfaDevice', 'create-test-device'],
			['created', 'virtualMfaDevice', device.serialNumber],
			// The key's id is AWS's to choose: before it exists the journal names whose key it is.
			['intend', 'accessKey', userName],
			['created', 'accessKey', key.accessKeyId],
			['intend', 'userPolicy', 'create-test-inline'],
			['created', 'userPolicy', 'create-test-inline'],
			['intend', 'managedPolicy', 'create-test-managed'],
			['created', 'managedPolicy', policy.arn],
			['intend', 'role', 'create-test-role'],
			['created', 'role', role.roleName],
		]);
		// They exist where IAM says so.
		const iam = services.iam();
		expect((await iam.listAccessKeys(userName)).map((one) => one.accessKeyId)).toEqual([key.accessKeyId]);
		expect(await iam.listUserPolicies(userName)).toEqual(['create-test-inline']);
		expect((await services.roles().listPolicies(PATH)).map((one) => one.arn)).toContain(policy.arn);
		expect((await services.roles().listRoles(PATH)).map((one) => one.roleName)).toContain('create-test-role');
	});

	it('leaves only the name in the journal when the create is refused', async () => {
		const services = await admin.services();
		const {creator, entries} = recordingCreator(services);
		// No such user: CreateAccessKey fails after the journal named whose key it would be.
		await expect(CREATE.accessKey(creator, {userName: 'create-test-nobody'})).rejects.toThrow();
		expect(entries).toEqual([['intend', 'accessKey', 'create-test-nobody']]);
	});
});

describe('deleting with the journal told', () => {
	it('deletes every key of the user for EVERY_KEY (the created id never arrived), telling the journal of each', async () => {
		const services = await admin.services();
		const {creator, journal, entries} = recordingCreator(services);
		const userName = 'delete-test-user';
		await CREATE.user(creator, {userName, path: PATH, tags: TAGS});
		const keys = [await CREATE.accessKey(creator, {userName}), await CREATE.accessKey(creator, {userName})];
		entries.length = 0;
		const ids = await deleteJournaled(creator.services, journal, 'accessKey', {
			id: EVERY_KEY,
			userName,
		});
		expect(ids.sort()).toEqual(keys.map((key) => key.accessKeyId).sort());
		expect(entries.map(([what, kind]) => `${what} ${kind}`)).toEqual(['deleted accessKey', 'deleted accessKey']);
		expect(await services.iam().listAccessKeys(userName)).toEqual([]);
	});

	it('counts a device already gone as deleted (teardown and cleanup must be safe to repeat)', async () => {
		const services = await admin.services();
		const {creator, journal, entries} = recordingCreator(services);
		const device = await CREATE.virtualMfaDevice(creator, {deviceName: 'delete-test-device', path: PATH, tags: TAGS});
		entries.length = 0;
		await DELETE.virtualMfaDevice(creator.services, journal, {id: device.serialNumber});
		await DELETE.virtualMfaDevice(creator.services, journal, {id: device.serialNumber});
		expect(entries).toEqual([
			['deleted', 'virtualMfaDevice', device.serialNumber],
			['deleted', 'virtualMfaDevice', device.serialNumber],
		]);
		expect((await services.iam().listVirtualMfaDevices()).map((one) => one.serialNumber)).not.toContain(
			device.serialNumber,
		);
	});
});

const POLICY = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'}],
});

function trust(userArn: string): string {
	return JSON.stringify({
		Version: '2012-10-17',
		Statement: [{Effect: 'Allow', Principal: {AWS: userArn}, Action: 'sts:AssumeRole'}],
	});
}
