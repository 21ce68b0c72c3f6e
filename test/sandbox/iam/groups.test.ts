import {describe, expect, it} from 'vitest';
import {ACCOUNT, expectAwsError, harness} from '../store/harness.js';
import {allow, policyArn, userArn} from './policy-fixtures.js';

/** A user with a key, whose requests go through the store's evaluation as the router's do. */
async function member(h: ReturnType<typeof harness>, userName = 'ana') {
	await h.call('iam', 'CreateUser', {UserName: userName});
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: userName})).body.AccessKey;
	return h.principalOf(key.AccessKeyId);
}

describe('IAM groups', () => {
	it('creates a group, adds and removes members, and lists either way', async () => {
		const h = harness();
		const created = await h.call('iam', 'CreateGroup', {GroupName: 'auditors', Path: '/team/'});
		expect(created.body.Group).toEqual({
			Path: '/team/',
			GroupName: 'auditors',
			GroupId: expect.stringMatching(/^AGPA[A-Z0-9]{17}$/),
			Arn: `arn:aws:iam::${ACCOUNT}:group/team/auditors`,
			CreateDate: '2026-01-15T12:00:00Z',
		});
		expectAwsError(await h.failure('iam', 'CreateGroup', {GroupName: 'AUDITORS'}), 'EntityAlreadyExists', 409);
		await member(h, 'ana');
		await h.call('iam', 'AddUserToGroup', {GroupName: 'auditors', UserName: 'ana'});
		await h.call('iam', 'AddUserToGroup', {GroupName: 'auditors', UserName: 'ana'});
		const group = await h.call('iam', 'GetGroup', {GroupName: 'auditors'});
		expect(group.body.Users.map((user: {Arn: string}) => user.Arn)).toEqual([userArn('ana')]);
		const groups = await h.call('iam', 'ListGroupsForUser', {UserName: 'ana'});
		expect(groups.body.Groups.map((entry: {GroupName: string}) => entry.GroupName)).toEqual(['auditors']);
		expect((await h.call('iam', 'ListGroups', {PathPrefix: '/team/'})).body.Groups).toHaveLength(1);
		expect((await h.call('iam', 'ListGroups', {PathPrefix: '/other/'})).body.Groups).toHaveLength(0);
		await h.call('iam', 'RemoveUserFromGroup', {GroupName: 'auditors', UserName: 'ana'});
		expect((await h.call('iam', 'GetGroup', {GroupName: 'auditors'})).body.Users).toEqual([]);
		expectAwsError(
			await h.failure('iam', 'RemoveUserFromGroup', {GroupName: 'auditors', UserName: 'ana'}),
			'NoSuchEntity',
			404,
		);
		expectAwsError(
			await h.failure('iam', 'AddUserToGroup', {GroupName: 'nobody', UserName: 'ana'}),
			'NoSuchEntity',
			404,
			'The group with name nobody cannot be found.',
		);
	});

	it('refuses DeleteGroup while it has members, inline or attached policies, and DeleteUser while in a group', async () => {
		const h = harness();
		await h.call('iam', 'CreateGroup', {GroupName: 'g'});
		await h.call('iam', 'CreateUser', {UserName: 'u'});
		await h.call('iam', 'AddUserToGroup', {GroupName: 'g', UserName: 'u'});
		await h.call('iam', 'PutGroupPolicy', {GroupName: 'g', PolicyName: 'inline', PolicyDocument: allow('s3:*')});
		const managed = await h.call('iam', 'CreatePolicy', {PolicyName: 'm', PolicyDocument: allow('iam:Get*')});
		await h.call('iam', 'AttachGroupPolicy', {GroupName: 'g', PolicyArn: managed.body.Policy.Arn});
		const conflict = (message: string) => async () =>
			expectAwsError(await h.failure('iam', 'DeleteGroup', {GroupName: 'g'}), 'DeleteConflict', 409, message);
		expectAwsError(
			await h.failure('iam', 'DeleteUser', {UserName: 'u'}),
			'DeleteConflict',
			409,
			'Cannot delete entity, must remove user from all groups first.',
		);
		await conflict('Cannot delete entity, must remove users from group first.')();
		await h.call('iam', 'RemoveUserFromGroup', {GroupName: 'g', UserName: 'u'});
		await conflict('Cannot delete entity, must delete policies first.')();
		await h.call('iam', 'DeleteGroupPolicy', {GroupName: 'g', PolicyName: 'inline'});
		await conflict('Cannot delete entity, must detach all policies first.')();
		expectAwsError(await h.failure('iam', 'DeletePolicy', {PolicyArn: managed.body.Policy.Arn}), 'DeleteConflict', 409);
		await h.call('iam', 'DetachGroupPolicy', {GroupName: 'g', PolicyArn: managed.body.Policy.Arn});
		await h.call('iam', 'DeleteGroup', {GroupName: 'g'});
		await h.call('iam', 'DeleteUser', {UserName: 'u'});
		expectAwsError(await h.failure('iam', 'GetGroup', {GroupName: 'g'}), 'NoSuchEntity', 404);
	});

	it("gives members the group's inline and attached policies, and takes them away on removal", async () => {
		const h = harness();
		const ana = await member(h);
		await h.call('iam', 'CreateGroup', {GroupName: 'readers'});
		await h.call('iam', 'PutGroupPolicy', {
			GroupName: 'readers',
			PolicyName: 'list',
			PolicyDocument: allow('s3:ListAllMyBuckets'),
		});
		const getUser = await h.call('iam', 'CreatePolicy', {PolicyName: 'get-user', PolicyDocument: allow('iam:GetUser')});
		await h.call('iam', 'AttachGroupPolicy', {GroupName: 'readers', PolicyArn: getUser.body.Policy.Arn});
		expect(h.store.permissionsOf(ana, h.now()).identity).toEqual([]);
		await h.call('iam', 'AddUserToGroup', {GroupName: 'readers', UserName: 'ana'});
		expect(h.store.permissionsOf(ana, h.now()).identity).toHaveLength(2);
		const listed = await h.call('iam', 'ListAttachedGroupPolicies', {GroupName: 'readers'});
		expect(listed.body.AttachedPolicies).toEqual([{PolicyName: 'get-user', PolicyArn: policyArn('get-user')}]);
		expect((await h.call('iam', 'ListGroupPolicies', {GroupName: 'readers'})).body.PolicyNames).toEqual(['list']);
		const document = (await h.call('iam', 'GetGroupPolicy', {GroupName: 'readers', PolicyName: 'list'})).body;
		expect(decodeURIComponent(document.PolicyDocument)).toBe(allow('s3:ListAllMyBuckets'));
		const entities = await h.call('iam', 'ListEntitiesForPolicy', {PolicyArn: getUser.body.Policy.Arn});
		expect(entities.body.PolicyGroups).toEqual([{GroupName: 'readers', GroupId: expect.stringMatching(/^AGPA/)}]);
		const simulated = await h.call('iam', 'SimulatePrincipalPolicy', {
			PolicySourceArn: userArn('ana'),
			'ActionNames.member.1': 's3:ListAllMyBuckets',
			'ActionNames.member.2': 'iam:GetUser',
		});
		expect(
			simulated.body.EvaluationResults.map((result: {EvalDecision: string; MatchedStatements: unknown[]}) => [
				result.EvalDecision,
				result.MatchedStatements,
			]),
		).toEqual([
			['allowed', [expect.objectContaining({SourcePolicyId: 'list', SourcePolicyType: 'group'})]],
			['allowed', [expect.objectContaining({SourcePolicyId: 'get-user', SourcePolicyType: 'user-managed'})]],
		]);
		await h.call('iam', 'RemoveUserFromGroup', {GroupName: 'readers', UserName: 'ana'});
		expect(h.store.permissionsOf(ana, h.now()).identity).toEqual([]);
	});

	it('bounds a group inline policies to 5,120 characters and a user to ten groups', async () => {
		const h = harness();
		await h.call('iam', 'CreateGroup', {GroupName: 'big'});
		const huge = allow(Array.from({length: 400}, (_, index) => `s3:Action${index}`));
		expectAwsError(
			await h.failure('iam', 'PutGroupPolicy', {GroupName: 'big', PolicyName: 'p', PolicyDocument: huge}),
			'LimitExceeded',
			409,
			'Maximum policy size of 5120 bytes exceeded for group big',
		);
		await h.call('iam', 'CreateUser', {UserName: 'joiner'});
		for (let index = 0; index < 10; index++) {
			await h.call('iam', 'CreateGroup', {GroupName: `g${index}`});
			await h.call('iam', 'AddUserToGroup', {GroupName: `g${index}`, UserName: 'joiner'});
		}
		expectAwsError(
			await h.failure('iam', 'AddUserToGroup', {GroupName: 'big', UserName: 'joiner'}),
			'LimitExceeded',
			409,
			'Cannot exceed quota for GroupsPerUser: 10',
		);
	});
});
