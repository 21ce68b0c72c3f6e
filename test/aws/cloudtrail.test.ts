import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseTrailRecord} from '../../source/aws/cloudtrail.js';
import {createSdkServices} from '../../source/aws/sdk.js';
import type {AwsServices} from '../../source/aws/types.js';
import {type RunningSandbox, startSandbox} from '../../source/sandbox/index.js';
import {lookupCommand, recordLines} from '../../source/words/detection.js';
import {adminServices} from '../support/sandbox.js';

const RECORD = {
	eventName: 'DeactivateMFADevice',
	eventSource: 'iam.amazonaws.com',
	eventTime: '2026-01-15T12:00:00Z',
	sourceIPAddress: '203.0.113.9',
	errorCode: 'AccessDenied',
	errorMessage: 'User: arn:aws:iam::123456789012:user/victim is not authorized',
	userIdentity: {
		type: 'IAMUser',
		arn: 'arn:aws:iam::123456789012:user/victim',
		accountId: '123456789012',
		accessKeyId: 'AKIAEXAMPLE',
	},
};

describe('CloudTrail records read from the network', () => {
	it('keeps the fields a defender reads, with mfaAuthenticated only for sessions', () => {
		const record = parseTrailRecord(JSON.stringify(RECORD));
		expect(record?.userIdentity.mfaAuthenticated).toBeUndefined();
		expect(recordLines(record!)).toEqual([
			'DeactivateMFADevice on iam.amazonaws.com: errorCode AccessDenied',
			'by IAMUser arn:aws:iam::123456789012:user/victim',
			'key AKIAEXAMPLE, mfaAuthenticated absent: a long-term key',
			'from 203.0.113.9 at 2026-01-15T12:00:00Z',
		]);
		const session = {...RECORD.userIdentity, sessionContext: {attributes: {mfaAuthenticated: 'true'}}};
		expect(parseTrailRecord(JSON.stringify({...RECORD, userIdentity: session}))?.userIdentity).toMatchObject({
			mfaAuthenticated: 'true',
		});
	});

	it('leaves out what is not a record: bad JSON, missing fields, escape sequences, odd values', () => {
		const variants = [
			'not json',
			'[]',
			JSON.stringify({...RECORD, eventName: undefined}),
			JSON.stringify({...RECORD, eventName: 'Deactivate\u001b[2J'}),
			JSON.stringify({...RECORD, errorCode: 42}),
			JSON.stringify({...RECORD, eventTime: 'yesterday'}),
			JSON.stringify({...RECORD, userIdentity: {...RECORD.userIdentity, type: 'Martian'}}),
			JSON.stringify({
				...RECORD,
				userIdentity: {...RECORD.userIdentity, sessionContext: {attributes: {mfaAuthenticated: 'maybe'}}},
			}),
		];
		expect(variants.map((json) => parseTrailRecord(json))).toEqual(variants.map(() => undefined));
	});

	it('names the lookup-events command for AWS and for an endpoint', () => {
		expect(lookupCommand('AccessKeyId', 'AKIAEXAMPLE', {region: 'eu-west-1'})).toBe(
			'aws cloudtrail lookup-events --region eu-west-1 --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=AKIAEXAMPLE',
		);
		expect(
			lookupCommand('EventName', 'EnableMFADevice', {region: 'us-east-1', endpoint: 'http://127.0.0.1:4566'}),
		).toBe(
			'aws cloudtrail lookup-events --region us-east-1 --endpoint-url http://127.0.0.1:4566 --lookup-attributes AttributeKey=EventName,AttributeValue=EnableMFADevice',
		);
	});
});

describe('the CloudTrail adapter against the sandbox', () => {
	let sandbox: RunningSandbox;
	let operator: AwsServices;

	beforeAll(async () => {
		sandbox = await startSandbox();
		operator = await adminServices(sandbox);
	});
	afterAll(() => sandbox.stop());

	it("finds a refused call of a user's long-term key by its access key id, page after page", async () => {
		await operator.iam().createUser({userName: 'victim', path: '/', tags: []});
		const key = await operator.iam().createAccessKey('victim');
		const thief = createSdkServices({
			region: sandbox.region,
			endpoint: sandbox.endpoint,
			credentials: {accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey},
		});
		for (let attempt = 0; attempt < 60; attempt += 1) {
			await expect(thief.iam().listMfaDevices('victim')).rejects.toMatchObject({awsCode: 'AccessDenied'});
		}
		const found = await operator.trail().lookupEvents({attribute: {key: 'AccessKeyId', value: key.accessKeyId}});
		expect(found.unreadable).toBe(0);
		expect(found.records).toHaveLength(60);
		expect(found.records[0]).toMatchObject({
			eventName: 'ListMFADevices',
			eventSource: 'iam.amazonaws.com',
			errorCode: 'AccessDenied',
			userIdentity: {type: 'IAMUser', arn: expect.stringMatching(/:user\/victim$/), accessKeyId: key.accessKeyId},
		});
		expect(found.records[0]!.userIdentity.mfaAuthenticated).toBeUndefined();
	});
});
