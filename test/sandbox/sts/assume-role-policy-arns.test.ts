import {describe, expect, it} from 'vitest';
import {evaluateGrant, requestContext, sessionPolicyOf} from '../../../source/sandbox/policy/index.js';
import type {Principal} from '../../../source/sandbox/types.js';
import {allow, assumingCaller, policyArn, roleArn, TRUST_ACCOUNT} from '../iam/policy-fixtures.js';
import {expectAwsError, harness, type Harness} from '../store/harness.js';

function decide(h: Harness, who: Principal, action: string): string {
	const session = sessionPolicyOf(who);
	return evaluateGrant(
		{...h.store.permissionsOf(who, h.now()), ...(session ? {session} : {})},
		{action, resource: '*', context: requestContext(who, {now: h.now(), sourceIp: '', secureTransport: false})},
	).decision;
}

async function setUp() {
	const h = harness();
	await h.call('iam', 'CreateRole', {RoleName: 'wide', AssumeRolePolicyDocument: TRUST_ACCOUNT});
	await h.call('iam', 'PutRolePolicy', {RoleName: 'wide', PolicyName: 'all', PolicyDocument: allow(['s3:*', 'iam:*'])});
	await h.call('iam', 'CreatePolicy', {PolicyName: 'list-only', PolicyDocument: allow('s3:List*')});
	await h.call('iam', 'CreatePolicy', {PolicyName: 'get-user', PolicyDocument: allow('iam:GetUser')});
	const caller = await assumingCaller(h);
	const assume = async (params: Record<string, string>) =>
		h.sessionOf(
			(await h.call('sts', 'AssumeRole', {RoleArn: roleArn('wide'), RoleSessionName: 'narrow', ...params}, caller)).body
				.Credentials,
		);
	return {h, caller, assume};
}

describe('AssumeRole with PolicyArns', () => {
	it('limits the session to what the role and the managed session policies both allow', async () => {
		const {h, assume} = await setUp();
		const session = await assume({
			'PolicyArns.member.1.arn': policyArn('list-only'),
			'PolicyArns.member.2.arn': policyArn('get-user'),
		});
		expect(decide(h, session, 's3:ListAllMyBuckets')).toBe('allow');
		expect(decide(h, session, 'iam:GetUser')).toBe('allow');
		expect(decide(h, session, 's3:CreateBucket')).toBe('implicitDeny');
		expect(decide(h, session, 'iam:CreateUser')).toBe('implicitDeny');
		const both = await assume({'PolicyArns.member.1.arn': policyArn('list-only'), Policy: allow('iam:CreateUser')});
		expect(decide(h, both, 'iam:CreateUser')).toBe('allow');
		expect(decide(h, both, 's3:CreateBucket')).toBe('implicitDeny');
	});

	it('refuses a policy that does not exist, and more than ten', async () => {
		const {h, caller} = await setUp();
		const base = {RoleArn: roleArn('wide'), RoleSessionName: 'narrow'};
		expectAwsError(
			await h.failure('sts', 'AssumeRole', {...base, 'PolicyArns.member.1.arn': policyArn('none')}, caller),
			'NoSuchEntity',
			404,
		);
		const eleven = Object.fromEntries(
			Array.from({length: 11}, (_, index) => [`PolicyArns.member.${index + 1}.arn`, policyArn('list-only')]),
		);
		expectAwsError(await h.failure('sts', 'AssumeRole', {...base, ...eleven}, caller), 'ValidationError', 400);
	});
});
