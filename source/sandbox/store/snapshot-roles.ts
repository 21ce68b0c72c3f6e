import type {GroupRecord, ManagedPolicyRecord, ManagedPolicyVersionRecord, RoleRecord} from './records.js';
import {readTags} from './snapshot.js';
import {CorruptSnapshotError, type SnapshotReader} from './snapshot-reader.js';

export type RoleSnapshot = Omit<RoleRecord, 'policies' | 'trustPrincipalIds'> & {
	policies: Array<{policyName: string; document: string}>;
	trustPrincipalIds: Array<{arn: string; id: string}>;
};

export function roleSnapshot({policies, trustPrincipalIds, ...role}: RoleRecord): RoleSnapshot {
	return {
		...role,
		trustPrincipalIds: Object.entries(trustPrincipalIds).map(([arn, id]) => ({arn, id})),
		tags: [...role.tags],
		attachedPolicies: [...role.attachedPolicies],
		policies: [...policies].map(([policyName, document]) => ({policyName, document})),
	};
}

export function readRole(reader: SnapshotReader): RoleRecord {
	const policies = reader.list('policies').map((policy) => [policy.string('policyName'), policy.string('document')]);
	const description = reader.optionalString('description');
	const permissionsBoundary = reader.optionalString('permissionsBoundary');
	return {
		roleName: reader.string('roleName'),
		path: reader.string('path'),
		roleId: reader.string('roleId'),
		arn: reader.string('arn'),
		createDate: reader.number('createDate'),
		assumeRolePolicyDocument: reader.string('assumeRolePolicyDocument'),
		trustPrincipalIds: Object.fromEntries(
			reader.optionalList('trustPrincipalIds').map((entry) => [entry.string('arn'), entry.string('id')]),
		),
		...(description === undefined ? {} : {description}),
		maxSessionDuration: reader.number('maxSessionDuration'),
		tags: readTags(reader),
		policies: new Map(policies as Array<[string, string]>),
		attachedPolicies: reader.optionalStringList('attachedPolicies'),
		...(permissionsBoundary === undefined ? {} : {permissionsBoundary}),
	};
}

export type GroupSnapshot = Omit<GroupRecord, 'policies'> & {policies: Array<{policyName: string; document: string}>};

export function groupSnapshot({policies, ...group}: GroupRecord): GroupSnapshot {
	return {
		...group,
		members: [...group.members],
		attachedPolicies: [...group.attachedPolicies],
		policies: [...policies].map(([policyName, document]) => ({policyName, document})),
	};
}

export function readGroup(reader: SnapshotReader): GroupRecord {
	const policies = reader.list('policies').map((policy) => [policy.string('policyName'), policy.string('document')]);
	return {
		groupName: reader.string('groupName'),
		path: reader.string('path'),
		groupId: reader.string('groupId'),
		arn: reader.string('arn'),
		createDate: reader.number('createDate'),
		members: reader.optionalStringList('members'),
		policies: new Map(policies as Array<[string, string]>),
		attachedPolicies: reader.optionalStringList('attachedPolicies'),
	};
}

/** Versions as written since policy versions exist, or the single `document` of older state files. */
function readVersions(reader: SnapshotReader, createDate: number): ManagedPolicyVersionRecord[] {
	const single = reader.optionalString('document');
	if (single !== undefined) return [{versionId: 'v1', document: single, createDate}];
	return reader.list('versions').map((version) => ({
		versionId: version.string('versionId', /^v[1-9]\d*$/),
		document: version.string('document'),
		createDate: version.number('createDate'),
	}));
}

export function readManagedPolicy(reader: SnapshotReader): ManagedPolicyRecord {
	const description = reader.optionalString('description');
	const createDate = reader.number('createDate');
	const versions = readVersions(reader, createDate);
	if (versions.length === 0) throw new CorruptSnapshotError(`the policy ${reader.string('arn')} has no version`);
	return {
		policyName: reader.string('policyName'),
		path: reader.string('path'),
		policyId: reader.string('policyId'),
		arn: reader.string('arn'),
		...(description === undefined ? {} : {description}),
		createDate,
		tags: readTags(reader),
		versions,
		defaultVersionId: reader.optionalString('defaultVersionId') ?? 'v1',
		nextVersion: reader.optionalNumber('nextVersion') ?? versions.length + 1,
		updateDate: reader.optionalNumber('updateDate') ?? createDate,
	};
}
