import {QueryParams} from '../protocol/query-params.js';
import type {SandboxStore} from '../store/index.js';
import type {GroupRecord, ManagedPolicyRecord, RoleRecord, UserRecord} from '../store/records.js';
import type {ActionSpec} from '../types.js';
import {policyShape} from './managed-policies.js';
import {paginate} from './pagination.js';
import {ENTITY_TYPE} from './params.js';
import {boundaryShape, groupShape, policyVersionShape, roleShape, tagsShape, userShape} from './shapes.js';

type Entry =
	| {kind: 'User'; record: UserRecord}
	| {kind: 'Group'; record: GroupRecord}
	| {kind: 'Role'; record: RoleRecord}
	| {kind: 'LocalManagedPolicy'; record: ManagedPolicyRecord};

/** The order entries come in: users, groups, roles, then policies, each by name. */
const KIND_ORDER = {User: 0, Group: 1, Role: 2, LocalManagedPolicy: 3} as const;

/**
 * GetAccountAuthorizationDetails: every user, group, role and customer managed policy with their
 * policies, documents URL-encoded as IAM sends them. One listing paginated across the four kinds;
 * AWSManagedPolicy matches nothing (AWS managed policies are not modelled).
 */
export function authorizationDetailsActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		GetAccountAuthorizationDetails: {
			iamAction: 'iam:GetAccountAuthorizationDetails',
			resource: () => '*',
			run(context) {
				const params = new QueryParams(context.params);
				const filter = params.list('Filter', ENTITY_TYPE);
				const wanted = (kind: string) => filter.length === 0 || filter.includes(kind);
				const entries: Entry[] = [
					...(wanted('User') ? store.users.list().map((record) => ({kind: 'User' as const, record})) : []),
					...(wanted('Group') ? store.groups.list().map((record) => ({kind: 'Group' as const, record})) : []),
					...(wanted('Role') ? store.roles.list().map((record) => ({kind: 'Role' as const, record})) : []),
					...(wanted('LocalManagedPolicy')
						? store.managedPolicies.list().map((record) => ({kind: 'LocalManagedPolicy' as const, record}))
						: []),
				];
				const page = paginate(entries, keyOf, params);
				const of = <K extends Entry['kind']>(kind: K) =>
					page.items.filter((entry): entry is Extract<Entry, {kind: K}> => entry.kind === kind);
				return {
					body: {
						UserDetailList: of('User').map((entry) => userDetail(store, entry.record)),
						GroupDetailList: of('Group').map((entry) => groupDetail(store, entry.record)),
						RoleDetailList: of('Role').map((entry) => roleDetail(store, entry.record)),
						Policies: of('LocalManagedPolicy').map((entry) => policyDetail(store, entry.record)),
						...page.fields,
					},
				};
			},
		},
	};
}

function keyOf(entry: Entry): string {
	const name =
		entry.kind === 'User'
			? entry.record.userName
			: entry.kind === 'Group'
				? entry.record.groupName
				: entry.kind === 'Role'
					? entry.record.roleName
					: entry.record.policyName;
	return `${KIND_ORDER[entry.kind]}/${name.toLowerCase()}`;
}

const policyDetails = (policies: Iterable<[string, string]>) =>
	[...policies].map(([PolicyName, document]) => ({PolicyName, PolicyDocument: encodeURIComponent(document)}));

const attachedShape = (policies: readonly ManagedPolicyRecord[]) =>
	policies.map((policy) => ({PolicyName: policy.policyName, PolicyArn: policy.arn}));

function userDetail(store: SandboxStore, user: UserRecord): Record<string, unknown> {
	// The inline policies as IAM holds them now (the latest put), not as a delayed request sees them.
	const inline = store.inlinePolicies
		.list(user.userName)
		.map((name): [string, string] => [name, store.inlinePolicies.get(user.userName, name)]);
	return {
		...userShape(user),
		UserPolicyList: policyDetails(inline),
		GroupList: store.groups.groupsOf(user.userName).map((group) => group.groupName),
		AttachedManagedPolicies: attachedShape(store.managedPolicies.attachedTo('user', user.userName)),
		...boundaryShape(user.permissionsBoundary),
		Tags: tagsShape(user.tags),
	};
}

function groupDetail(store: SandboxStore, group: GroupRecord): Record<string, unknown> {
	return {
		...groupShape(group),
		GroupPolicyList: policyDetails(group.policies),
		AttachedManagedPolicies: attachedShape(store.managedPolicies.attachedTo('group', group.groupName)),
	};
}

function roleDetail(store: SandboxStore, role: RoleRecord): Record<string, unknown> {
	const {
		Description: _description,
		MaxSessionDuration: _max,
		PermissionsBoundary: _boundary,
		Tags: _tags,
		...basics
	} = roleShape(role, true);
	return {
		...basics,
		InstanceProfileList: [],
		RolePolicyList: policyDetails(role.policies),
		AttachedManagedPolicies: attachedShape(store.managedPolicies.attachedTo('role', role.roleName)),
		...boundaryShape(role.permissionsBoundary),
		Tags: tagsShape(role.tags),
		RoleLastUsed: {},
	};
}

function policyDetail(store: SandboxStore, policy: ManagedPolicyRecord): Record<string, unknown> {
	const {Tags: _tags, ...shape} = policyShape(store, policy.arn, true);
	const versions = [...policy.versions].reverse().map((version) => policyVersionShape(policy, version, true));
	return {...shape, PolicyVersionList: versions};
}
