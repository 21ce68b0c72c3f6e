import {describe, expect, it} from 'vitest';
import {evaluateGrant, requestContext} from '../../../source/sandbox/policy/index.js';
import {expectAwsError, harness} from '../store/harness.js';
import {allow, policyArn} from './policy-fixtures.js';

const ARN = policyArn('buckets');

async function withPolicy() {
	const h = harness();
	await h.call('iam', 'CreatePolicy', {
		PolicyName: 'buckets',
		PolicyDocument: allow(['s3:ListAllMyBuckets', 's3:CreateBucket']),
	});
	return h;
}

describe('managed policy versions', () => {
	it('creates versions up to five, numbered on, and lists them newest first without documents', async () => {
		const h = await withPolicy();
		const v2 = await h.call('iam', 'CreatePolicyVersion', {
			PolicyArn: ARN,
			PolicyDocument: allow('s3:ListAllMyBuckets'),
		});
		expect(v2.body.PolicyVersion).toEqual({
			VersionId: 'v2',
			IsDefaultVersion: false,
			CreateDate: '2026-01-15T12:00:00Z',
		});
		for (const _ of [3, 4, 5])
			await h.call('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:*')});
		expectAwsError(
			await h.failure('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:*')}),
			'LimitExceeded',
			409,
		);
		await h.call('iam', 'DeletePolicyVersion', {PolicyArn: ARN, VersionId: 'v3'});
		const v6 = await h.call('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:*')});
		expect(v6.body.PolicyVersion.VersionId).toBe('v6');
		const listed = (await h.call('iam', 'ListPolicyVersions', {PolicyArn: ARN})).body.Versions;
		expect(listed.map((version: {VersionId: string}) => version.VersionId)).toEqual(['v6', 'v5', 'v4', 'v2', 'v1']);
		expect(listed.every((version: object) => !('Document' in version))).toBe(true);
		const got = (await h.call('iam', 'GetPolicyVersion', {PolicyArn: ARN, VersionId: 'v2'})).body.PolicyVersion;
		expect(decodeURIComponent(got.Document)).toBe(allow('s3:ListAllMyBuckets'));
		expectAwsError(await h.failure('iam', 'GetPolicyVersion', {PolicyArn: ARN, VersionId: 'v3'}), 'NoSuchEntity', 404);
	});

	it('refuses to delete the default version, even alone, and DeletePolicy while other versions remain', async () => {
		const h = await withPolicy();
		expectAwsError(
			await h.failure('iam', 'DeletePolicyVersion', {PolicyArn: ARN, VersionId: 'v1'}),
			'DeleteConflict',
			409,
			'Cannot delete the default version of a policy.',
		);
		await h.call('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:*')});
		expectAwsError(
			await h.failure('iam', 'DeletePolicy', {PolicyArn: ARN}),
			'DeleteConflict',
			409,
			"This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
		);
		await h.call('iam', 'DeletePolicyVersion', {PolicyArn: ARN, VersionId: 'v2'});
		await h.call('iam', 'DeletePolicy', {PolicyArn: ARN});
		expectAwsError(await h.failure('iam', 'GetPolicy', {PolicyArn: ARN}), 'NoSuchEntity', 404);
	});

	it('judges requests by the default version: a new default that drops a permission takes it away', async () => {
		const h = await withPolicy();
		await h.call('iam', 'CreateUser', {UserName: 'u'});
		await h.call('iam', 'AttachUserPolicy', {UserName: 'u', PolicyArn: ARN});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'u'})).body.AccessKey;
		const user = h.principalOf(key.AccessKeyId);
		const mayCreate = () =>
			evaluateGrant(h.store.permissionsOf(user, h.now()), {
				action: 's3:CreateBucket',
				resource: 'arn:aws:s3:::b',
				context: requestContext(user, {now: h.now(), sourceIp: '', secureTransport: false}),
			}).decision;
		expect(mayCreate()).toBe('allow');
		await h.call('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:ListAllMyBuckets')});
		expect(mayCreate()).toBe('allow');
		h.advance(1000);
		await h.call('iam', 'SetDefaultPolicyVersion', {PolicyArn: ARN, VersionId: 'v2'});
		expect(mayCreate()).toBe('implicitDeny');
		expect((await h.call('iam', 'GetPolicy', {PolicyArn: ARN})).body.Policy).toMatchObject({
			DefaultVersionId: 'v2',
			UpdateDate: '2026-01-15T12:00:01Z',
		});
		await h.call('iam', 'CreatePolicyVersion', {PolicyArn: ARN, PolicyDocument: allow('s3:*'), SetAsDefault: 'true'});
		expect(mayCreate()).toBe('allow');
		expectAwsError(
			await h.failure('iam', 'SetDefaultPolicyVersion', {PolicyArn: ARN, VersionId: 'v9'}),
			'NoSuchEntity',
			404,
		);
	});
});
