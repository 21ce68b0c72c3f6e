import type {ManagedPolicyRecord, RoleRecord} from './records.js';
import {readTags} from './snapshot.js';
import type {SnapshotReader} from './snapshot-reader.js';

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
	};
}

export function readManagedPolicy(reader: SnapshotReader): ManagedPolicyRecord {
	const description = reader.optionalString('description');
	return {
		policyName: reader.string('policyName'),
		path: reader.string('path'),
		policyId: reader.string('policyId'),
		arn: reader.string('arn'),
		...(description === undefined ? {} : {description}),
		document: reader.string('document'),
		createDate: reader.number('createDate'),
		tags: readTags(reader),
	};
}
