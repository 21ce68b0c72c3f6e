import {
	AttachRolePolicyCommand,
	CreatePolicyCommand,
	CreateRoleCommand,
	DeletePolicyCommand,
	DeletePolicyVersionCommand,
	DeleteRoleCommand,
	DeleteRolePolicyCommand,
	DetachRolePolicyCommand,
	type IAMClient,
	ListAttachedRolePoliciesCommand,
	ListPoliciesCommand,
	ListPolicyTagsCommand,
	ListPolicyVersionsCommand,
	ListRolePoliciesCommand,
	ListRolesCommand,
	ListRoleTagsCommand,
	type Tag as SdkTag,
} from '@aws-sdk/client-iam';
import {iamCall as call, sdkTags} from './iam-call.js';
import {collectPages} from './paginate.js';
import type {IamRole, IamRoleService, ManagedPolicy, Tag} from './types.js';

const ourTags = (tags: readonly SdkTag[] | undefined): Tag[] =>
	(tags ?? []).map((t) => ({key: t.Key ?? '', value: t.Value ?? ''}));

/** IamRoleService over an SDK v3 IAMClient: the role and managed-policy calls assume-role makes. */
export function createIamRoleService(client: IAMClient): IamRoleService {
	return {
		async createRole({roleName, path, trustPolicy, tags}, signal) {
			const input = {RoleName: roleName, Path: path, AssumeRolePolicyDocument: trustPolicy, Tags: sdkTags(tags)};
			const output = await call('CreateRole', signal, (o) => client.send(new CreateRoleCommand(input), o));
			return {
				roleName: output.Role?.RoleName ?? roleName,
				arn: output.Role?.Arn ?? '',
				path: output.Role?.Path ?? path,
			};
		},
		async createPolicy({policyName, path, document, tags}, signal) {
			const input = {PolicyName: policyName, Path: path, PolicyDocument: document, Tags: sdkTags(tags)};
			const output = await call('CreatePolicy', signal, (o) => client.send(new CreatePolicyCommand(input), o));
			return {policyName: output.Policy?.PolicyName ?? policyName, arn: output.Policy?.Arn ?? ''};
		},
		async attachRolePolicy({roleName, policyArn}, signal) {
			const input = {RoleName: roleName, PolicyArn: policyArn};
			await call('AttachRolePolicy', signal, (o) => client.send(new AttachRolePolicyCommand(input), o));
		},
		async detachRolePolicy({roleName, policyArn}, signal) {
			const input = {RoleName: roleName, PolicyArn: policyArn};
			await call('DetachRolePolicy', signal, (o) => client.send(new DetachRolePolicyCommand(input), o));
		},
		listAttachedRolePolicies: (roleName, signal) =>
			collectPages(async (marker) => {
				const input = {RoleName: roleName, Marker: marker};
				const output = await call('ListAttachedRolePolicies', signal, (o) =>
					client.send(new ListAttachedRolePoliciesCommand(input), o),
				);
				const items = (output.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? '');
				return {items, marker: output.IsTruncated ? output.Marker : undefined};
			}),
		listRolePolicies: (roleName, signal) =>
			collectPages(async (marker) => {
				const input = {RoleName: roleName, Marker: marker};
				const output = await call('ListRolePolicies', signal, (o) =>
					client.send(new ListRolePoliciesCommand(input), o),
				);
				return {items: output.PolicyNames ?? [], marker: output.IsTruncated ? output.Marker : undefined};
			}),
		async deleteRolePolicy({roleName, policyName}, signal) {
			const input = {RoleName: roleName, PolicyName: policyName};
			await call('DeleteRolePolicy', signal, (o) => client.send(new DeleteRolePolicyCommand(input), o));
		},
		async deleteRole(roleName, signal) {
			await call('DeleteRole', signal, (o) => client.send(new DeleteRoleCommand({RoleName: roleName}), o));
		},
		listRoles: (pathPrefix, signal) =>
			collectPages(async (marker) => {
				const input = {PathPrefix: pathPrefix, Marker: marker};
				const output = await call('ListRoles', signal, (o) => client.send(new ListRolesCommand(input), o));
				const items = (output.Roles ?? []).map(
					(role): IamRole => ({
						roleName: role.RoleName ?? '',
						arn: role.Arn ?? '',
						path: role.Path ?? '/',
						...(role.CreateDate ? {createDate: role.CreateDate} : {}),
					}),
				);
				return {items, marker: output.IsTruncated ? output.Marker : undefined};
			}),
		listPolicies: (pathPrefix, signal) =>
			collectPages(async (marker) => {
				// Local: only customer managed policies; AWS's own cannot be ours to delete.
				const input = {Scope: 'Local' as const, PathPrefix: pathPrefix, Marker: marker};
				const output = await call('ListPolicies', signal, (o) => client.send(new ListPoliciesCommand(input), o));
				const items = (output.Policies ?? []).map(
					(policy): ManagedPolicy => ({
						policyName: policy.PolicyName ?? '',
						arn: policy.Arn ?? '',
						...(policy.CreateDate ? {createDate: policy.CreateDate} : {}),
					}),
				);
				return {items, marker: output.IsTruncated ? output.Marker : undefined};
			}),
		listNonDefaultPolicyVersions: (policyArn, signal) =>
			collectPages(async (marker) => {
				const input = {PolicyArn: policyArn, Marker: marker};
				const output = await call('ListPolicyVersions', signal, (o) =>
					client.send(new ListPolicyVersionsCommand(input), o),
				);
				const items = (output.Versions ?? [])
					.filter((version) => !version.IsDefaultVersion)
					.map((version) => version.VersionId ?? '');
				return {items, marker: output.IsTruncated ? output.Marker : undefined};
			}),
		async deletePolicyVersion({policyArn, versionId}, signal) {
			const input = {PolicyArn: policyArn, VersionId: versionId};
			await call('DeletePolicyVersion', signal, (o) => client.send(new DeletePolicyVersionCommand(input), o));
		},
		async deletePolicy(policyArn, signal) {
			await call('DeletePolicy', signal, (o) => client.send(new DeletePolicyCommand({PolicyArn: policyArn}), o));
		},
		listRoleTags: (roleName, signal) =>
			collectPages(async (marker) => {
				const input = {RoleName: roleName, Marker: marker};
				const output = await call('ListRoleTags', signal, (o) => client.send(new ListRoleTagsCommand(input), o));
				return {items: ourTags(output.Tags), marker: output.IsTruncated ? output.Marker : undefined};
			}),
		listPolicyTags: (policyArn, signal) =>
			collectPages(async (marker) => {
				const input = {PolicyArn: policyArn, Marker: marker};
				const output = await call('ListPolicyTags', signal, (o) => client.send(new ListPolicyTagsCommand(input), o));
				return {items: ourTags(output.Tags), marker: output.IsTruncated ? output.Marker : undefined};
			}),
	};
}
