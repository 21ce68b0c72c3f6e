import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {SandboxError} from '../../../source/sandbox/errors.js';
import {parseQueryCall, queryError, querySuccess} from '../../../source/sandbox/protocol/query.js';
import type {SandboxRequest} from '../../../source/sandbox/protocol/request.js';

const parser = new XMLParser({ignoreAttributes: false});
const FORM = {'content-type': 'application/x-www-form-urlencoded; charset=utf-8'};

function post(body: string | Uint8Array, headers: Record<string, string> = FORM): SandboxRequest {
	return {
		method: 'POST',
		path: '/',
		rawQuery: '',
		headers,
		body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
		sourceIp: '127.0.0.1',
	};
}

function refusal(
	request: SandboxRequest,
	service: 'iam' | 'sts' = 'iam',
): {code: string; message: string; status: number} {
	try {
		parseQueryCall(service, request);
	} catch (error) {
		if (error instanceof SandboxError) return {code: error.awsCode, message: error.message, status: error.httpStatus};
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('parseQueryCall', () => {
	it('reads a form body, decoding + and percent escapes', () => {
		const call = parseQueryCall(
			'iam',
			post('Action=TagUser&Version=2010-05-08&UserName=a%2Bb&Tags.member.1.Value=two+words'),
		);
		expect(call.action).toBe('TagUser');
		expect(call.params).toMatchObject({UserName: 'a+b', 'Tags.member.1.Value': 'two words'});
	});

	it('reads GET query strings', () => {
		const call = parseQueryCall('sts', {
			...post(''),
			method: 'GET',
			headers: {},
			rawQuery: 'Action=GetCallerIdentity&Version=2011-06-15',
		});
		expect(call.action).toBe('GetCallerIdentity');
	});

	it('refuses a missing Action, a missing or wrong Version', () => {
		expect(refusal(post('Version=2010-05-08'))).toEqual({
			code: 'MissingAction',
			message: 'The request must contain the parameter Action.',
			status: 400,
		});
		expect(refusal(post('Action=ListUsers')).code).toBe('MissingParameter');
		expect(refusal(post('Action=ListUsers&Version=2011-06-15'))).toEqual({
			code: 'InvalidAction',
			message: 'Could not find operation ListUsers for version 2011-06-15',
			status: 400,
		});
		expect(refusal(post('Action=GetCallerIdentity&Version=2010-05-08'), 'sts').code).toBe('InvalidAction');
	});

	it('refuses duplicate parameters, bad percent-encoding, non-UTF-8 bytes and other content types', () => {
		expect(refusal(post('Action=ListUsers&Version=2010-05-08&Action=DeleteUser')).code).toBe('InvalidParameterValue');
		expect(refusal(post('Action=ListUsers&Version=2010-05-08&UserName=%E0%A4%A')).code).toBe('MalformedQueryString');
		expect(refusal(post('Action=ListUsers&Version=2010-05-08&UserName=%FF')).code).toBe('MalformedQueryString');
		expect(
			refusal(
				post(
					Uint8Array.from([...new TextEncoder().encode('Action=ListUsers&Version=2010-05-08&UserName='), 0xff, 0xfe]),
				),
			).code,
		).toBe('MalformedQueryString');
		expect(refusal(post('{"Action":"ListUsers"}', {'content-type': 'application/json'})).code).toBe(
			'InvalidParameterValue',
		);
		expect(refusal({...post('Action=ListUsers&Version=2010-05-08'), method: 'PUT'}).code).toBe('InvalidAction');
	});

	it('refuses more than a thousand parameters', () => {
		const body = ['Action=ListUsers', 'Version=2010-05-08', ...Array.from({length: 1000}, (_, i) => `P${i}=x`)].join(
			'&',
		);
		expect(refusal(post(body)).code).toBe('InvalidParameterValue');
	});
});

describe('Query responses', () => {
	it('wraps the result, lists as <member> and dates without milliseconds', () => {
		const response = querySuccess(
			'iam',
			'ListUsers',
			{
				body: {
					Users: [{UserName: 'a', CreateDate: new Date('2024-01-02T03:04:05.678Z')}, {UserName: 'b<&>'}],
					IsTruncated: false,
				},
			},
			'rid-1',
		);
		expect(response.status).toBe(200);
		expect(response.headers['x-amzn-RequestId']).toBe('rid-1');
		expect(response.body).toContain(
			'<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult><Users><member>',
		);
		expect(response.body).toContain('<CreateDate>2024-01-02T03:04:05Z</CreateDate>');
		expect(response.body).toContain('<UserName>b&lt;&amp;&gt;</UserName>');
		expect(response.body).toContain('<IsTruncated>false</IsTruncated>');
		const document = parser.parse(response.body);
		expect(document.ListUsersResponse.ResponseMetadata.RequestId).toBe('rid-1');
		expect(document.ListUsersResponse.ListUsersResult.Users.member[1].UserName).toBe('b<&>');
	});

	it('has no Result element for operations without output', () => {
		const response = querySuccess('iam', 'DeleteUser', {body: {}}, 'rid-2');
		expect(response.body).toBe(
			'<DeleteUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>rid-2</RequestId></ResponseMetadata></DeleteUserResponse>',
		);
	});

	it('writes the error document with the error status and the STS namespace', () => {
		const response = queryError('sts', new SandboxError('AccessDenied', 'no <way>', 403), 'rid-3');
		expect(response.status).toBe(403);
		expect(parser.parse(response.body)).toEqual({
			ErrorResponse: {
				'@_xmlns': 'https://sts.amazonaws.com/doc/2011-06-15/',
				Error: {Type: 'Sender', Code: 'AccessDenied', Message: 'no <way>'},
				RequestId: 'rid-3',
			},
		});
	});
});
