/*
 * The account's principals, as an auditor reads them: GetAccountAuthorizationDetails (every page:
 * users with their inline, attached and group policies and boundary; roles with their trust policy;
 * the managed policies' default versions), then each user's MFA devices and access keys, and the
 * credential report's console passwords.
 */
import {
	GetAccountAuthorizationDetailsCommand,
	type IAMClient,
	ListAccessKeysCommand,
	ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import type {z} from 'zod';
import {collectPages} from '../../aws/paginate.js';
import {ConfigurationError} from '../../errors.js';
import {CHECK_ERRORS} from '../../words/check.js';
import type {PolicySource, Principal} from '../types.js';
import {passwordsByUser} from './credential-report.js';
import {readCall} from './errors.js';
import {
	accessKeysPage,
	authorizationDetailsPage,
	type groupDetail,
	mfaDevicesPage,
	type roleDetail,
	type userDetail,
} from './shapes.js';
import {UnexpectedAnswerError, validated} from './validate.js';

type Page = z.infer<typeof authorizationDetailsPage>;
type PolicyText = (arn: string) => string | undefined;

/** How many per-user calls run at once (ListMFADevices, ListAccessKeys). */
const CONCURRENCY = 4;

export interface Selection {
	readonly users: readonly string[];
	readonly roles: readonly string[];
}

export async function readPrincipals(client: IAMClient, selection: Selection): Promise<Principal[]> {
	const pages = await collectPages(async (marker) => {
		const answer = await readCall('GetAccountAuthorizationDetails', () =>
			client.send(new GetAccountAuthorizationDetailsCommand({Marker: marker, MaxItems: 100})),
		);
		const page = validated(authorizationDetailsPage, 'GetAccountAuthorizationDetails', answer);
		return {items: [page], marker: page.IsTruncated ? page.Marker : undefined};
	});
	const details = merge(pages);
	const users = chosen(details.users, selection, 'user');
	const roles = chosen(details.roles, selection, 'role');
	const policyText = defaultVersions(details.policies);
	const groups = new Map(details.groups.map((group) => [group.GroupName, group]));
	const limit = pLimit(CONCURRENCY);
	const passwords = users.length > 0 ? await passwordsByUser(client) : new Map<string, boolean>();
	const userPrincipals = await Promise.all(
		users.map((user) => limit(() => userPrincipal(client, user, groups, policyText, passwords))),
	);
	return [...userPrincipals, ...roles.map((role) => rolePrincipal(role, policyText))];
}

function merge(pages: readonly Page[]) {
	return {
		users: pages.flatMap((page) => page.UserDetailList ?? []),
		groups: pages.flatMap((page) => page.GroupDetailList ?? []),
		roles: pages.flatMap((page) => page.RoleDetailList ?? []),
		policies: pages.flatMap((page) => page.Policies ?? []),
	};
}

/** Every principal, or those named (each must exist). */
function chosen<T extends {UserName: string} | {RoleName: string}>(
	all: readonly T[],
	selection: Selection,
	kind: 'user' | 'role',
): T[] {
	const named = kind === 'user' ? selection.users : selection.roles;
	const nameOf = (entry: T) => ('UserName' in entry ? entry.UserName : entry.RoleName);
	if (selection.users.length === 0 && selection.roles.length === 0) return [...all];
	for (const name of named)
		if (!all.some((entry) => nameOf(entry) === name))
			throw new ConfigurationError('CheckNotFound', CHECK_ERRORS.notFound(kind, name));
	return all.filter((entry) => named.includes(nameOf(entry)));
}

/** Managed policy ARN → its default version's document, decoded. */
function defaultVersions(policies: Page['Policies'] & {}): PolicyText {
	const texts = new Map<string, string>();
	for (const policy of policies) {
		const version = policy.PolicyVersionList?.find((entry) => entry.IsDefaultVersion) ?? policy.PolicyVersionList?.[0];
		if (version?.Document) texts.set(policy.Arn, decoded(version.Document));
	}
	return (arn) => texts.get(arn);
}

/** Policy documents in these answers are URL-encoded JSON (the SDK for JavaScript leaves them so). */
function decoded(document: string): string {
	if (document.trimStart().startsWith('{')) return document;
	try {
		return decodeURIComponent(document);
	} catch {
		throw new UnexpectedAnswerError('GetAccountAuthorizationDetails', CHECK_ERRORS.details.documentNotEncoded);
	}
}

function attached(
	list: readonly {PolicyName: string; PolicyArn: string}[] | undefined,
	kind: PolicySource['kind'],
	text: PolicyText,
	group?: string,
): PolicySource[] {
	return (list ?? []).flatMap((policy) => {
		const document = text(policy.PolicyArn);
		return document === undefined ? [] : [{id: policy.PolicyName, kind, text: document, ...(group ? {group} : {})}];
	});
}

function inline(
	list: readonly {PolicyName: string; PolicyDocument: string}[] | undefined,
	kind: PolicySource['kind'],
	group?: string,
): PolicySource[] {
	return (list ?? []).map((policy) => ({
		id: policy.PolicyName,
		kind,
		text: decoded(policy.PolicyDocument),
		...(group ? {group} : {}),
	}));
}

function boundaryOf(
	detail: {PermissionsBoundary?: {PermissionsBoundaryArn: string} | undefined},
	text: PolicyText,
): PolicySource | undefined {
	const arn = detail.PermissionsBoundary?.PermissionsBoundaryArn;
	const document = arn === undefined ? undefined : text(arn);
	return document === undefined || arn === undefined
		? undefined
		: {id: arn.slice(arn.lastIndexOf('/') + 1), kind: 'boundary', text: document};
}

const accountOf = (arn: string) => arn.split(':')[4] ?? '';

async function userPrincipal(
	client: IAMClient,
	user: z.infer<typeof userDetail>,
	groups: ReadonlyMap<string, z.infer<typeof groupDetail>>,
	text: PolicyText,
	passwords: ReadonlyMap<string, boolean>,
): Promise<Principal> {
	const fromGroups = (user.GroupList ?? []).flatMap((name) => {
		const group = groups.get(name);
		return group
			? [
					...inline(group.GroupPolicyList, 'group-inline', name),
					...attached(group.AttachedManagedPolicies, 'group-managed', text, name),
				]
			: [];
	});
	const boundary = boundaryOf(user, text);
	return {
		kind: 'user',
		name: user.UserName,
		arn: user.Arn,
		accountId: accountOf(user.Arn),
		policies: [
			...inline(user.UserPolicyList, 'inline'),
			...attached(user.AttachedManagedPolicies, 'managed', text),
			...fromGroups,
		],
		...(boundary ? {boundary} : {}),
		credentials: {
			mfaDevices: await countPages(client, user.UserName, 'ListMFADevices'),
			activeAccessKeys: await countPages(client, user.UserName, 'ListAccessKeys'),
			passwordEnabled: passwords.get(user.UserName) ?? false,
		},
	};
}

/** The user's MFA devices, or its active access keys. */
async function countPages(
	client: IAMClient,
	userName: string,
	operation: 'ListMFADevices' | 'ListAccessKeys',
): Promise<number> {
	const items = await collectPages<unknown>(async (marker) => {
		if (operation === 'ListMFADevices') {
			const answer = await readCall(operation, () =>
				client.send(new ListMFADevicesCommand({UserName: userName, Marker: marker})),
			);
			const page = validated(mfaDevicesPage, operation, answer);
			return {items: page.MFADevices, marker: page.IsTruncated ? page.Marker : undefined};
		}
		const answer = await readCall(operation, () =>
			client.send(new ListAccessKeysCommand({UserName: userName, Marker: marker})),
		);
		const page = validated(accessKeysPage, operation, answer);
		return {
			items: page.AccessKeyMetadata.filter((key) => key.Status === 'Active'),
			marker: page.IsTruncated ? page.Marker : undefined,
		};
	});
	return items.length;
}

function rolePrincipal(role: z.infer<typeof roleDetail>, text: PolicyText): Principal {
	const boundary = boundaryOf(role, text);
	return {
		kind: 'role',
		name: role.RoleName,
		arn: role.Arn,
		accountId: accountOf(role.Arn),
		policies: [...inline(role.RolePolicyList, 'inline'), ...attached(role.AttachedManagedPolicies, 'managed', text)],
		...(boundary ? {boundary} : {}),
		...(role.AssumeRolePolicyDocument
			? {trust: {id: role.RoleName, kind: 'trust', text: decoded(role.AssumeRolePolicyDocument)}}
			: {}),
	};
}
