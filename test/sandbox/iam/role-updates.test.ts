import {describe, expect, it} from 'vitest';
import {expectAwsError, harness} from '../store/harness.js';
import {assumingCaller, roleArn, TRUST_ACCOUNT} from './policy-fixtures.js';

async function roleAndCaller() {
	const h = harness();
	await h.call('iam', 'CreateRole', {
		RoleName: 'ops',
		AssumeRolePolicyDocument: TRUST_ACCOUNT,
		'Tags.member.1.Key': 'team',
		'Tags.member.1.Value': 'blue',
		'Tags.member.2.Key': 'env',
		'Tags.member.2.Value': 'dev',
	});
	const caller = await assumingCaller(h);
	return {h, caller};
}

describe('role updates', () => {
	it("UpdateRole's MaxSessionDuration is what AssumeRole's limit then follows", async () => {
		const {h, caller} = await roleAndCaller();
		const assume = (seconds: string) =>
			h.call('sts', 'AssumeRole', {RoleArn: roleArn('ops'), RoleSessionName: 'long', DurationSeconds: seconds}, caller);
		expectAwsError(
			await h.failure(
				'sts',
				'AssumeRole',
				{RoleArn: roleArn('ops'), RoleSessionName: 'long', DurationSeconds: '7200'},
				caller,
			),
			'ValidationError',
			400,
			'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
		);
		await h.call('iam', 'UpdateRole', {RoleName: 'ops', MaxSessionDuration: '7200', Description: 'operations'});
		const expiry = Date.parse((await assume('7200')).body.Credentials.Expiration);
		expect(expiry - h.now()).toBe(7_200_000);
		expect((await h.call('iam', 'GetRole', {RoleName: 'ops'})).body.Role).toMatchObject({
			MaxSessionDuration: 7200,
			Description: 'operations',
		});
		expectAwsError(
			await h.failure('iam', 'UpdateRole', {RoleName: 'ops', MaxSessionDuration: '60'}),
			'ValidationError',
			400,
		);
		expectAwsError(await h.failure('iam', 'UpdateRole', {RoleName: 'nobody'}), 'NoSuchEntity', 404);
	});

	it('UpdateRoleDescription answers with the role; UntagRole removes the keys named', async () => {
		const {h} = await roleAndCaller();
		const updated = await h.call('iam', 'UpdateRoleDescription', {RoleName: 'ops', Description: 'the on-call role'});
		expect(updated.body.Role).toMatchObject({RoleName: 'ops', Description: 'the on-call role'});
		await h.call('iam', 'UntagRole', {RoleName: 'ops', 'TagKeys.member.1': 'team', 'TagKeys.member.2': 'absent'});
		expect((await h.call('iam', 'ListRoleTags', {RoleName: 'ops'})).body.Tags).toEqual([{Key: 'env', Value: 'dev'}]);
		expectAwsError(await h.failure('iam', 'UntagRole', {RoleName: 'ops'}), 'ValidationError', 400);
	});
});
