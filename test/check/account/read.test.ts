import {
	GenerateCredentialReportCommand,
	GetAccountAuthorizationDetailsCommand,
	GetCredentialReportCommand,
	IAMClient,
	ListAccessKeysCommand,
	ListMFADevicesCommand,
	SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {mockClient} from 'aws-sdk-client-mock';
import {afterEach, describe, expect, it} from 'vitest';
import {readPrincipals} from '../../../source/check/account/read.js';
import {simulatorEvaluator} from '../../../source/check/account/simulate.js';
import {loadCatalogue} from '../../../source/check/catalogue.js';
import {userFindings} from '../../../source/check/findings.js';

/*
 * The account path against IAM answers shaped as botocore documents them (the SDK's own parsing
 * runs; only the transport is replaced): every page read, URL-encoded documents decoded, groups
 * followed, answers off their documented shape refused, and a missing permission named.
 */
const iam = mockClient(IAMClient);
afterEach(() => iam.reset());
const client = () =>
	new IAMClient({region: 'us-east-1', credentials: {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x'}});

const ALLOW_ALL = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*'}],
});
const ARN = 'arn:aws:iam::123456789012';

function account() {
	iam
		.on(GetAccountAuthorizationDetailsCommand, {Marker: undefined})
		.resolves({
			UserDetailList: [{UserName: 'alice', Arn: `${ARN}:user/alice`, GroupList: ['admins'], UserPolicyList: []}],
			IsTruncated: true,
			Marker: 'page2',
		})
		.on(GetAccountAuthorizationDetailsCommand, {Marker: 'page2'})
		.resolves({
			GroupDetailList: [
				{
					GroupName: 'admins',
					Arn: `${ARN}:group/admins`,
					AttachedManagedPolicies: [{PolicyName: 'Admin', PolicyArn: `${ARN}:policy/Admin`}],
				},
			],
			RoleDetailList: [
				{
					RoleName: 'ops',
					Arn: `${ARN}:role/ops`,
					AssumeRolePolicyDocument: encodeURIComponent(
						JSON.stringify({
							Version: '2012-10-17',
							Statement: [{Effect: 'Allow', Principal: {AWS: `${ARN}:root`}, Action: 'sts:AssumeRole'}],
						}),
					),
				},
			],
			Policies: [
				{
					PolicyName: 'Admin',
					Arn: `${ARN}:policy/Admin`,
					PolicyVersionList: [{Document: encodeURIComponent(ALLOW_ALL), VersionId: 'v1', IsDefaultVersion: true}],
				},
			],
			IsTruncated: false,
		});
	iam.on(ListMFADevicesCommand).resolves({MFADevices: []});
	iam
		.on(ListAccessKeysCommand)
		.resolves({AccessKeyMetadata: [{UserName: 'alice', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Active'}]});
	iam.on(GenerateCredentialReportCommand).resolves({State: 'COMPLETE'});
	iam.on(GetCredentialReportCommand).resolves({
		Content: new TextEncoder().encode(
			`user,arn,password_enabled,mfa_active\nalice,${ARN}:user/alice,true,false\n<root_account>,${ARN}:root,not_supported,true\n`,
		),
		ReportFormat: 'text/csv',
	});
}

describe('reading the account', () => {
	it("follows every page, decodes the documents, takes the group's policy and the credentials", async () => {
		account();
		const [alice, ops] = await readPrincipals(client(), {users: [], roles: []});
		expect(alice).toMatchObject({
			kind: 'user',
			name: 'alice',
			accountId: '123456789012',
			policies: [{id: 'Admin', kind: 'group-managed', group: 'admins', text: ALLOW_ALL}],
			credentials: {mfaDevices: 0, activeAccessKeys: 1, passwordEnabled: true},
		});
		expect(ops).toMatchObject({kind: 'role', name: 'ops', trust: {kind: 'trust'}});
		// A console password and a key, and no device: both are findings.
		expect(userFindings(alice!, [], []).map((finding) => finding.kind)).toEqual([
			'keyWithoutDevice',
			'consoleWithoutMfa',
		]);
		expect(JSON.parse(ops?.trust?.text ?? '{}')).toMatchObject({Statement: [{Action: 'sts:AssumeRole'}]});
	});

	it('refuses an answer off its documented shape, naming the member and not echoing it', async () => {
		iam
			.on(GetAccountAuthorizationDetailsCommand)
			.resolves({UserDetailList: [{UserName: 'bad\u001b[2Jname', Arn: `${ARN}:user/x`}]});
		const failure = readPrincipals(client(), {users: [], roles: []});
		await expect(failure).rejects.toThrow(
			/GetAccountAuthorizationDetails answered something that is not its documented shape \(UserDetailList\.0\.UserName/,
		);
		await expect(failure).rejects.not.toThrow(/\u001b/);
	});

	it('a principal that may not call the simulator gets an error naming iam:SimulatePrincipalPolicy', async () => {
		account();
		const denied = Object.assign(
			new Error(
				'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: iam:SimulatePrincipalPolicy',
			),
			{name: 'AccessDenied', $metadata: {httpStatusCode: 403}},
		);
		iam.on(SimulatePrincipalPolicyCommand).rejects(denied);
		const [alice] = await readPrincipals(client(), {users: ['alice'], roles: []});
		const evaluator = simulatorEvaluator(client(), await loadCatalogue(), []);
		await expect(evaluator.cells(alice!, ['iam:CreateAccessKey'], ['longTermKey'], () => {})).rejects.toThrow(
			/the credentials cannot call the policy simulator: iam:SimulatePrincipalPolicy is needed/,
		);
	});

	it('a named principal that does not exist is said so', async () => {
		account();
		await expect(readPrincipals(client(), {users: ['mallory'], roles: []})).rejects.toThrow(
			"no user named 'mallory' in the account",
		);
	});
});
