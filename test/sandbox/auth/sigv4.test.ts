import {describe, expect, it} from 'vitest';
import {
	parseAmzDate,
	parseAuthorization,
	SignatureVerifier,
	type AuthorizationHeader,
	type SignableRequest,
} from '../../../source/sandbox/auth/sigv4.js';

// AWS's published SigV4 test suite (aws-sig-v4-test-suite): fixed key, date, region and service.
const credentials = {accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'};
const signingDate = new Date('2015-08-30T12:36:00Z');

function vector(signedHeaders: string[], signature: string): AuthorizationHeader {
	const parsed = parseAuthorization(
		`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
	);
	if ('problems' in parsed) throw new Error(parsed.problems.join(' '));
	return parsed;
}

const getVanilla: SignableRequest = {
	method: 'GET',
	path: '/',
	query: {},
	headers: {host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z'},
	body: new Uint8Array(),
};
const getVanillaAuth = vector(
	['host', 'x-amz-date'],
	'5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
);

const postForm: SignableRequest = {
	method: 'POST',
	path: '/',
	query: {},
	headers: {
		'content-type': 'application/x-www-form-urlencoded',
		host: 'example.amazonaws.com',
		'x-amz-date': '20150830T123600Z',
	},
	body: new TextEncoder().encode('Param1=value1'),
};
const postFormAuth = vector(
	['content-type', 'host', 'x-amz-date'],
	'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
);

describe('SigV4 verification against AWS test vectors', () => {
	const verifier = new SignatureVerifier();

	it('accepts get-vanilla', async () => {
		expect(await verifier.verify(getVanilla, getVanillaAuth, credentials, signingDate)).toBe(true);
	});

	it('accepts post-x-www-form-urlencoded', async () => {
		expect(await verifier.verify(postForm, postFormAuth, credentials, signingDate)).toBe(true);
	});

	it('rejects the vector when one byte of the body, a header, the path or the signature changes', async () => {
		const body = new TextEncoder().encode('Param1=value2');
		expect(await verifier.verify({...postForm, body}, postFormAuth, credentials, signingDate)).toBe(false);
		expect(
			await verifier.verify(
				{...getVanilla, headers: {...getVanilla.headers, host: 'example.amazonaws.con'}},
				getVanillaAuth,
				credentials,
				signingDate,
			),
		).toBe(false);
		expect(await verifier.verify({...getVanilla, path: '/a'}, getVanillaAuth, credentials, signingDate)).toBe(false);
		expect(await verifier.verify({...getVanilla, query: {a: 'b'}}, getVanillaAuth, credentials, signingDate)).toBe(
			false,
		);
		const signature = getVanillaAuth.signature.replace(/^5/, '6');
		expect(await verifier.verify(getVanilla, {...getVanillaAuth, signature}, credentials, signingDate)).toBe(false);
	});

	it('rejects a wrong secret and a different date', async () => {
		expect(
			await verifier.verify(
				getVanilla,
				getVanillaAuth,
				{...credentials, secretAccessKey: `${credentials.secretAccessKey}x`},
				signingDate,
			),
		).toBe(false);
		expect(await verifier.verify(getVanilla, getVanillaAuth, credentials, new Date('2015-08-30T12:36:01Z'))).toBe(
			false,
		);
	});

	it('ignores headers that were sent but not signed', async () => {
		const request = {...getVanilla, headers: {...getVanilla.headers, 'user-agent': 'curl', 'x-extra': '1'}};
		expect(await verifier.verify(request, getVanillaAuth, credentials, signingDate)).toBe(true);
	});
});

describe('parseAuthorization', () => {
	it('names every missing part', () => {
		expect(parseAuthorization('AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request')).toEqual({
			problems: [
				"Authorization header requires 'SignedHeaders' parameter.",
				"Authorization header requires 'Signature' parameter.",
			],
		});
	});

	it('refuses other algorithms, bad scopes, unsigned host and non-hex signatures', () => {
		const sig = 'a'.repeat(64);
		for (const header of [
			`AWS AKID:abc`,
			`AWS4-HMAC-SHA256 Credential=AKID/2015/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=${sig}`,
			`AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/other, SignedHeaders=host, Signature=${sig}`,
			`AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, SignedHeaders=x-amz-date, Signature=${sig}`,
			`AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=XYZ`,
		]) {
			expect(parseAuthorization(header)).toHaveProperty('problems');
		}
	});

	it('reads the scope', () => {
		expect(
			parseAuthorization(
				`AWS4-HMAC-SHA256 Credential=AKID/20150830/eu-west-1/s3/aws4_request,SignedHeaders=host;x-amz-date,Signature=${'0'.repeat(64)}`,
			),
		).toEqual({
			accessKeyId: 'AKID',
			scopeDate: '20150830',
			region: 'eu-west-1',
			service: 's3',
			signedHeaders: ['host', 'x-amz-date'],
			signature: '0'.repeat(64),
		});
	});
});

describe('parseAmzDate', () => {
	it('parses the basic ISO 8601 form and refuses anything else', () => {
		expect(parseAmzDate('20150830T123600Z')?.toISOString()).toBe('2015-08-30T12:36:00.000Z');
		expect(parseAmzDate('2015-08-30T12:36:00Z')).toBeUndefined();
		expect(parseAmzDate('20150231T123600Z')).toBeUndefined();
		expect(parseAmzDate(undefined)).toBeUndefined();
	});
});
