import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {SandboxError} from '../../../source/sandbox/errors.js';
import type {SandboxRequest} from '../../../source/sandbox/protocol/request.js';
import {parseS3Call, s3Error, s3Success} from '../../../source/sandbox/protocol/s3.js';
import {serviceOf} from '../../../source/sandbox/protocol/service.js';

const parser = new XMLParser({ignoreAttributes: false});

function request(method: string, target: string, extra: Partial<SandboxRequest> = {}): SandboxRequest {
	const [path, rawQuery = ''] = target.split('?');
	return {method, path: path!, rawQuery, headers: {}, body: new Uint8Array(), sourceIp: '127.0.0.1', ...extra};
}

function refusal(call: () => unknown): string {
	try {
		call();
	} catch (error) {
		if (error instanceof SandboxError) return `${error.awsCode} ${error.httpStatus}`;
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('S3 routes (path-style)', () => {
	it('maps GET /, PUT /bucket and DELETE /bucket', () => {
		expect(parseS3Call(request('GET', '/?x-id=ListBuckets&max-buckets=5'))).toEqual({
			action: 'ListBuckets',
			params: {'x-id': 'ListBuckets', 'max-buckets': '5'},
			body: '',
		});
		expect(parseS3Call(request('PUT', '/my-bucket')).action).toBe('CreateBucket');
		expect(
			parseS3Call(request('PUT', '/my-bucket', {body: new TextEncoder().encode('<CreateBucketConfiguration/>')})),
		).toMatchObject({params: {Bucket: 'my-bucket'}, body: '<CreateBucketConfiguration/>'});
		expect(parseS3Call(request('DELETE', '/my-bucket/')).params.Bucket).toBe('my-bucket');
	});

	it('answers NotImplemented (501) for everything else, sub-resources included', () => {
		for (const [method, target] of [
			['GET', '/bucket'],
			['POST', '/'],
			['POST', '/bucket/key?uploads'],
			['PUT', '/bucket/key?partNumber=1&uploadId=u'],
			['GET', '/bucket/key?acl'],
			['PUT', '/bucket?acl'],
			['DELETE', '/bucket?tagging'],
			['HEAD', '/bucket'],
		] as const) {
			expect(refusal(() => parseS3Call(request(method, target)))).toBe('NotImplemented 501');
		}
		expect(refusal(() => parseS3Call(request('PUT', '/%ZZ')))).toBe('InvalidURI 400');
	});
});

describe('S3 responses', () => {
	it('writes the declaration, the namespace, repeated list elements and dates with milliseconds', () => {
		const response = s3Success(
			{
				root: 'ListAllMyBucketsResult',
				body: {Buckets: {Bucket: [{Name: 'a', CreationDate: new Date('2024-01-02T03:04:05Z')}, {Name: 'b'}]}},
			},
			'rid',
		);
		expect(
			String(response.body).startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
			),
		).toBe(true);
		expect(response.body).toContain(
			'<Buckets><Bucket><Name>a</Name><CreationDate>2024-01-02T03:04:05.000Z</CreationDate></Bucket><Bucket><Name>b</Name></Bucket></Buckets>',
		);
		expect(response.headers['x-amz-request-id']).toBe('rid');
		expect(response.headers['x-amz-id-2']).toMatch(/^[A-Za-z0-9+/]+=*$/);
	});

	it('answers operations without output with an empty body and their status', () => {
		expect(s3Success({httpStatus: 204}, 'rid')).toMatchObject({status: 204, body: ''});
		expect(s3Success({headers: {Location: '/b'}}, 'rid').headers.Location).toBe('/b');
	});

	it('writes <Error> with Code, Message, RequestId and HostId', () => {
		const response = s3Error(new SandboxError('NoSuchBucket', 'The specified bucket does not exist', 404), 'rid');
		expect(response.status).toBe(404);
		expect(parser.parse(response.body).Error).toEqual({
			Code: 'NoSuchBucket',
			Message: 'The specified bucket does not exist',
			RequestId: 'rid',
			HostId: response.headers['x-amz-id-2'],
		});
	});
});

describe('serviceOf', () => {
	const scoped = (service: string) => ({
		authorization: `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
	});

	it('takes the service from the credential scope', () => {
		expect(serviceOf(request('GET', '/', {headers: scoped('iam')}))).toBe('iam');
		expect(serviceOf(request('POST', '/', {headers: scoped('sts')}))).toBe('sts');
		expect(
			serviceOf(
				request('POST', '/', {headers: {...scoped('s3'), 'content-type': 'application/x-www-form-urlencoded'}}),
			),
		).toBe('s3');
	});

	it('guesses from the request when there is no usable scope', () => {
		const form = {'content-type': 'application/x-www-form-urlencoded'};
		expect(
			serviceOf(
				request('POST', '/', {
					headers: form,
					body: new TextEncoder().encode('Action=GetCallerIdentity&Version=2011-06-15'),
				}),
			),
		).toBe('sts');
		expect(
			serviceOf(
				request('POST', '/', {headers: form, body: new TextEncoder().encode('Action=ListUsers&Version=2010-05-08')}),
			),
		).toBe('iam');
		expect(serviceOf(request('GET', '/?Action=GetCallerIdentity&Version=2011-06-15'))).toBe('sts');
		expect(serviceOf(request('GET', '/', {headers: scoped('ec2')}))).toBe('s3');
	});
});
